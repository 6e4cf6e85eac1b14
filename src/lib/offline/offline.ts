/**
 * What the service worker (src/sw/) and the "Save for offline" button
 * (src/islands/offline/) agree on: the list the build writes, the names of
 * the caches, and how to find the one complete saved copy. The cache lookups
 * take the CacheStorage as a parameter, so they run in a page, in the worker
 * and in tests alike.
 */

/** The list of files the build writes for "Save for offline" (integrations/offline-list.ts). */
export const OFFLINE_LIST_URL = '/offline-files.json';
/** The page the worker shows for a page that was never opened nor saved. */
export const OFFLINE_PAGE_URL = '/offline/';
/** Saved copies live in caches named `kindred-offline-<build>`, one per build. */
export const SAVED_CACHE_PREFIX = 'kindred-offline-';
/** Written last into a saved copy: a copy without it is unfinished and never used. */
export const SAVED_MARKER_URL = '/__kindred/saved-copy';

/**
 * Sent with every request "Save for offline" makes: the worker then leaves
 * the response to the saved copy instead of keeping a second one in its own
 * cache of hashed files.
 */
export const SAVING_HEADER = 'X-Kindred-Saving';

/** The empty block on the offline page that the worker fills with the pages this device keeps. */
export const KEPT_PAGES_SLOT = '<div class="kept-pages" data-kept-pages></div>';

/** A page kept on this device: its path and its title. */
export interface KeptPage {
  url: string;
  title: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A page's title from its HTML, without the site name: "Tip 6: Listen · Kindred" → "Tip 6: Listen". */
export function pageTitle(html: string): string | undefined {
  const raw = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  if (!raw) return undefined;
  const title = raw
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/ · Kindred$/, '')
    .trim();
  return title || undefined;
}

/**
 * The offline page with its slot filled: the pages kept on this device as
 * links under a heading, in title order. With none kept, the page is
 * returned as it was (it already names the pages most likely to open).
 */
export function withKeptPages(html: string, pages: readonly KeptPage[]): string {
  if (!pages.length || !html.includes(KEPT_PAGES_SLOT)) return html;
  const items = [...pages]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((p) => `<li><a href="${escapeHtml(p.url)}">${escapeHtml(p.title)}</a></li>`)
    .join('');
  const block = `<h2>Pages kept on this device</h2><p>These open without a connection:</p><ul>${items}</ul>`;
  return html.replace(KEPT_PAGES_SLOT, KEPT_PAGES_SLOT.replace('></div>', `>${block}</div>`));
}

/** One file to save: its URL (a page's route, or a file's path) and size in bytes. */
export interface OfflineFile {
  url: string;
  size: number;
}

/** `offline-files.json`: everything a reader needs to read and search the site offline. */
export interface OfflineList {
  /** Changes whenever any listed file changes; names the cache. */
  build: string;
  /** Sum of the sizes, in bytes. */
  total: number;
  /** How many of the files are pages. */
  pages: number;
  files: OfflineFile[];
}

/** What the marker of a finished copy holds. */
export interface SavedCopy {
  build: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
  total: number;
  pages: number;
}

/** The cache a build's saved copy goes into. */
export const savedCacheName = (build: string): string => `${SAVED_CACHE_PREFIX}${build}`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Checks a fetched `offline-files.json`; undefined when it is not one. */
export function decodeOfflineList(value: unknown): OfflineList | undefined {
  if (!isRecord(value) || typeof value['build'] !== 'string' || !/^[0-9a-f]{8,64}$/.test(value['build'])) return undefined;
  const files = value['files'];
  if (!Array.isArray(files) || !isCount(value['total']) || !isCount(value['pages'])) return undefined;
  const ok = files.every(
    (f) => isRecord(f) && typeof f['url'] === 'string' && f['url'].startsWith('/') && !f['url'].startsWith('//') && isCount(f['size']),
  );
  if (!ok) return undefined;
  return { build: value['build'], total: value['total'], pages: value['pages'], files: files as OfflineFile[] };
}

/** Reads a copy's marker; undefined when the copy is unfinished or the marker damaged. */
async function markerOf(cache: Cache): Promise<SavedCopy | undefined> {
  const response = await cache.match(SAVED_MARKER_URL);
  if (!response) return undefined;
  try {
    const v: unknown = await response.json();
    if (isRecord(v) && typeof v['build'] === 'string' && isCount(v['savedAt']) && isCount(v['total']) && isCount(v['pages'])) {
      return { build: v['build'], savedAt: v['savedAt'], total: v['total'], pages: v['pages'] };
    }
  } catch {
    // A damaged marker counts as no marker.
  }
  return undefined;
}

/** How requests are matched against kept copies: see matchSaved. */
export const SAVED_MATCH: CacheQueryOptions = { ignoreSearch: true, ignoreVary: true };

/** The newest finished saved copy, with its cache name; undefined when there is none. */
export async function findSavedCopy(storage: CacheStorage): Promise<(SavedCopy & { name: string }) | undefined> {
  let best: (SavedCopy & { name: string }) | undefined;
  for (const name of await storage.keys()) {
    if (!name.startsWith(SAVED_CACHE_PREFIX)) continue;
    const copy = await markerOf(await storage.open(name));
    if (copy && (!best || copy.savedAt > best.savedAt)) best = { ...copy, name };
  }
  return best;
}

/**
 * The saved copy's answer for a request, from the one newest finished copy
 * only, so an old pagefind-entry.json never meets new index files. A static
 * site's files never depend on the query (`/search/?q=…` is the saved
 * `/search/`), nor on the headers a server lists in Vary (some send
 * `Vary: Origin`, and module scripts are requested with an Origin header
 * that the saving fetch() did not send).
 */
export async function matchSaved(storage: CacheStorage, request: Request): Promise<Response | undefined> {
  const copy = await findSavedCopy(storage);
  if (!copy) return undefined;
  const cache = await storage.open(copy.name);
  return cache.match(request, SAVED_MATCH);
}

/** Deletes every saved copy except `keep` (a cache name); returns how many went. */
export async function deleteOtherCopies(storage: CacheStorage, keep: string): Promise<number> {
  const old = (await storage.keys()).filter((n) => n.startsWith(SAVED_CACHE_PREFIX) && n !== keep);
  await Promise.all(old.map((n) => storage.delete(n)));
  return old.length;
}

/** A size for people: "840 KB", "2.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / (1000 * 1000)).toFixed(1)} MB`;
}
