/**
 * A store whose value is saved in localStorage and merged, never overwritten,
 * across tabs. Every write first merges what storage holds now; every
 * `storage` event from another tab is merged in, and the merge is written
 * back if it holds something the other tab's value lacked. A value that does
 * not decode is ignored: this tab keeps its state, and the first change the
 * reader makes over it first copies it, as it was, to `<key>:damaged`
 * (DAMAGED_SUFFIX) when there is room, so a reader's change doesn't destroy
 * the only copy. Only the first such value is kept. A value
 * from a newer version of the site makes this tab read-only, so older code
 * never overwrites it.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { Stored } from '../lib/stored';
import { localStore } from './storage';

/** Where a stored value that could not be read is kept when the reader's next change takes its key. */
export const DAMAGED_SUFFIX = ':damaged';

/** How to read, write and merge one kind of document. */
export interface SyncedOptions<Doc> {
  key: string;
  empty: Doc;
  read(raw: string | null): Stored<Doc>;
  /** Canonical: equal documents encode to equal strings. */
  encode(doc: Doc): string;
  /** Commutative and idempotent. */
  merge(a: Doc, b: Doc): Doc;
}

/** A synced store: its value, whether it is read-only, and the one way to change it. */
export interface SyncedStore<Doc> {
  $doc: ReadableAtom<Doc>;
  /** True once a newer version of the site has saved this value: changes are refused. */
  $newer: ReadableAtom<boolean>;
  /** Applies a change, merged with what storage holds now; false when refused (read-only). */
  update(change: (doc: Doc) => Doc): boolean;
  /** Removes the copy of an unreadable value (`<key>:damaged`), for a reader who asked to delete everything. */
  forgetDamaged(): void;
}

/** Creates the store and, in the browser, reads storage and starts listening to other tabs. */
export function syncedStore<Doc>(options: SyncedOptions<Doc>): SyncedStore<Doc> {
  const { key, read, encode, merge } = options;
  const $doc = atom<Doc>(options.empty);
  const $newer = atom(false);
  const inBrowser = typeof window !== 'undefined';

  const take = (stored: Stored<Doc>): Doc | undefined => {
    if (stored.kind === 'newer') $newer.set(true);
    return stored.kind === 'ok' ? stored.doc : undefined;
  };

  if (inBrowser) {
    const initial = take(read(localStore.read(key)));
    if (initial !== undefined) $doc.set(initial);

    window.addEventListener('storage', (e) => {
      if (e.key !== key) return;
      const incoming = take(read(e.newValue));
      // Removed, damaged or foreign: keep what this tab shows, and don't write over it.
      if (incoming === undefined || $newer.get()) return;
      let merged = merge($doc.get(), incoming);
      // Events can arrive late: what storage holds now may be newer than this event's value.
      const storedRaw = localStore.read(key);
      const stored = take(read(storedRaw));
      if ($newer.get()) return;
      if (stored !== undefined) merged = merge(merged, stored);
      $doc.set(merged);
      const raw = encode(merged);
      // Storage lacks something of ours: write the union back so the other tab sees it too.
      if (raw !== storedRaw && stored !== undefined) localStore.write(key, raw);
    });
  }

  return {
    $doc,
    $newer,
    update(change) {
      if ($newer.get()) return false;
      const raw = localStore.read(key);
      const stored = read(raw);
      const current = take(stored);
      if ($newer.get()) return false;
      // About to write over a value we can't read: keep it as it was, if there is room. Only the first is kept
      // (a copy is never replaced); a copy that doesn't fit must not stop the reader's own change being saved.
      if (stored.kind === 'invalid' && raw !== null && localStore.read(key + DAMAGED_SUFFIX) === null)
        localStore.writeIfRoom(key + DAMAGED_SUFFIX, raw);
      // Take in what storage holds now (another tab may have written since its event reached us), then change it.
      const next = change(current === undefined ? $doc.get() : merge($doc.get(), current));
      $doc.set(next);
      if (inBrowser) localStore.write(key, encode(next));
      return true;
    },
    forgetDamaged: () => localStore.remove(key + DAMAGED_SUFFIX),
  };
}
