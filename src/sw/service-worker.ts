/**
 * Kindred's service worker, bundled by esbuild and given its precache list
 * by workbox-build's injectManifest after the build
 * (integrations/service-worker.ts). What it does:
 *   - precaches only the offline page, so a first visit costs what it did;
 *   - pages: network first (3 s), then the pages opened before, then the
 *     saved copy, then the offline page;
 *   - hashed /_astro/ files: cache first (their names change with them);
 *   - everything else (the search index, icons): the network, then the saved copy.
 * The saved copy is written by the "Save for offline" button
 * (src/islands/offline/) and read through src/lib/offline/offline.ts.
 */
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setDefaultHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { matchSaved, OFFLINE_PAGE_URL, SAVED_MATCH } from '../lib/offline/offline';

/** The build id (offline-files.json's), put in by esbuild: every deploy that changes a file changes sw.js, so browsers see a new worker. */
declare const KINDRED_BUILD: string;

/** The few worker-scope members used here (the DOM typings the project compiles with have no ServiceWorkerGlobalScope). */
interface WorkerScope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  caches: CacheStorage;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ url: string }[]> };
  addEventListener(type: 'install' | 'activate', listener: (event: Event & { waitUntil(p: Promise<unknown>): void }) => void): void;
}
const scope = self as unknown as WorkerScope;

// injectManifest replaces the literal `self.__WB_MANIFEST` with the list of precached files (the offline page).
precacheAndRoute((self as unknown as Pick<WorkerScope, '__WB_MANIFEST'>).__WB_MANIFEST);
cleanupOutdatedCaches();

/** When a strategy has nothing (offline, and not in its own cache): the saved copy's answer. */
const savedCopy: WorkboxPlugin = {
  handlerDidError: async ({ request }) => matchSaved(scope.caches, request),
};
/** For pages: the saved copy, else the offline page (which says so and links to what there is). */
const savedOrOfflinePage: WorkboxPlugin = {
  handlerDidError: async ({ request }) => (await matchSaved(scope.caches, request)) ?? matchPrecache(`${OFFLINE_PAGE_URL}index.html`),
};

/** Pages opened while a worker was in charge, kept for reading offline. */
const PAGES_CACHE = 'kindred-pages';

registerRoute(
  ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
  new NetworkFirst({ cacheName: PAGES_CACHE, networkTimeoutSeconds: 3, matchOptions: { ignoreVary: true }, plugins: [savedOrOfflinePage] }),
);
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
  // SAVED_MATCH: hashed names never depend on the query (Astro retries an island's import with ?astro-retry=…).
  new CacheFirst({ cacheName: 'kindred-assets', matchOptions: SAVED_MATCH, plugins: [savedCopy] }),
);
// The search index and other unhashed files: always fresh while online, so a deploy's new
// pagefind-entry.json and its index files arrive together; offline, all from the one saved copy.
setDefaultHandler(new NetworkOnly({ plugins: [savedCopy] }));

// A new worker takes over at once: it precaches only the offline page and serves pages network
// first, so nothing old is kept in front of the reader. The page tells the reader a new version is ready.
scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));
scope.addEventListener('activate', (event) => event.waitUntil(Promise.all([scope.clients.claim(), keepOpenPages()])));

/**
 * Keeps the pages open now: the worker arrives on a reader's second page (src/components/UpdateNote.astro),
 * which it did not serve. The browser's HTTP cache usually answers (a revalidation, not a download).
 */
async function keepOpenPages(): Promise<void> {
  // Uncontrolled too: on a first activation no page is controlled until claim() is done.
  const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const pages = await scope.caches.open(PAGES_CACHE);
  const urls = windows.map((w) => new URL(w.url)).filter((url) => url.origin === location.origin);
  // One page that can't be fetched (offline by now) must not stop the worker from starting.
  await Promise.all(urls.map((url) => pages.add(url.origin + url.pathname + url.search).catch(() => {})));
}

/** Handy in DevTools: which build this worker came with (the e2e tests read it in sw.js). */
Object.assign(scope, { kindredBuild: KINDRED_BUILD });
