import { describe, expect, it } from 'vitest';
import { changeSinceFirst, describeChange, totalsOf } from './change';
import type { CheckIn } from './sync';

const at = (n: number, over: Partial<CheckIn> = {}): CheckIn => ({
  id: `id-000${n}`,
  date: `2026-11-0${n}`,
  at: n,
  scale: [3, 2, 2],
  themes: { communication: 2, empathy: 2, respect: 2, reliability: 2, connection: 2, growth: 2 },
  struggling: false,
  ...over,
});

describe('what changed since the first check-in', () => {
  it('needs two check-ins', () => {
    expect(changeSinceFirst([])).toBeNull();
    expect(changeSinceFirst([at(1)])).toBeNull();
  });

  it('compares the latest with the first, not the one before', () => {
    const latest = at(3, {
      scale: [2, 1, 2],
      themes: { communication: 3, empathy: 2, respect: 1, reliability: 2, connection: 3, growth: 2 },
    });
    const change = changeSinceFirst([at(1), at(2, { scale: [3, 3, 3] }), latest]);
    expect(change).toMatchObject({ scale: -2, up: ['communication', 'connection'], down: ['respect'] });
    expect(totalsOf(latest)).toEqual({ scale: 5, themes: 13 });
    const words = describeChange(change!, (t) => t.toUpperCase());
    expect(words).toEqual([
      'Feeling left out, isolated or short of company came less often: your total went down from 7 to 5.',
      'You do more of this now: COMMUNICATION and CONNECTION.',
      'You do less of this now: RESPECT.',
      'The same as before: EMPATHY, RELIABILITY and GROWTH.',
    ]);
  });

  it('says so when nothing moved, or the total went up', () => {
    expect(describeChange(changeSinceFirst([at(1), at(2)])!, String)).toEqual([
      'Feeling left out, isolated or short of company came about as often as before: your total is 7, as it was.',
      'How you show up online is the same as the first time.',
    ]);
    expect(describeChange(changeSinceFirst([at(1), at(2, { scale: [3, 3, 3] })])!, String)[0]).toContain('went up from 7 to 9');
  });
});
