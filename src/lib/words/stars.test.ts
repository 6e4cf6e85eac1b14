import { describe, expect, it } from 'vitest';
import { EMPTY_STARS, encodeStars, mergeStars, readStarsValue, readStoredStars, setStar, type StarsDoc } from './stars';
import { starsExportFields, starsInExport } from './stars-file';

const doc = (starred: string[], stamps: Record<string, number>): StarsDoc => ({ starred, stamps });

describe('starring', () => {
  it('stars and unstars, stamping the change later than any change seen', () => {
    const a = setStar(EMPTY_STARS, 'hello', true, 100);
    expect(a).toEqual(doc(['hello'], { hello: 100 }));
    // A clock set back still stamps later.
    expect(setStar(a, 'hello', false, 50)).toEqual(doc([], { hello: 101 }));
    expect(setStar(a, 'bye', true, 200)).toEqual(doc(['bye', 'hello'], { bye: 200, hello: 100 }));
  });

  it('ignores an id that is not a message id', () => {
    expect(setStar(EMPTY_STARS, 'Not an id', true, 1)).toBe(EMPTY_STARS);
  });
});

describe('merging stars from two tabs', () => {
  it('keeps stars made in either tab', () => {
    expect(mergeStars(doc(['a'], { a: 1 }), doc(['b'], { b: 2 }))).toEqual(doc(['a', 'b'], { a: 1, b: 2 }));
  });

  it('lets the later change win, so an unstar (a tombstone) is never undone by an older star', () => {
    const starred = doc(['a'], { a: 5 });
    const unstarred = doc([], { a: 9 });
    expect(mergeStars(starred, unstarred)).toEqual(doc([], { a: 9 }));
    expect(mergeStars(unstarred, starred)).toEqual(doc([], { a: 9 }));
    // A star made after the unstar wins.
    expect(mergeStars(unstarred, doc(['a'], { a: 12 }))).toEqual(doc(['a'], { a: 12 }));
  });

  it('keeps a star either side has when the times are equal or missing', () => {
    expect(mergeStars(doc(['a'], {}), doc([], {}))).toEqual(doc(['a'], {}));
    expect(mergeStars(doc(['a'], { a: 3 }), doc([], { a: 3 }))).toEqual(doc(['a'], { a: 3 }));
  });

  it('is commutative and idempotent', () => {
    const x = doc(['a', 'c'], { a: 4, b: 7, c: 1 });
    const y = doc(['b', 'd'], { a: 6, b: 2, d: 3 });
    expect(encodeStars(mergeStars(x, y))).toBe(encodeStars(mergeStars(y, x)));
    expect(mergeStars(x, x)).toEqual(x);
    expect(mergeStars(mergeStars(x, y), y)).toEqual(mergeStars(x, y));
  });
});

describe('reading stored stars', () => {
  it('round-trips what it writes, canonically', () => {
    const d = doc(['b', 'a'], { b: 2, a: 1 });
    expect(encodeStars(d)).toBe('{"version":1,"starred":["a","b"],"stamps":{"a":1,"b":2}}');
    expect(readStoredStars(encodeStars(d))).toEqual({ kind: 'ok', doc: doc(['a', 'b'], { a: 1, b: 2 }) });
  });

  it('calls nothing stored empty, a newer version newer, and anything damaged or foreign invalid', () => {
    expect(readStoredStars(null)).toEqual({ kind: 'empty' });
    expect(readStoredStars('{"version":2,"anything":true}')).toEqual({ kind: 'newer', version: 2 });
    for (const raw of [
      '{"version":1,"starred":["a"]',
      '[1,2]',
      '{"version":1,"starred":"a","stamps":{}}',
      '{"version":1,"starred":["<script>"],"stamps":{}}',
      '{"version":1,"starred":[],"stamps":{"a":-1}}',
      '{"version":1,"starred":[],"stamps":[]}',
      '{"starred":[],"stamps":{}}',
      JSON.stringify({ version: 1, starred: Array.from({ length: 2001 }, (_, i) => `m${i}`), stamps: {} }),
    ])
      expect(readStoredStars(raw).kind, raw.slice(0, 40)).toBe('invalid');
  });

  it('reads a parsed value the same way', () => {
    expect(readStarsValue(undefined)).toEqual({ kind: 'empty' });
    expect(readStarsValue('x').kind).toBe('invalid');
    expect(readStarsValue({ version: 3 })).toEqual({ kind: 'newer', version: 3 });
  });
});

describe('stars in the export file', () => {
  it('adds a stars field only when there is something to carry', () => {
    expect(starsExportFields(EMPTY_STARS)).toEqual({});
    expect(starsExportFields(doc([], { a: 4 }))).toEqual({ stars: { version: 1, starred: [], stamps: { a: 4 } } });
  });

  it('reads the stars of a file, and tells a file without them from one whose stars are damaged or newer', () => {
    const file = JSON.stringify({ format: 'kindred-checklist', progress: {}, ...starsExportFields(doc(['a'], { a: 4 })) });
    expect(starsInExport(file)).toEqual({ kind: 'ok', doc: doc(['a'], { a: 4 }) });
    expect(starsInExport('{"format":"kindred-checklist","progress":{}}')).toEqual({ kind: 'empty' });
    expect(starsInExport('{"stars":{"version":9}}')).toEqual({ kind: 'newer', version: 9 });
    expect(starsInExport('{"stars":{"version":1,"starred":5}}')).toMatchObject({ kind: 'invalid' });
    expect(starsInExport('not json')).toEqual({ kind: 'empty' });
    expect(starsInExport('[]')).toEqual({ kind: 'empty' });
  });
});

describe('hostile stars', () => {
  it('treats "constructor" as a plain message id', () => {
    const merged = mergeStars(EMPTY_STARS, { starred: ['constructor'], stamps: {} });
    expect(merged).toEqual({ starred: ['constructor'], stamps: {} });
    expect(readStoredStars(encodeStars(merged)).kind).toBe('ok');
    expect(readStoredStars(encodeStars(setStar(merged, 'constructor', false, 5))).kind).toBe('ok');
  });

  it('refuses a stamp past what a date can hold, and stamps never pass it', () => {
    const huge = JSON.stringify({ version: 1, starred: [], stamps: { 'a-b': Number.MAX_SAFE_INTEGER } });
    expect(readStoredStars(huge).kind).toBe('invalid');
    const atMax = setStar({ starred: [], stamps: { 'a-b': 8.64e15 } }, 'c-d', true, 5);
    expect(readStoredStars(encodeStars(atMax)).kind).toBe('ok');
  });
});
