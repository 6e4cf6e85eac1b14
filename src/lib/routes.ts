/**
 * The site's route patterns, in one place: the layout (which pages are
 * articles), the sitemap filter, the budget script, the offline list and
 * the e2e utilities all ask here rather than keeping their own regexes.
 * Paths are site paths with the trailing slash (`trailingSlash: 'always'`).
 */

/** A guide section: `/guide/<slug>/` (not `/guide/` itself). */
export const isGuideSection = (path: string): boolean => /^\/guide\/[^/]+\/$/.test(path);

/** A tips theme page, the no-JS filter: `/tips/theme/<theme>/`. */
export const isThemeIndex = (path: string): boolean => /^\/tips\/theme\/[^/]+\/$/.test(path);

/** A tip page: `/tips/<slug>/` (theme pages live one level deeper). */
export const isTip = (path: string): boolean => /^\/tips\/[^/]+\/$/.test(path);

/** A page read as an article (guide section or tip): og:type `article`. */
export const isArticle = (path: string): boolean => isGuideSection(path) || isTip(path);

/** A shareable quiz score page: `/quiz/score/<n>/` (noindex). */
export const isScorePage = (path: string): boolean => /^\/quiz\/score\/[^/]+\/$/.test(path);

/** What the service worker shows for a page not kept offline. */
export const OFFLINE_PATH = '/offline/';

/** Pages that exist but are not for search engines' sitemaps: score pages and the offline page. */
export const isOutOfSitemap = (path: string): boolean => isScorePage(path) || path === OFFLINE_PATH;
