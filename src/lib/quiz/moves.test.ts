import { describe, expect, it } from 'vitest';
import { seededRandom, shuffle } from './moves';

describe('seeded random numbers', () => {
  /** mulberry32 as its author published it, to compare against. */
  function reference(seed: number): () => number {
    let a = seed;
    return () => {
      a += 0x6d2b79f5;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('follow mulberry32 exactly, in [0, 1)', () => {
    for (const seed of [0, 1, 42, 2 ** 31, 0xffffffff]) {
      const ours = seededRandom(seed);
      const theirs = reference(seed);
      for (let i = 0; i < 5; i++) {
        const n = ours();
        expect(n).toBe(theirs());
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThan(1);
      }
    }
  });

  it('shuffle keeps a single item and moves items for some seed', () => {
    expect(shuffle(['only'], 5)).toEqual(['only']);
    expect(shuffle([], 5)).toEqual([]);
    const moved = [1, 2, 3, 4, 5].map((seed) => shuffle(['a', 'b', 'c'], seed)[0]);
    expect(new Set(moved).size).toBeGreaterThan(1);
  });
});
