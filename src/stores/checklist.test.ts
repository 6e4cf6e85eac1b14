import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECKLIST_STORAGE_KEY as KEY } from '../consts';
import { readStoredChecklist } from '../lib/checklist/sync';
import { installFakeBrowser, type FakeBrowser } from './test-storage';

let browser: FakeBrowser;
const load = async () => {
  const checklist = await import('./checklist');
  const storage = await import('./storage');
  return { ...checklist, $storageWorks: storage.$storageWorks };
};
const saved = () => {
  const stored = readStoredChecklist(browser.local.getItem(KEY));
  return stored.kind === 'ok' ? stored.doc.state : stored.kind;
};

beforeEach(() => {
  vi.resetModules();
  browser = installFakeBrowser();
});
afterEach(() => vi.unstubAllGlobals());

describe('checklist store', () => {
  it('saves each tick and reads saved progress on load', async () => {
    const first = await load();
    first.markDay(2, true);
    first.markHabit('2026-11-22', 'morning', true);
    expect(saved()).toMatchObject({ days: [2], habits: { '2026-11-22': ['morning'] } });
    vi.resetModules();
    const again = await load();
    expect(again.$checklist.get().days).toEqual([2]);
  });

  it('merges another tab’s ticks and writes back the union so that tab sees ours', async () => {
    const other = await load();
    other.markDay(5, true);
    const theirs = browser.local.getItem(KEY) as string;
    vi.resetModules();
    browser.local.clear();
    const mine = await load();
    mine.markDay(1, true);
    browser.otherTabWrites(KEY, theirs);
    expect(mine.$checklist.get().days).toEqual([1, 5]);
    expect(saved()).toMatchObject({ days: [1, 5] });
  });

  it.each([
    ['garbage', 'garbage'],
    ['null', 'null'],
    ['truncated JSON', '{"version":3,"days":[1'],
    ['out-of-range days', JSON.stringify({ version: 2, days: [99], startDate: null, habits: {} })],
    ['a huge string', JSON.stringify('x'.repeat(200_000))],
  ])('ignores %s from another tab: keeps its state and does not write over it', async (_, raw) => {
    const mine = await load();
    mine.markDay(3, true);
    browser.otherTabWrites(KEY, raw);
    expect(mine.$checklist.get().days).toEqual([3]);
    expect(browser.local.getItem(KEY)).toBe(raw);
    mine.markDay(4, true); // the reader's next tick saves their progress again
    expect(saved()).toMatchObject({ days: [3, 4] });
  });

  it('never overwrites progress saved by a newer version', async () => {
    const newer = JSON.stringify({ version: 9, days: 'new shape' });
    browser.local.setItem(KEY, newer);
    const store = await load();
    expect(store.$checklistReadOnly.get()).toBe(true);
    store.markDay(1, true);
    expect(browser.local.getItem(KEY)).toBe(newer);
  });

  it('turns read-only when another tab saves a newer version', async () => {
    const store = await load();
    store.markDay(1, true);
    const newer = JSON.stringify({ version: 4 });
    browser.otherTabWrites(KEY, newer);
    expect(store.$checklistReadOnly.get()).toBe(true);
    store.markDay(2, true);
    expect(browser.local.getItem(KEY)).toBe(newer);
    expect(store.$checklist.get().days).toEqual([1]);
  });

  it('shows saved progress when storage refuses writes from the start', async () => {
    browser.local.setItem(KEY, JSON.stringify({ version: 2, days: [1, 2, 3], startDate: null, habits: {} }));
    browser.local.refuseWrites = true;
    const store = await load();
    expect(store.$storageWorks.get()).toBe(false);
    expect(store.$checklist.get().days).toEqual([1, 2, 3]);
    store.markDay(4, true);
    expect(store.$checklist.get().days).toEqual([1, 2, 3, 4]);
  });

  it('keeps working in memory when storage refuses writes mid-session', async () => {
    const store = await load();
    store.markDay(1, true);
    expect(store.$storageWorks.get()).toBe(true);
    browser.local.refuseWrites = true;
    store.markDay(2, true);
    expect(store.$storageWorks.get()).toBe(false);
    expect(store.$checklist.get().days).toEqual([1, 2]);
    store.markDay(3, true);
    expect(store.$checklist.get().days).toEqual([1, 2, 3]);
    expect(saved()).toMatchObject({ days: [1] }); // what was saved before stays saved
  });

  it('a late event never writes over a newer version saved since', async () => {
    const other = await load();
    other.markDay(5, true);
    const late = browser.local.getItem(KEY) as string;
    vi.resetModules();
    browser.local.clear();
    const mine = await load();
    mine.markDay(1, true);
    const newer = JSON.stringify({ version: 4, anything: true });
    browser.local.map.set(KEY, newer); // a newer version's tab wrote after the late event was sent
    window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY, newValue: late }));
    expect(browser.local.getItem(KEY)).toBe(newer);
    expect(mine.$checklistReadOnly.get()).toBe(true);
  });

  it('merges what storage holds now, not only what a late event carried', async () => {
    const mine = await load();
    mine.markDay(1, true);
    const theirs = JSON.stringify({ version: 3, days: [2], startDate: null, habits: {}, stamps: { 'day:2': 1_900_000_000_000 } });
    const later = JSON.stringify({
      version: 3,
      days: [2, 3],
      startDate: null,
      habits: {},
      stamps: { 'day:2': 1_900_000_000_000, 'day:3': 1_900_000_000_001 },
    });
    // The event carries an older value than storage holds by the time it arrives.
    browser.local.map.set(KEY, later);
    window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY, newValue: theirs }));
    expect(mine.$checklist.get().days).toEqual([1, 2, 3]);
    expect(saved()).toMatchObject({ days: [1, 2, 3] });
  });

  it('a reset reaches other tabs instead of being undone by them', async () => {
    const store = await load();
    store.markDay(1, true);
    store.markDay(2, true);
    const before = browser.local.getItem(KEY) as string;
    store.resetChecklist();
    browser.otherTabWrites(KEY, before); // a tab that has not heard of the reset writes its old value
    expect(store.$checklist.get().days).toEqual([]);
  });
});
