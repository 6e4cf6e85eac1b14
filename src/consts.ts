/** The site's name, shown in the header and in every page title. */
export const SITE_NAME = 'Kindred';

/** One line on what the site is for; the home page's meta description. */
export const SITE_TAGLINE = 'A practical, plain-spoken guide to building meaningful, trusting relationships online.';

/** The guide's title: its index page, the one-page guide and the e-book. */
export const GUIDE_TITLE = 'Building Meaningful Digital Relationships';

/** The license of the site's written content (the code is MIT: LICENSE). */
export const CONTENT_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** Primary navigation, in header order. */
export const NAV_ITEMS = [
  { href: '/guide/', label: 'Guide' },
  { href: '/tips/', label: 'Tips' },
  { href: '/quiz/', label: 'Quiz' },
  { href: '/checklist/', label: 'Checklist' },
  { href: '/words/', label: 'Words' },
] as const;

/**
 * Prefix of every localStorage key the site writes: `kindred:<domain>:v<N>`.
 * The keys below spell it out rather than build on it, so the inline theme
 * script's bundler can drop the keys it does not use (a template literal may
 * have side effects); src/consts.test.ts holds them to the prefix.
 */
export const STORAGE_PREFIX = 'kindred:';

/** localStorage key of the reader's chosen theme (applied before first paint by src/scripts/theme.ts). */
export const THEME_STORAGE_KEY = 'kindred:theme';

/** localStorage key of the reader's text size and line spacing (applied before first paint by src/scripts/theme.ts). */
export const READING_STORAGE_KEY = 'kindred:reading:v1';

/** The header's background in each theme (--surface in global.css), for <meta name="theme-color"> and the app manifest. */
export const THEME_COLORS = { light: '#f4efe6', dark: '#1f2226' } as const;

/** localStorage key of checklist progress; bump the version when the stored shape changes incompatibly. */
export const CHECKLIST_STORAGE_KEY = 'kindred:checklist:v1';

/** localStorage key of quiz results (best scores), shared by every tab; the value carries its own version. */
export const QUIZ_STORAGE_KEY = 'kindred:quiz:v1';

/** localStorage key of the messages the reader starred on the words page; the value carries its own version. */
export const STARS_STORAGE_KEY = 'kindred:stars:v1';

/** localStorage key of the reader's recent searches (the header hands it to the search popup). */
export const RECENT_SEARCHES_KEY = 'kindred:recent-searches';

/** localStorage key of the reader's check-ins (/check-in/), shared by every tab; the value carries its own version. */
export const CHECK_IN_STORAGE_KEY = 'kindred:check-in:v1';

/** sessionStorage key of this tab's quiz attempts in progress. */
export const QUIZ_ATTEMPTS_KEY = 'kindred:quiz-attempts:v1';

/** Readable names of the tip themes, for headings and filter links. */
export const THEME_LABELS = {
  communication: 'Communication',
  empathy: 'Empathy',
  respect: 'Respect',
  reliability: 'Reliability',
  connection: 'Connection',
  growth: 'Growing together',
} as const;

/** Where the built service worker lives (written by integrations/service-worker.ts). */
export const SERVICE_WORKER_URL = '/sw.js';

/**
 * Pagefind's runtime, written after the Astro build by integrations/pagefind-index.ts: a URL the
 * bundler must not resolve, so imports of it carry `@vite-ignore`.
 */
export const PAGEFIND_RUNTIME_URL = '/pagefind/pagefind.js';
