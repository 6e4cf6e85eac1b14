/**
 * Kindred's service worker, bundled by esbuild and given its precache list
 * by workbox-build's injectManifest after the build
 * (integrations/service-worker.ts). What it does:
 *   - precaches only the offline page, so a first visit costs what it did;
 *   - pages: network first (3 s), then the pages opened before, then the
 *     saved copy, then the offline page, listing the pages this device keeps;
 *   - hashed /_astro/ files: cache first (their names change with them),
 *     the saved copy's before a download;
 *   - everything else (the search index, icons): the network, then the saved copy.
 * Its own caches are capped (ExpirationPlugin), so a long-time reader's device doesn't fill.
 * The saved copy is written by the "Save for offline" button
 * (src/islands/offline/) and read through src/lib/offline/offline.ts.
 */
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setDefaultHandler } from 'workbox-routing';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { matchSaved, OFFLINE_PAGE_URL, pageTitle, SAVED_MATCH, SAVING_HEADER, withKeptPages, type KeptPage } from '../lib/offline/offline';

/** The build id (offline-files.json's), put in by esbuild: every deploy that changes a file changes sw.js, so browsers see a new worker. */
declare const KINDRED_BUILD: string;

/** The few worker-scope members used here (the DOM typings the project compiles with have no ServiceWorkerGlobalScope). */
interface WorkerScope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  caches: CacheStorage;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ url: string }[]> };
  addEventListener(type: 'install' | 'activate', listener: (event: Event & { waitUntil(p: Promise<unknown>): void }) => void): void;
  setTimeout(handler: () => void, ms: number): number;
}
const scope = self as unknown as WorkerScope;

// injectManifest replaces the literal `self.__WB_MANIFEST` with the list of precached files (the offline page).
precacheAndRoute((self as unknown as Pick<WorkerScope, '__WB_MANIFEST'>).__WB_MANIFEST);
cleanupOutdatedCaches();

/** When a strategy has nothing (offline, and not in its own cache): the saved copy's answer. */
const savedCopy: WorkboxPlugin = {
  handlerDidError: async ({ request }) => matchSaved(scope.caches, request),
};
/** For pages: the saved copy, else the offline page (which says so and lists what this device keeps). */
const savedOrOfflinePage: WorkboxPlugin = {
  handlerDidError: async ({ request }) => (await matchSaved(scope.caches, request)) ?? offlinePage(),
};

/** Pages opened while a worker was in charge, kept for reading offline. */
const PAGES_CACHE = 'kindred-pages';
/** Hashed files (/_astro/) the pages used. */
const ASSETS_CACHE = 'kindred-assets';

/**
 * Caps for the worker's own caches, oldest used first out: more than the site's pages and
 * the files they use, far less than a device's storage. The saved copy is not capped: the
 * reader asked for all of it, and it is replaced whole on the next save.
 */
// (Workbox's class types its callbacks as possibly undefined, which exactOptionalPropertyTypes refuses as a WorkboxPlugin.)
const CAPS = {
  pages: new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 60 * 60 * 24 * 90, purgeOnQuotaError: true }) as WorkboxPlugin,
  assets: new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 60 * 60 * 24 * 90, purgeOnQuotaError: true }) as WorkboxPlugin,
};

/** For hashed files: the saved copy's, if it has one, before any download; and none kept twice. */
const savedAssetFirst: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) => cachedResponse ?? (await matchSaved(scope.caches, request)) ?? null,
  // "Save for offline" keeps its own copy of what it fetches.
  cacheWillUpdate: async ({ request, response }) => (request.headers.has(SAVING_HEADER) ? null : response),
};

registerRoute(
  ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
  new NetworkFirst({
    cacheName: PAGES_CACHE,
    networkTimeoutSeconds: 3,
    matchOptions: { ignoreVary: true },
    plugins: [CAPS.pages, savedOrOfflinePage],
  }),
);
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
  // SAVED_MATCH: hashed names never depend on the query (Astro retries an island's import with ?astro-retry=…).
  new CacheFirst({ cacheName: ASSETS_CACHE, matchOptions: SAVED_MATCH, plugins: [CAPS.assets, savedAssetFirst] }),
);
// The search index and other unhashed files: always fresh while online, so a deploy's new
// pagefind-entry.json and its index files arrive together; offline, all from the one saved copy.
setDefaultHandler(new NetworkOnly({ plugins: [savedCopy] }));

// A new worker takes over at once: it precaches only the offline page and serves pages network
// first, so nothing old is kept in front of the reader. The page tells the reader a new version is ready.
scope.addEventListener('install', (event) => event.waitUntil(Promise.all([scope.skipWaiting(), withinSeconds(3, keepOpenPages())])));
scope.addEventListener('activate', (event) => event.waitUntil(scope.clients.claim()));

/** Waits for `work`, but no longer than `seconds`: a slow network must not hold the worker back. */
const withinSeconds = (seconds: number, work: Promise<void>): Promise<void> =>
  Promise.race([work, new Promise<void>((done) => scope.setTimeout(done, seconds * 1000))]);

/**
 * Keeps the pages open now that it doesn't have yet: the worker arrives on a reader's second page
 * (src/islands/chrome/update-note.ts), which it did not serve. A new deploy's worker finds them kept
 * already and fetches nothing.
 */
async function keepOpenPages(): Promise<void> {
  const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const pages = await scope.caches.open(PAGES_CACHE);
  const urls = windows.map((w) => new URL(w.url)).filter((url) => url.origin === location.origin);
  const missing = [];
  for (const url of urls) {
    const key = url.origin + url.pathname + url.search;
    if (!(await pages.match(key, { ignoreVary: true }))) missing.push(key);
  }
  // One page that can't be fetched (offline by now) must not stop the others.
  await Promise.all(missing.map((key) => pages.add(key).catch(() => {})));
}

/** The offline page, listing the pages this device keeps (their titles read from the kept copies). */
async function offlinePage(): Promise<Response | undefined> {
  const page = await matchPrecache(`${OFFLINE_PAGE_URL}index.html`);
  if (!page) return undefined;
  const kept: KeptPage[] = [];
  const pages = await scope.caches.open(PAGES_CACHE);
  for (const request of await pages.keys()) {
    const url = new URL(request.url);
    const title = pageTitle((await (await pages.match(request))?.text()) ?? '');
    if (title && url.pathname !== OFFLINE_PAGE_URL) kept.push({ url: url.pathname, title });
  }
  return new Response(withKeptPages(await page.text(), kept), { status: page.status, headers: page.headers });
}

/** Handy in DevTools: which build this worker came with (the e2e tests read it in sw.js). */
Object.assign(scope, { kindredBuild: KINDRED_BUILD });
