/**
 * The reader-phrase suite over the built site: each phrase of
 * scripts/lib/reader-phrases.ts is typed into /search/ in Chromium, and the
 * top three results are checked for a page that answers it. Prints the share
 * found; fails when any phrase finds nothing or fewer than 90% find a right
 * page (scripts/lib/phrase-suite.ts).
 *   node scripts/check-phrases.ts [--root <project>] [--verbose]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { judgePhrases, MIN_RIGHT_SHARE, type PhraseOutcome } from './lib/phrase-suite.ts';
import { startPreview } from './lib/preview-server.ts';
import { READER_PHRASES } from './lib/reader-phrases.ts';

const rootFlag = process.argv.indexOf('--root');
const root = (rootFlag > 0 ? process.argv[rootFlag + 1] : undefined) ?? '.';
const verbose = process.argv.includes('--verbose');

const missing = [...new Set(READER_PHRASES.flatMap((p) => p.pages))].filter((path) => !existsSync(join(root, 'dist', path, 'index.html')));
if (missing.length) {
  console.error(`The reader phrases name pages the build doesn't have: ${missing.join(', ')}`);
  process.exit(1);
}

const preview = await startPreview(root);
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
const outcomes: PhraseOutcome[] = [];
try {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await page.goto(`${preview.url}/search/`);
  const input = page.locator('#search-page-input');
  const status = page.locator('search-page [role="status"]');
  for (const phrase of READER_PHRASES) {
    // Typing empties the status line until the new answer is in.
    await input.fill(phrase.phrase);
    await page.waitForFunction(
      () => {
        const s = document.querySelector('search-page [role="status"]')?.textContent ?? '';
        return s !== '' && !document.querySelector('search-page [aria-busy="true"]');
      },
      undefined,
      { timeout: 15_000 },
    );
    const results = await page
      .locator('search-page .search-results > li .search-result-title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    outcomes.push({ phrase, results });
    if (verbose) console.log(`${JSON.stringify(phrase.phrase)} → ${(await status.textContent()) ?? ''} ${results.slice(0, 3).join(' ')}`);
  }
} finally {
  await browser.close();
  await preview.stop();
}

const verdict = judgePhrases(outcomes);
for (const o of verdict.wrong) {
  const top = o.results.slice(0, 3).map((r) => r.replace(/#.*/, ''));
  console.log(
    `  miss (${o.phrase.kind}): "${o.phrase.phrase}" → ${top.length ? top.join(', ') : 'nothing'}; wanted ${o.phrase.pages.join(' or ')}`,
  );
}
console.log(
  `Reader phrases: ${verdict.right} of ${outcomes.length} (${Math.round(verdict.share * 100)}%) found a right page in the top three; ` +
    `${outcomes.length - verdict.empty.length} of ${outcomes.length} found something.`,
);
if (!verdict.pass) {
  console.error(`The reader-phrase suite needs every phrase to find something and ≥ ${MIN_RIGHT_SHARE * 100}% right in the top three.`);
  process.exitCode = 1;
}
