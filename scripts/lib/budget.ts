/**
 * Page-weight budgets over a built site (bytes, not time), as a pure check
 * of a dist folder: `checkBudgets(dist)` returns every failure and a row per
 * page. `scripts/check-budget.ts` runs it on dist/ and exits non-zero on any
 * failure.
 *
 * Every page gets a type from its route. Content pages (home, indexes,
 * articles, the 404 page and any route not listed) may load 6 KB gzip of
 * JavaScript at start and 16 KB of HTML + CSS (24 KB for the one-page guide,
 * which holds every section: see BUDGETS) (the HTML, inline styles
 * included, plus every stylesheet it links, each gzipped); island pages may
 * load 20 KB of JavaScript at start, room for Astro's island runtime. "At
 * start" is the whole static module graph, read with es-module-lexer
 * (./dist-pages.ts): inline scripts, script files, modulepreloads and the
 * component and renderer modules of islands that hydrate at load
 * (client:load, client:only, client:idle), with everything they import or
 * re-export (`export … from`). Code behind a
 * client:visible island or an `import()` is on demand: reported per page,
 * and each such file of ours (/_astro/) may be at most 8 KB gzip. Every page
 * must carry the inline theme script (≤ 1 KB gzip). Each page type must
 * match at least one page, so a renamed route can't slip out of the check.
 */
import { existsSync } from 'node:fs';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { isGuideSection, isThemeIndex, isTip, ONE_PAGE_GUIDE_PATH } from '../../src/lib/routes.ts';
import { WORDS_PATH } from '../../src/lib/words/words.ts';
import { fileBytes, gzipBytes, htmlCssBytes, listHtmlPages, pageLoad, routeOf, scriptBytes } from './dist-pages.ts';

const KB = 1024;

/** Budgets in gzip bytes. */
export const BUDGETS = {
  inlineThemeScript: 1 * KB,
  contentScript: 6 * KB,
  contentHtmlCss: 16 * KB,
  /**
   * The one exception to contentHtmlCss: /guide/all/ holds the text of every guide section (about
   * 21.5 KB gzip with its stylesheets when it was added, against 9-14 KB for one section). It is a page
   * a reader asks for ("Read it all on one page", or to print), never a way in: noindex, out of the
   * sitemap and of search. Its JavaScript keeps the content budget.
   */
  onePageGuideHtmlCss: 24 * KB,
  islandPageScript: 20 * KB,
  onDemandChunk: 8 * KB,
} as const;

/** How a page is budgeted. */
export type PageKind = 'content' | 'island';

/** A page type: which routes it covers and how they are budgeted. */
export interface PageType {
  name: string;
  kind: PageKind;
  matches: (route: string) => boolean;
  /** A content page's own HTML+CSS budget, where it is not contentHtmlCss (see BUDGETS). */
  htmlCss?: number;
}

/** The page types the budget must see at least once each, in the order they are reported. */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', kind: 'content', matches: (r) => r === '/' },
  { name: 'guide index', kind: 'content', matches: (r) => r === '/guide/' },
  { name: 'tips index', kind: 'content', matches: (r) => r === '/tips/' },
  { name: 'theme index', kind: 'content', matches: isThemeIndex },
  { name: 'guide section', kind: 'content', matches: isGuideSection },
  { name: 'one-page guide', kind: 'content', matches: (r) => r === ONE_PAGE_GUIDE_PATH, htmlCss: BUDGETS.onePageGuideHtmlCss },
  { name: 'tip', kind: 'content', matches: isTip },
  { name: 'quiz', kind: 'island', matches: (r) => r === '/quiz/' },
  { name: 'checklist', kind: 'island', matches: (r) => r === '/checklist/' },
  { name: 'check-in', kind: 'island', matches: (r) => r === '/check-in/' },
  { name: 'search', kind: 'island', matches: (r) => r === '/search/' },
  // Interactive pages: every message has Copy, Share, "Make it yours" and a star (the stars store at load).
  { name: 'words', kind: 'island', matches: (r) => r.startsWith(WORDS_PATH) },
  { name: '404', kind: 'content', matches: (r) => r === '/404/' },
];

/** Any other route (a new page) is budgeted as a content page until it is given a type of its own. */
const OTHER: PageType = { name: 'other', kind: 'content', matches: () => true };

/** The type of a route. */
export const pageTypeOf = (route: string): PageType => PAGE_TYPES.find((t) => t.matches(route)) ?? OTHER;

/** The inline theme script in the head: the script carrying `data-key="<storage key>"` (BaseLayout.astro). */
export function themeScriptOf(html: string, storageKey: string): string | undefined {
  const el = findAll((e) => e.name === 'script' && getAttributeValue(e, 'data-key') === storageKey, parseDocument(html).children)[0];
  return el ? textContent(el) : undefined;
}

/** One page as measured. */
export interface PageRow {
  route: string;
  type: string;
  /** Gzip bytes of JavaScript at start (inline and files). */
  js: number;
  /** Gzip bytes loaded when a client:visible island scrolls into view. */
  onScroll: number;
  /** Gzip bytes behind `import()`. */
  onDemand: number;
  htmlCss: number;
}

/** What the check found. */
export interface BudgetReport {
  failures: string[];
  pages: PageRow[];
  /** Gzip bytes of each on-demand or on-scroll file (site-absolute path). */
  chunks: Map<string, number>;
}

/** Checks every page of the built site in `dist` against the budgets. */
export function checkBudgets(dist: string, themeStorageKey: string): BudgetReport {
  const failures: string[] = [];
  const pages: PageRow[] = [];
  const chunks = new Map<string, number>();
  if (!existsSync(dist)) return { failures: [`${dist}/ is missing: run \`npm run build\` first.`], pages, chunks };
  const seenTypes = new Set<string>();

  for (const page of listHtmlPages(dist)) {
    const route = routeOf(page);
    const type = pageTypeOf(route);
    seenTypes.add(type.name);
    const load = pageLoad(dist, page);
    const js = scriptBytes(dist, load);
    const htmlCss = htmlCssBytes(dist, load);

    const theme = themeScriptOf(load.html, themeStorageKey);
    if (theme === undefined) failures.push(`${route}: the inline theme script (data-key="${themeStorageKey}") was not found`);
    else if (gzipBytes(theme) > BUDGETS.inlineThemeScript)
      failures.push(`${route}: inline theme script ${gzipBytes(theme)} B gzip > ${BUDGETS.inlineThemeScript} B`);

    if (type.kind === 'content') {
      if (js > BUDGETS.contentScript)
        failures.push(`${route} (${type.name}): JavaScript at load ${js} B gzip > ${BUDGETS.contentScript} B`);
      const htmlCssBudget = type.htmlCss ?? BUDGETS.contentHtmlCss;
      if (htmlCss > htmlCssBudget) failures.push(`${route} (${type.name}): HTML+CSS ${htmlCss} B gzip > ${htmlCssBudget} B`);
    } else if (js > BUDGETS.islandPageScript) {
      failures.push(`${route} (${type.name}): JavaScript at load ${js} B gzip > ${BUDGETS.islandPageScript} B`);
    }

    for (const file of [...load.deferredScriptFiles, ...load.onDemandScriptFiles]) {
      if (!chunks.has(file)) chunks.set(file, fileBytes(dist, [file]));
    }
    pages.push({
      route,
      type: type.name,
      js,
      onScroll: fileBytes(dist, load.deferredScriptFiles),
      onDemand: fileBytes(dist, load.onDemandScriptFiles),
      htmlCss,
    });
  }

  // Pagefind's runtime (/pagefind/) is on demand too, but has its own budget: check-search.ts.
  for (const [file, bytes] of chunks) {
    if (file.startsWith('/_astro/') && bytes > BUDGETS.onDemandChunk)
      failures.push(`${file}: on-demand chunk ${bytes} B gzip > ${BUDGETS.onDemandChunk} B`);
  }
  for (const type of PAGE_TYPES) {
    if (!seenTypes.has(type.name))
      failures.push(`no page of type "${type.name}" was found: was the route renamed? Update PAGE_TYPES in scripts/lib/budget.ts`);
  }
  return { failures, pages, chunks };
}

/** The report as a table, one page a line, then the on-demand chunks. */
export function formatReport(report: BudgetReport): string {
  const kb = (n: number) => `${String(n).padStart(6)} B`;
  const rows = report.pages.map(
    (p) =>
      `${p.route.padEnd(42)} ${p.type.padEnd(14)} JS ${kb(p.js)}   on scroll ${kb(p.onScroll)}   on demand ${kb(p.onDemand)}   HTML+CSS ${kb(p.htmlCss)}`,
  );
  const chunks = [...report.chunks].sort(([a], [b]) => a.localeCompare(b)).map(([f, b]) => `  ${f.padEnd(60)} ${kb(b)}`);
  return [...rows, '', 'On-demand and on-scroll chunks (gzip, each ≤ 8 KB for /_astro/):', ...chunks].join('\n');
}
