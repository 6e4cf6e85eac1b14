import { describe, expect, it } from 'vitest';
import { compareVisits, VISIT_GOALS, visitFigures, visitMedians } from './visit-ratios.ts';

describe('visitFigures', () => {
  it('splits a visit into its first page and the later ones', () => {
    expect(visitFigures([30_000, 5_000, 4_000, 4_000, 6_000], 900)).toEqual({
      totalBytes: 49_000,
      firstBytes: 30_000,
      laterBytes: 19_000,
      firstLcpMs: 900,
    });
    expect(() => visitFigures([], 0)).toThrow('no pages');
  });
});

describe('visitMedians', () => {
  it('takes the median of each figure and of each page, over the runs', () => {
    const run = (first: number, lcp: number) => ({ figures: visitFigures([first, 10, 20], lcp), pageBytes: [first, 10, 20] });
    expect(visitMedians([run(100, 800), run(300, 1000), run(200, 900)])).toEqual({
      totalBytes: 230,
      firstBytes: 200,
      laterBytes: 30,
      firstLcpMs: 900,
      pageBytes: [200, 10, 20],
    });
  });
});

describe('compareVisits', () => {
  it('holds the ratios to issue 23 goals: whole ≤ 0.40, later ≤ 0.60, first ≤ 0.25, LCP ≤ 0.9', () => {
    expect(VISIT_GOALS).toEqual({ totalBytes: 0.4, laterBytes: 0.6, firstBytes: 0.25, firstLcpMs: 0.9 });
    const rows = compareVisits(
      { totalBytes: 40, laterBytes: 61, firstBytes: 25, firstLcpMs: 900 },
      { totalBytes: 100, laterBytes: 100, firstBytes: 100, firstLcpMs: 1000 },
    );
    expect(rows.map((r) => [r.goal, r.ratio, r.max, r.pass])).toEqual([
      ['totalBytes', 0.4, 0.4, true],
      ['laterBytes', 0.61, 0.6, false],
      ['firstBytes', 0.25, 0.25, true],
      ['firstLcpMs', 0.9, 0.9, true],
    ]);
  });

  it('judges the exact ratio, not the rounded one, and fails against a zero', () => {
    const [whole] = compareVisits(
      { totalBytes: 40.4, laterBytes: 0, firstBytes: 0, firstLcpMs: 0 },
      { totalBytes: 100, laterBytes: 0, firstBytes: 1, firstLcpMs: 1 },
    );
    expect(whole?.ratio).toBe(0.4);
    expect(whole?.pass).toBe(false);
    expect(
      compareVisits(
        { totalBytes: 1, laterBytes: 1, firstBytes: 1, firstLcpMs: 1 },
        { totalBytes: 1, laterBytes: 0, firstBytes: 1, firstLcpMs: 1 },
      )[1]?.pass,
    ).toBe(false);
  });
});
