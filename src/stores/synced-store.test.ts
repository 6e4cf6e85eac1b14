/**
 * The storage engine and the synced store under a controllable browser:
 * which keys survive a fallback, which events count, when writes happen.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeBrowser, type FakeBrowser } from './test-storage';

let browser: FakeBrowser;
beforeEach(() => {
  vi.resetModules();
  browser = installFakeBrowser();
});
afterEach(() => vi.unstubAllGlobals());

/** A tiny document kind: a set of words, merged by union. */
async function wordsStore() {
  const { syncedStore } = await import('./synced-store');
  return syncedStore<string[]>({
    key: 'kindred:words:v1',
    empty: [],
    read: (raw) => {
      if (raw === null) return { kind: 'empty' };
      try {
        const v: unknown = JSON.parse(raw);
        if (typeof v === 'object' && v && 'version' in v && (v as { version: number }).version > 1)
          return { kind: 'newer', version: (v as { version: number }).version };
        return Array.isArray(v) ? { kind: 'ok', doc: v as string[] } : { kind: 'invalid', error: 'not a list' };
      } catch {
        return { kind: 'invalid', error: 'not JSON' };
      }
    },
    encode: (doc) => JSON.stringify([...doc].sort()),
    merge: (a, b) => [...new Set([...a, ...b])].sort(),
  });
}

describe('storage engine', () => {
  it('copies only this site’s readable keys into memory when writes are refused at startup', async () => {
    browser.local.map.set('kindred:a', '1');
    browser.local.map.set('other:b', '2');
    browser.local.refuseWrites = true;
    const { localStore, $storageWorks } = await import('./storage');
    expect($storageWorks.get()).toBe(false);
    expect(localStore.read('kindred:a')).toBe('1');
    expect(localStore.read('other:b')).toBeNull();
    localStore.write('kindred:a', '3');
    expect(localStore.read('kindred:a')).toBe('3');
    expect(browser.local.map.get('kindred:a')).toBe('1');
    expect(browser.local.map.has('kindred:probe')).toBe(false);
  });

  it('writeIfRoom says whether the browser took the value and never turns storage off; remove forgets a key', async () => {
    const { localStore, $storageWorks } = await import('./storage');
    browser.local.refuseLongerThan = 3;
    expect(localStore.writeIfRoom('kindred:a', 'long value')).toBe(false);
    expect(browser.local.map.has('kindred:a')).toBe(false);
    expect(localStore.writeIfRoom('kindred:a', 'ok')).toBe(true);
    expect(browser.local.map.get('kindred:a')).toBe('ok');
    expect($storageWorks.get()).toBe(true);
    localStore.remove('kindred:a');
    expect(localStore.read('kindred:a')).toBeNull();
  });

  it('in memory (writes refused), writeIfRoom and remove act on memory', async () => {
    browser.local.map.set('kindred:a', '1');
    browser.local.refuseWrites = true;
    const { localStore } = await import('./storage');
    expect(localStore.writeIfRoom('kindred:b', '2')).toBe(true);
    expect(localStore.read('kindred:b')).toBe('2');
    localStore.remove('kindred:a');
    expect(localStore.read('kindred:a')).toBeNull();
    expect(browser.local.map.get('kindred:a')).toBe('1');
  });

  it('reads and writes storage while it works, and leaves no probe behind', async () => {
    const { localStore, $storageWorks } = await import('./storage');
    expect($storageWorks.get()).toBe(true);
    localStore.write('kindred:x', 'y');
    expect(browser.local.map.get('kindred:x')).toBe('y');
    browser.local.map.set('kindred:x', 'z');
    expect(localStore.read('kindred:x')).toBe('z');
    expect([...browser.local.map.keys()]).toEqual(['kindred:x']);
  });

  it('falls back when reading starts failing mid-session, keeping what it had', async () => {
    const { localStore, $storageWorks } = await import('./storage');
    localStore.write('kindred:x', 'y');
    browser.local.getItem = () => {
      throw new DOMException('gone', 'SecurityError');
    };
    expect(localStore.read('kindred:x')).toBeNull(); // unreadable: memory starts empty
    expect($storageWorks.get()).toBe(false);
    localStore.write('kindred:x', 'kept');
    expect(localStore.read('kindred:x')).toBe('kept');
  });
});

describe('synced store', () => {
  it('says whether a change was taken, and refuses once a newer version saved the value', async () => {
    const store = await wordsStore();
    expect(store.update((d) => [...d, 'a'])).toBe(true);
    expect(browser.local.getItem('kindred:words:v1')).toBe('["a"]');
    browser.local.map.set('kindred:words:v1', '{"version":2}');
    expect(store.update((d) => [...d, 'b'])).toBe(false);
    expect(store.$newer.get()).toBe(true);
    expect(store.update((d) => [...d, 'c'])).toBe(false);
    expect(browser.local.getItem('kindred:words:v1')).toBe('{"version":2}');
    expect(store.$doc.get()).toEqual(['a']);
  });

  it('ignores events for other keys, and writes back only when storage lacks something', async () => {
    const store = await wordsStore();
    store.update(() => ['a']);
    const writes = vi.spyOn(browser.local, 'setItem');
    browser.otherTabWrites('kindred:other:v1', '["zzz"]');
    expect(store.$doc.get()).toEqual(['a']);
    browser.otherTabWrites('kindred:words:v1', '["a","b"]');
    expect(store.$doc.get()).toEqual(['a', 'b']);
    expect(writes).not.toHaveBeenCalled(); // storage already holds the union
    browser.otherTabWrites('kindred:words:v1', '["c"]');
    expect(store.$doc.get()).toEqual(['a', 'b', 'c']);
    expect(writes).toHaveBeenCalledWith('kindred:words:v1', '["a","b","c"]');
  });

  it('reads what is saved on load, and starts empty over damage', async () => {
    browser.local.map.set('kindred:words:v1', '["x"]');
    expect((await wordsStore()).$doc.get()).toEqual(['x']);
    vi.resetModules();
    browser.local.map.set('kindred:words:v1', 'oops');
    const damaged = await wordsStore();
    expect(damaged.$doc.get()).toEqual([]);
    expect(damaged.$newer.get()).toBe(false);
  });

  it('keeps an unreadable value under <key>:damaged before the first change writes over it, and never replaces that copy', async () => {
    browser.local.map.set('kindred:words:v1', '["x", "y"');
    const store = await wordsStore();
    expect(browser.local.map.get('kindred:words:v1')).toBe('["x", "y"'); // loading writes nothing
    expect(store.update((doc) => [...doc, 'a'])).toBe(true);
    expect(browser.local.map.get('kindred:words:v1')).toBe('["a"]');
    expect(browser.local.map.get('kindred:words:v1:damaged')).toBe('["x", "y"');
    browser.local.map.set('kindred:words:v1', 'broken again');
    store.update((doc) => [...doc, 'b']);
    expect(browser.local.map.get('kindred:words:v1:damaged')).toBe('["x", "y"');
  });

  it('saves the change without the copy when the copy does not fit, and keeps storage on', async () => {
    const huge = `["x", ${'"y", '.repeat(50)}`;
    browser.local.map.set('kindred:words:v1', huge);
    browser.local.refuseLongerThan = 100;
    const store = await wordsStore();
    const { $storageWorks } = await import('./storage');
    expect(store.update((doc) => [...doc, 'a'])).toBe(true);
    expect(browser.local.map.get('kindred:words:v1')).toBe('["a"]');
    expect(browser.local.map.has('kindred:words:v1:damaged')).toBe(false);
    expect($storageWorks.get()).toBe(true);
  });

  it('forgets the copy when asked (a reader deleting everything)', async () => {
    browser.local.map.set('kindred:words:v1', 'oops');
    const store = await wordsStore();
    store.update(() => []);
    expect(browser.local.map.get('kindred:words:v1:damaged')).toBe('oops');
    store.forgetDamaged();
    expect(browser.local.map.has('kindred:words:v1:damaged')).toBe(false);
  });

  it('keeps no copy when what it writes over is readable or empty', async () => {
    const store = await wordsStore();
    store.update(() => ['a']);
    store.update((doc) => [...doc, 'b']);
    expect(browser.local.map.has('kindred:words:v1:damaged')).toBe(false);
  });
});
