/**
 * The download behind "Save for offline": every file of the build's list
 * into the cache named for that build, a few at a time, then the marker that
 * makes the copy count (src/lib/offline/offline.ts). Any failure deletes the
 * unfinished cache, so a half copy is never used.
 */
import {
  decodeOfflineList,
  OFFLINE_LIST_URL,
  SAVED_MARKER_URL,
  SAVING_HEADER,
  savedCacheName,
  type OfflineList,
  type SavedCopy,
} from '../../lib/offline/offline';

/** Files fetched at once: enough to keep the connection busy, few enough not to crowd out the page. */
const PARALLEL = 4;

/** The build's list, checked. */
export async function fetchOfflineList(): Promise<OfflineList> {
  const response = await fetch(OFFLINE_LIST_URL, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`the list of files could not be loaded (${response.status})`);
  const list = decodeOfflineList(await response.json());
  if (!list) throw new Error('the list of files is damaged');
  return list;
}

/**
 * Saves every file of `list` into its build's cache, calling `progress` with
 * the bytes done; returns the copy's marker. If the site was redeployed in
 * the meantime (the list changed), the copy would mix two builds: it is
 * thrown away and the error says so.
 */
export async function downloadCopy(list: OfflineList, storage: CacheStorage, progress: (bytes: number) => void): Promise<SavedCopy> {
  const name = savedCacheName(list.build);
  // A copy of this build left unfinished earlier starts over.
  await storage.delete(name);
  const cache = await storage.open(name);
  try {
    let done = 0;
    let next = 0;
    const worker = async () => {
      while (next < list.files.length) {
        const file = list.files[next++]!;
        try {
          // no-cache: revalidate with the server, so an older HTTP-cached page never joins this build's copy.
          // The header tells the worker not to keep a second copy of a hashed file in its own cache.
          const response = await fetch(file.url, { cache: 'no-cache', headers: { [SAVING_HEADER]: '1' } });
          if (!response.ok) throw new Error(`${file.url} could not be loaded (${response.status})`);
          await cache.put(file.url, response);
        } catch (error) {
          next = list.files.length; // the other workers stop too
          throw error;
        }
        done += file.size;
        progress(done);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    if ((await fetchOfflineList()).build !== list.build) throw new Error('Kindred was updated while saving');
    const copy: SavedCopy = { build: list.build, savedAt: Date.now(), total: list.total, pages: list.pages };
    await cache.put(SAVED_MARKER_URL, new Response(JSON.stringify(copy), { headers: { 'Content-Type': 'application/json' } }));
    return copy;
  } catch (error) {
    await storage.delete(name);
    throw error;
  }
}
