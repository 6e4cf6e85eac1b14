/** The stars store in a fake browser: saving, merging with another tab, and leaving damaged or newer values alone. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STARS_STORAGE_KEY } from '../consts';
import { installFakeBrowser, type FakeBrowser } from './test-storage';

let browser: FakeBrowser;
beforeEach(() => {
  vi.resetModules();
  browser = installFakeBrowser();
});
afterEach(() => vi.unstubAllGlobals());

const load = () => import('./stars');
const stored = () => JSON.parse(browser.local.map.get(STARS_STORAGE_KEY) ?? 'null');

describe('stars store', () => {
  it('saves a star and keeps another tab’s star made meanwhile', async () => {
    const { $stars, markStar } = await load();
    markStar('hello-new-here', true);
    browser.otherTabWrites(
      STARS_STORAGE_KEY,
      JSON.stringify({ version: 1, starred: ['hello-new-here', 'sorry-forgot'], stamps: { 'hello-new-here': 1, 'sorry-forgot': 1 } }),
    );
    expect($stars.get().starred).toEqual(['hello-new-here', 'sorry-forgot']);
    markStar('hello-new-here', false);
    expect(stored().starred).toEqual(['sorry-forgot']);
  });

  it('ignores a damaged value and does not write over it until the reader stars something', async () => {
    browser.local.map.set(STARS_STORAGE_KEY, '{"version":1,"starred":');
    const { $stars, $starsReadOnly } = await load();
    expect($stars.get().starred).toEqual([]);
    expect($starsReadOnly.get()).toBe(false);
    expect(browser.local.map.get(STARS_STORAGE_KEY)).toBe('{"version":1,"starred":');
  });

  it('never overwrites stars saved by a newer version', async () => {
    browser.local.map.set(STARS_STORAGE_KEY, '{"version":2,"future":true}');
    const { markStar, mergeStarsIn, $starsReadOnly } = await load();
    expect($starsReadOnly.get()).toBe(true);
    expect(markStar('a', true)).toBe(false);
    expect(mergeStarsIn({ starred: ['a'], stamps: { a: 1 } })).toBe(false);
    expect(browser.local.map.get(STARS_STORAGE_KEY)).toBe('{"version":2,"future":true}');
  });

  it('merges imported stars by their times', async () => {
    const { $stars, markStar, mergeStarsIn } = await load();
    markStar('a', true);
    const later = Date.now() + 60_000;
    mergeStarsIn({ starred: ['b'], stamps: { a: later, b: 5 } });
    expect($stars.get().starred).toEqual(['b']);
  });
});
