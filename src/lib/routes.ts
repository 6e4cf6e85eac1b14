/**
 * The site's route patterns, in one place: the layout (which pages are
 * articles), the sitemap filter, the budget script, the offline list and
 * the e2e utilities all ask here rather than keeping their own regexes.
 * Paths are site paths with the trailing slash (`trailingSlash: 'always'`).
 */

/** The whole guide on one page (to read through or print); a guide section may never take its slug. */
export const ONE_PAGE_GUIDE_PATH = '/guide/all/';

/** The e-book of the guide, the tips and the 7-day plan, written to dist/ at build time. */
export const EBOOK_PATH = '/kindred-guide.epub';

/** A guide section: `/guide/<slug>/` (not `/guide/` itself, nor the one-page guide). */
export const isGuideSection = (path: string): boolean => /^\/guide\/[^/]+\/$/.test(path) && path !== ONE_PAGE_GUIDE_PATH;

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

/**
 * Pages that exist but are not for search engines' sitemaps: score pages, the offline page, and the
 * one-page guide (noindex: its text is the sections' text again).
 */
export const isOutOfSitemap = (path: string): boolean => isScorePage(path) || path === OFFLINE_PATH || path === ONE_PAGE_GUIDE_PATH;
