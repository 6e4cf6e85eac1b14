/**
 * Structure gates over a built site, as a pure check of a dist folder
 * (`scripts/check-dist.ts` runs it on dist/ and exits non-zero on any problem):
 *   - every page is valid HTML (html-validate with the project's
 *     .htmlvalidate.json, wherever the folder is; that config declares
 *     Astro's custom elements and allows the <style> Astro emits beside its
 *     first island, and checks ids by HTML5 rules, where "5-create-rituals"
 *     is a valid id);
 *   - every internal href, src and srcset candidate resolves, and every
 *     #fragment exists (scripts/lib/dist-links.ts);
 *   - nothing is loaded from a third party (HTML, CSS or JavaScript),
 *     protocol-relative `//host/…` URLs included;
 *   - the service worker bundles one copy of workbox-core (two versions of the
 *     Workbox family in node_modules would each bring their own);
 *   - no inline stylesheet is repeated on more than MAX_PAGES_PER_INLINE_STYLE
 *     pages (astro.config.mjs inlines stylesheets under 1 KB: one shared by a
 *     template would be paid again on every page of a visit).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from 'html-validate';
import { anchorsOf, checkPageLinks, filePathToUrl } from './dist-links.ts';
import { listDist } from '../../integrations/dist-files.ts';
import { routeOf } from './dist-pages.ts';

/** The origin pages are resolved against: any URL outside it is another origin. */
const ORIGIN = 'http://kindred.invalid';
/**
 * Absolute URLs in bundled JavaScript that are identifiers or message text, not requests: SVG
 * namespaces, and the "learn more" link in a warning Workbox's precaching prints in sw.js.
 */
const JS_URL_ALLOWLIST = [/^http:\/\/www\.w3\.org\//, /^https:\/\/bit\.ly\/wb-precache$/];
/** The project's html-validate config (next to package.json). */
const PROJECT_CONFIG = new URL('../../.htmlvalidate.json', import.meta.url);

/** URLs in JavaScript or CSS text that would load from another origin (`https://…`, `//host/…`). */
export function thirdPartyUrls(text: string): string[] {
  return [...text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>\\]*/gi)]
    .map((m) => m[0])
    .filter((url) => !JS_URL_ALLOWLIST.some((re) => re.test(url)));
}

/** How many copies of workbox-core a bundle holds: each copy's `_version` module carries a `workbox:core:<version>` marker. */
export const workboxCoreCopies = (js: string): number => js.match(/workbox:core:[\d.]+/g)?.length ?? 0;

/** The most pages one inline stylesheet may be repeated on. */
export const MAX_PAGES_PER_INLINE_STYLE = 3;

/**
 * Inline stylesheets repeated on more than MAX_PAGES_PER_INLINE_STYLE pages, as problems.
 * Astro's own rule for its islands (`astro-island{display:contents}`…) is not ours and is left out.
 */
export function repeatedInlineStyles(pages: readonly { route: string; html: string }[]): string[] {
  const routesOf = new Map<string, string[]>();
  for (const { route, html } of pages) {
    for (const style of findAll((el) => el.name === 'style', parseDocument(html).children)) {
      const css = textContent(style);
      if (css.startsWith('astro-island')) continue;
      routesOf.set(css, [...(routesOf.get(css) ?? []), route]);
    }
  }
  return [...routesOf]
    .filter(([, routes]) => routes.length > MAX_PAGES_PER_INLINE_STYLE)
    .map(
      ([css, routes]) =>
        `an inline stylesheet (${css.length} B: ${css.slice(0, 40)}…) is on ${routes.length} pages (${routes.slice(0, 3).join(', ')}…): ` +
        'shared by that many pages it belongs in a cached file, so merge it into a larger stylesheet those pages load',
    );
}

/** Every problem in the built site in `dist`, and how many pages were checked. */
export async function checkDist(dist: string): Promise<{ problems: string[]; pages: number }> {
  if (!existsSync(dist)) return { problems: [`${dist}/ is missing: run \`npm run build\` first.`], pages: 0 };
  const files = listDist(dist);
  const pages = files
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: f, route: routeOf(f), html: readFileSync(join(dist, f), 'utf8') }));
  const routes = new Map(pages.map((p) => [p.route, anchorsOf(p.html)]));
  const fileSet = new Set(files.map(filePathToUrl));
  const problems: string[] = [];
  if (pages.length === 0) problems.push(`${dist}/ has no HTML pages`);

  // Internal links, fragments and third-party resources in HTML.
  for (const page of pages) problems.push(...checkPageLinks(page, routes, fileSet, ORIGIN));

  // Third-party requests from bundled JavaScript and CSS (Pagefind's own files are checked by the search gate).
  for (const f of files.filter((f) => /\.(js|css)$/.test(f) && !f.startsWith('pagefind/'))) {
    for (const url of thirdPartyUrls(readFileSync(join(dist, f), 'utf8'))) problems.push(`${f}: refers to ${url}`);
  }

  problems.push(...repeatedInlineStyles(pages));

  const worker = join(dist, 'sw.js');
  const cores = existsSync(worker) ? workboxCoreCopies(readFileSync(worker, 'utf8')) : 1;
  if (cores !== 1)
    problems.push(`sw.js: bundles ${cores} copies of workbox-core; pin the Workbox family to one exact version in package.json`);

  // Valid HTML.
  const config = JSON.parse(readFileSync(PROJECT_CONFIG, 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
  const format = formatterFactory('text');
  for (const page of pages) {
    const report = await validator.validateString(page.html, join(dist, page.file));
    if (!report.valid) problems.push(format(report.results).trim());
  }
  return { problems, pages: pages.length };
}
