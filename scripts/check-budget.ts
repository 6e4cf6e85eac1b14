/**
 * Page-weight budgets over the built site (bytes, not time). Fails with a
 * list of every page over budget. Run after `npm run build`.
 *   - guide and tip pages: inline theme script ≤ 1 KB gzip, all JavaScript
 *     loaded at start ≤ 6 KB gzip, HTML + CSS ≤ 16 KB gzip (a client:visible
 *     island, loaded on scroll, is reported but not counted)
 *   - /quiz/, /checklist/ and /search/: all JavaScript at start ≤ 16 KB gzip
 */
import { existsSync } from 'node:fs';
import { THEME_STORAGE_KEY } from '../src/consts.ts';
import { fileBytes, gzipBytes, htmlCssBytes, listHtmlPages, pageLoad, routeOf, scriptBytes } from './lib/dist-pages.ts';

const DIST = 'dist';
const KB = 1024;
/** Budgets in gzip bytes. */
const BUDGETS = {
  contentInlineScript: 1 * KB,
  contentScript: 6 * KB,
  contentHtmlCss: 16 * KB,
  islandPageScript: 16 * KB,
};
/** The pages whose islands load at start. */
const ISLAND_PAGES = ['/quiz/', '/checklist/', '/search/'];
/** The inline theme script's tag carries the storage key (BaseLayout.astro). */
const THEME_SCRIPT = new RegExp(`<script[^>]*\\bdata-key="${THEME_STORAGE_KEY}"[^>]*>([\\s\\S]*?)</script>`);

if (!existsSync(DIST)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const failures: string[] = [];
const rows: string[] = [];
for (const page of listHtmlPages(DIST)) {
  const route = routeOf(page);
  const load = pageLoad(DIST, page);
  const js = scriptBytes(DIST, load);
  const htmlCss = htmlCssBytes(DIST, load);
  const isContent = /^\/(guide|tips)\/[^/]+\/$/.test(route) && !route.startsWith('/tips/theme/');
  if (isContent) {
    const headScript = THEME_SCRIPT.exec(load.html)?.[1];
    if (headScript === undefined) failures.push(`${route}: the inline theme script (data-key="${THEME_STORAGE_KEY}") was not found`);
    const inline = gzipBytes(headScript ?? '');
    if (inline > BUDGETS.contentInlineScript)
      failures.push(`${route}: inline head script ${inline} B gzip > ${BUDGETS.contentInlineScript} B`);
    if (js > BUDGETS.contentScript) failures.push(`${route}: JavaScript ${js} B gzip > ${BUDGETS.contentScript} B`);
    if (htmlCss > BUDGETS.contentHtmlCss)
      failures.push(`${route}: HTML+CSS ${htmlCss} B gzip > ${BUDGETS.contentHtmlCss} B`);
  }
  if (ISLAND_PAGES.includes(route)) {
    if (js > BUDGETS.islandPageScript)
      failures.push(`${route}: JavaScript ${js} B gzip > ${BUDGETS.islandPageScript} B`);
  }
  const deferred = fileBytes(DIST, load.deferredScriptFiles);
  rows.push(
    `${route.padEnd(48)} JS ${String(js).padStart(6)} B   on scroll ${String(deferred).padStart(6)} B   HTML+CSS ${String(htmlCss).padStart(6)} B`,
  );
}

if (process.argv.includes('--verbose')) console.log(rows.join('\n'));
if (failures.length) {
  console.error(`Page-weight budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Budgets met on ${rows.length} pages (gzip bytes; --verbose lists them).`);
