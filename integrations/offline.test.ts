/**
 * "Save for offline": the list the build writes (integrations/offline-list.ts)
 * and the saved-copy rules the worker and the button share (src/lib/offline/offline.ts),
 * with an in-memory CacheStorage.
 */
import { describe, expect, it } from 'vitest';
import { cacheRules, headersAt, IMMUTABLE, REVALIDATE } from './cache-rules.ts';
import { buildId, offlineFiles, offlineList, urlOf } from './offline-list.ts';
import {
  decodeOfflineList,
  deleteOtherCopies,
  findSavedCopy,
  formatBytes,
  matchSaved,
  savedCacheName,
  SAVED_MARKER_URL,
} from '../src/lib/offline/offline.ts';

describe('offlineFiles', () => {
  const dist = [
    '404.html',
    '_astro/app.Ab12Cd34.js',
    '_headers',
    'favicon.svg',
    'guide/index.html',
    'guide/intro/index.html',
    'index.html',
    'manifest.webmanifest',
    'offline-files.json',
    'og/home.png',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-ui.css',
    'pagefind/pagefind-modular-ui.js',
    'pagefind/pagefind.js',
    'pagefind/fragment/en_1ba7d6f.pf_fragment',
    'pagefind/wasm.en.pagefind',
    'robots.txt',
    'sitemap-0.xml',
    'sitemap-index.xml',
    'sw.js',
    'offline/index.html',
    '_astro/app.Ab12Cd34.js.map',
  ].map((path, i) => ({ path, size: 100 + i }));

  it('keeps every page but 404, the assets and the search index, pages first', () => {
    const urls = offlineFiles(dist).map((f) => f.url);
    expect(urls).toEqual([
      '/guide/',
      '/guide/intro/',
      '/',
      '/offline/',
      '/_astro/app.Ab12Cd34.js',
      '/favicon.svg',
      '/manifest.webmanifest',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
      '/pagefind/fragment/en_1ba7d6f.pf_fragment',
      '/pagefind/wasm.en.pagefind',
    ]);
  });

  it('leaves out share images, sitemaps, the worker, the list itself, host files and unused Pagefind UIs', () => {
    const urls = offlineFiles(dist)
      .map((f) => f.url)
      .join(' ');
    for (const out of [
      'og/',
      'sitemap',
      'sw.js',
      'offline-files.json',
      '_headers',
      'robots.txt',
      'pagefind-ui',
      'modular-ui',
      '404',
      '.map',
    ]) {
      expect(urls).not.toContain(out);
    }
  });

  it('keeps each file size', () => {
    expect(offlineFiles([{ path: 'tips/index.html', size: 4321 }])).toEqual([{ url: '/tips/', size: 4321 }]);
  });

  it('turns index pages into routes and leaves other files as paths', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('quiz/score/3/index.html')).toBe('/quiz/score/3/');
    expect(urlOf('pagefind/index/en_abc1234.pf_index')).toBe('/pagefind/index/en_abc1234.pf_index');
  });
});

describe('buildId and offlineList', () => {
  const a = { url: '/', hash: 'aaa' };
  const b = { url: '/guide/', hash: 'bbb' };

  it('is the same for the same files in any order, and changes when any file changes', () => {
    expect(buildId([a, b])).toBe(buildId([b, a]));
    expect(buildId([a, b])).toMatch(/^[0-9a-f]{16}$/);
    expect(buildId([a, { ...b, hash: 'bbc' }])).not.toBe(buildId([a, b]));
    expect(buildId([a])).not.toBe(buildId([a, b]));
    // A file moved is a change, even with the same content.
    expect(buildId([a, { ...b, url: '/tips/' }])).not.toBe(buildId([a, b]));
  });

  it('sums sizes and counts pages', () => {
    const list = offlineList(
      [
        { url: '/', size: 10 },
        { url: '/guide/', size: 20 },
        { url: '/_astro/x.Ab12Cd34.js', size: 5 },
      ],
      'abcdef0123456789',
    );
    expect(list).toMatchObject({ build: 'abcdef0123456789', total: 35, pages: 2 });
    expect(decodeOfflineList(JSON.parse(JSON.stringify(list)))).toEqual(list);
  });
});

describe('decodeOfflineList', () => {
  const good = { build: 'abcdef0123456789', total: 3, pages: 1, files: [{ url: '/', size: 3 }] };
  it.each([
    ['not an object', 'list'],
    ['a build id that is not hex', { ...good, build: '../x' }],
    ['a negative total', { ...good, total: -1 }],
    ['files that are not a list', { ...good, files: {} }],
    ['a file on another site', { ...good, files: [{ url: '//evil.example/x', size: 1 }] }],
    ['a relative file', { ...good, files: [{ url: 'x', size: 1 }] }],
    ['a size that is not a count', { ...good, files: [{ url: '/', size: 1.5 }] }],
  ])('refuses %s', (_, value) => {
    expect(decodeOfflineList(value)).toBeUndefined();
  });
});

/** A CacheStorage in memory, enough for the saved-copy rules (URL keys, ignoreSearch). */
function memoryCaches(): CacheStorage {
  const stores = new Map<string, Map<string, Response>>();
  const key = (r: RequestInfo | URL) => new URL(typeof r === 'string' || r instanceof URL ? r : r.url, 'https://kindred.test').href;
  const cacheOf = (entries: Map<string, Response>) =>
    ({
      match: async (r: RequestInfo | URL, opts?: CacheQueryOptions) => {
        const k = key(r);
        const hit = opts?.ignoreSearch ? [...entries].find(([u]) => u.split('?')[0] === k.split('?')[0])?.[1] : entries.get(k);
        return hit?.clone();
      },
      put: async (r: RequestInfo | URL, res: Response) => void entries.set(key(r), res),
    }) as unknown as Cache;
  return {
    keys: async () => [...stores.keys()],
    open: async (name: string) => cacheOf(stores.get(name) ?? stores.set(name, new Map()).get(name)!),
    delete: async (name: string) => stores.delete(name),
    has: async (name: string) => stores.has(name),
    match: async () => undefined,
  } as CacheStorage;
}

const marker = (build: string, savedAt: number) =>
  new Response(JSON.stringify({ build, savedAt, total: 10, pages: 2 }), { headers: { 'Content-Type': 'application/json' } });

describe('saved copies', () => {
  it('uses only finished copies, the newest first, and ignores other caches', async () => {
    const caches = memoryCaches();
    const old = await caches.open(savedCacheName('1111111111111111'));
    await old.put('/pagefind/pagefind-entry.json', new Response('old entry'));
    await old.put(SAVED_MARKER_URL, marker('1111111111111111', 1000));
    const unfinished = await caches.open(savedCacheName('3333333333333333'));
    await unfinished.put('/pagefind/pagefind-entry.json', new Response('half'));
    await (await caches.open('kindred-pages')).put('/pagefind/pagefind-entry.json', new Response('runtime'));

    expect((await findSavedCopy(caches))?.build).toBe('1111111111111111');
    expect(await (await matchSaved(caches, new Request('https://kindred.test/pagefind/pagefind-entry.json')))?.text()).toBe('old entry');

    const fresh = await caches.open(savedCacheName('2222222222222222'));
    await fresh.put('/pagefind/pagefind-entry.json', new Response('new entry'));
    await fresh.put(SAVED_MARKER_URL, marker('2222222222222222', 2000));
    expect((await findSavedCopy(caches))?.name).toBe(savedCacheName('2222222222222222'));
    expect(await (await matchSaved(caches, new Request('https://kindred.test/pagefind/pagefind-entry.json')))?.text()).toBe('new entry');
  });

  it('answers a page with a query from the saved page, and nothing when the copy lacks it', async () => {
    const caches = memoryCaches();
    const copy = await caches.open(savedCacheName('2222222222222222'));
    await copy.put('/search/', new Response('search page'));
    await copy.put(SAVED_MARKER_URL, marker('2222222222222222', 5));
    expect(await (await matchSaved(caches, new Request('https://kindred.test/search/?q=trust')))?.text()).toBe('search page');
    expect(await matchSaved(caches, new Request('https://kindred.test/tips/'))).toBeUndefined();
  });

  it('counts a damaged marker as unfinished, and has nothing without copies', async () => {
    const caches = memoryCaches();
    expect(await findSavedCopy(caches)).toBeUndefined();
    const copy = await caches.open(savedCacheName('2222222222222222'));
    await copy.put(SAVED_MARKER_URL, new Response('{"build":'));
    expect(await findSavedCopy(caches)).toBeUndefined();
    await copy.put(SAVED_MARKER_URL, new Response(JSON.stringify({ build: 'x', savedAt: -1, total: 1, pages: 1 })));
    expect(await findSavedCopy(caches)).toBeUndefined();
  });

  it('deletes every other saved copy and nothing else', async () => {
    const caches = memoryCaches();
    for (const name of [savedCacheName('a1'), savedCacheName('b2'), 'kindred-pages', 'kindred-assets']) await caches.open(name);
    expect(await deleteOtherCopies(caches, savedCacheName('b2'))).toBe(1);
    expect((await caches.keys()).sort()).toEqual(['kindred-assets', savedCacheName('b2'), 'kindred-pages'].sort());
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '1 KB'],
    [1499, '1 KB'],
    [840_000, '840 KB'],
    [999_499, '999 KB'],
    [1_000_000, '1.0 MB'],
    [2_290_604, '2.3 MB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('cache rules for the offline files', () => {
  it('the worker, its list and the manifest revalidate on every visit, never cached long', () => {
    const files = [
      '_astro/app.Ab12Cd34.js',
      '_astro/b.Cd34Ef56.js',
      'sw.js',
      'offline-files.json',
      'manifest.webmanifest',
      'icons/icon-192.png',
      'index.html',
    ];
    const rules = cacheRules(files);
    for (const url of ['/sw.js', '/offline-files.json', '/manifest.webmanifest', '/icons/icon-192.png']) {
      expect(headersAt(rules, url).get('cache-control'), url).toEqual([REVALIDATE]);
    }
    expect(headersAt(rules, '/_astro/app.Ab12Cd34.js').get('cache-control')).toEqual([IMMUTABLE]);
  });
});
