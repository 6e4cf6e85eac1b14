import { describe, expect, it } from 'vitest';
import { addRecent, decodeRecent, MAX_RECENT } from './recent';
import { MAX_QUERY_LENGTH } from './search';

describe('decodeRecent', () => {
  it('reads a stored list, newest first', () => {
    expect(decodeRecent('["trust","empathy"]')).toEqual(['trust', 'empathy']);
  });
  it('ignores anything that is not a list of strings', () => {
    for (const raw of [null, '', 'garbage', '{"q":"x"}', '"trust"', '42', '[1, null]']) expect(decodeRecent(raw)).toEqual([]);
    expect(decodeRecent('["trust", 3, {"a":1}, "care"]')).toEqual(['trust', 'care']);
  });
  it('trims, caps, drops empty and repeated queries and keeps at most MAX_RECENT', () => {
    expect(decodeRecent(JSON.stringify(['  a ', '', 'A', 'b', 'c', 'd', 'e', 'f']))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(decodeRecent(JSON.stringify(['x'.repeat(500)]))[0]).toHaveLength(MAX_QUERY_LENGTH);
    expect(MAX_RECENT).toBe(5);
  });
});

describe('addRecent', () => {
  it('puts the query first, moving it up if it was there', () => {
    expect(addRecent(['a', 'b'], 'c')).toEqual(['c', 'a', 'b']);
    expect(addRecent(['a', 'b', 'c'], ' B ')).toEqual(['B', 'a', 'c']);
  });
  it('keeps at most MAX_RECENT and ignores blank queries', () => {
    expect(addRecent(['1', '2', '3', '4', '5'], '6')).toEqual(['6', '1', '2', '3', '4']);
    const list = ['a'];
    expect(addRecent(list, '   ')).toEqual(['a']);
    expect(addRecent(list, '   ')).not.toBe(list);
    expect(addRecent([], 'x'.repeat(300))[0]).toHaveLength(MAX_QUERY_LENGTH);
  });
});
