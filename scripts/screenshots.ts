/**
 * `npm run screenshots`: PNGs of every route type in light and dark, at
 * 1280×800 and 390×844, into screenshots/ (git-ignored), for looking at the
 * site before calling a change done. Serves the built dist/ (run `npm run
 * build` first). Pass route paths (any, with a query) to shoot only those.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { startPreview } from './lib/preview-server.ts';

const OUT = 'screenshots';
/** One page of each type. */
const ROUTES: Record<string, string> = {
  home: '/',
  'guide-index': '/guide/',
  'guide-section': '/guide/six-strategies/',
  references: '/guide/references/',
  'tips-index': '/tips/',
  tip: '/tips/apologize-sincerely/',
  'tips-theme': '/tips/theme/empathy/',
  quiz: '/quiz/',
  checklist: '/checklist/',
  words: '/words/',
  'words-situation': '/words/apology/',
  search: '/search/?q=trust',
  help: '/help/',
  offline: '/offline/',
  'not-found': '/no-such-page/',
};
const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const only = process.argv.slice(2);
/** A file name for a path outside ROUTES: its letters and digits, dashed. */
const nameOf = (path: string) => path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
const routes = only.length
  ? only.map((path) => [Object.entries(ROUTES).find(([, p]) => p === path)?.[0] ?? nameOf(path), path] as const)
  : Object.entries(ROUTES);
mkdirSync(OUT, { recursive: true });
const preview = await startPreview();
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  for (const size of SIZES) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, path] of routes) {
        await page.goto(preview.url + path);
        // Islands that load on scroll: bring each into view so the shot shows them hydrated.
        // (an island is `display: contents`, so scroll through the page rather than to the island itself).
        for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
        }
        if (path === '/checklist/') await page.getByRole('region', { name: 'Keep, move or reset your progress' }).waitFor();
        // Astro drops `ssr` from an island once it has hydrated.
        await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
        // Search results arrive after the index loads.
        if (path.startsWith('/search/')) await page.locator('.search-results-view [role="status"]:not(:empty)').waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForLoadState('load');
        await page.screenshot({ path: `${OUT}/${name}-${size.name}-${scheme}.png`, fullPage: true });
      }
      await context.close();
    }
  }
  console.log(`Wrote ${routes.length * SIZES.length * 2} screenshots to ${OUT}/.`);
} finally {
  await browser.close();
  await preview.stop();
}
