/**
 * Page-weight budgets over the built site (bytes, not time). Fails with a
 * list of every page over budget. Run after `npm run build`.
 *   - guide and tip pages: inline head script ≤ 1 KB gzip, all JavaScript
 *     loaded at start ≤ 6 KB gzip, HTML + CSS ≤ 16 KB gzip (a client:visible
 *     island, loaded on scroll, is reported but not counted)
 *   - /quiz/ and /checklist/: all JavaScript ≤ 14 KB gzip
 */
import { existsSync } from 'node:fs';
import { fileBytes, gzipBytes, htmlCssBytes, listHtmlPages, pageLoad, routeOf, scriptBytes } from './lib/dist-pages.ts';

const DIST = 'dist';
const KB = 1024;
/** Budgets in gzip bytes. */
export const BUDGETS = {
  contentInlineScript: 1 * KB,
  contentScript: 6 * KB,
  contentHtmlCss: 16 * KB,
  islandPageScript: 14 * KB,
};

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
    const headScript = load.inlineScripts.find((s) => s.includes('kindred:theme'));
    const inline = headScript === undefined ? 0 : gzipBytes(headScript);
    if (inline > BUDGETS.contentInlineScript)
      failures.push(`${route}: inline head script ${inline} B gzip > ${BUDGETS.contentInlineScript} B`);
    if (js > BUDGETS.contentScript) failures.push(`${route}: JavaScript ${js} B gzip > ${BUDGETS.contentScript} B`);
    if (htmlCss > BUDGETS.contentHtmlCss)
      failures.push(`${route}: HTML+CSS ${htmlCss} B gzip > ${BUDGETS.contentHtmlCss} B`);
  }
  if (route === '/quiz/' || route === '/checklist/') {
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
