/**
 * Runs Lighthouse (mobile, its defaults) on pages of the built site served
 * locally, with the Chromium from ./chromium.ts. One Chromium for all pages.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, HEADLESS_CHROMIUM_ARGS } from './chromium.ts';

/** Category scores, 0–100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse scores for each path under baseUrl, plus the audits that lost points. */
export async function runLighthouse(baseUrl: string, paths: string[]) {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.ts`.');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: HEADLESS_CHROMIUM_ARGS,
  });
  const out: { path: string; scores: LighthouseScores; failing: string[] }[] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(baseUrl + path, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = result;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as unknown as LighthouseScores;
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`);
      out.push({ path, scores, failing });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
