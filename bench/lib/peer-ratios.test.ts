import { describe, expect, it } from 'vitest';
import { byteKind, comparePeers, median, peerMedians, PEER_GOALS } from './peer-ratios.ts';
import type { PeerRun } from './peer-search.ts';

const run = (site: string, firstSearchBytes: number, firstResultMs: number, laterBytes: number[]): PeerRun => ({
  site,
  firstSearchBytes,
  firstSearchParts: {
    'page and search UI': firstSearchBytes / 2,
    'Pagefind runtime, WebAssembly and index': firstSearchBytes / 2,
    excerpts: 0,
  },
  firstResultMs,
  laterBytes,
  laterMs: laterBytes.map(() => 0),
});

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 9, 3, 7])).toBe(5);
  });
  it('averages the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow();
  });
});

describe('peerMedians', () => {
  it('takes each figure’s median over the runs; later bytes as the median of per-run totals', () => {
    const m = peerMedians([run('K', 100, 900, [1, 2]), run('K', 300, 100, [10, 0]), run('K', 200, 500, [4, 4])]);
    expect(m).toEqual({
      firstSearchBytes: 200,
      slowFirstResultMs: 500,
      laterBytes: 8,
      laterBytesPerQuery: [4, 2],
      firstSearchParts: { 'page and search UI': 100, 'Pagefind runtime, WebAssembly and index': 100, excerpts: 0 },
    });
  });
});

describe('comparePeers', () => {
  const starlight = {
    firstSearchBytes: 1000,
    laterBytes: 100,
    slowFirstResultMs: 2000,
    laterBytesPerQuery: [],
    firstSearchParts: { 'page and search UI': 0, 'Pagefind runtime, WebAssembly and index': 0, excerpts: 0 },
  };

  it('passes each goal at or under its ratio and fails above it', () => {
    const at = comparePeers(
      {
        firstSearchBytes: 700,
        laterBytes: 100,
        slowFirstResultMs: 1700,
        laterBytesPerQuery: [],
        firstSearchParts: { 'page and search UI': 0, 'Pagefind runtime, WebAssembly and index': 0, excerpts: 0 },
      },
      starlight,
    );
    expect(at.map((c) => [c.goal, c.ratio, c.pass])).toEqual([
      ['firstSearchBytes', 0.7, true],
      ['laterBytes', 1, true],
      ['slowFirstResultMs', 0.85, true],
    ]);
    const over = comparePeers(
      {
        firstSearchBytes: 701,
        laterBytes: 101,
        slowFirstResultMs: 1702,
        laterBytesPerQuery: [],
        firstSearchParts: { 'page and search UI': 0, 'Pagefind runtime, WebAssembly and index': 0, excerpts: 0 },
      },
      starlight,
    );
    expect(over.map((c) => c.pass)).toEqual([false, false, false]);
  });

  it('judges the exact ratio, not the rounded one it prints', () => {
    const [first] = comparePeers(
      {
        firstSearchBytes: 704,
        laterBytes: 0,
        slowFirstResultMs: 0,
        laterBytesPerQuery: [],
        firstSearchParts: { 'page and search UI': 0, 'Pagefind runtime, WebAssembly and index': 0, excerpts: 0 },
      },
      starlight,
    );
    expect(first?.ratio).toBe(0.7);
    expect(first?.pass).toBe(false);
  });

  it('keeps the goals of issue 15', () => {
    expect(PEER_GOALS).toEqual({ firstSearchBytes: 0.7, laterBytes: 1, slowFirstResultMs: 0.85 });
  });
});

describe('byteKind', () => {
  it('tells excerpts, the rest of Pagefind, and everything else apart by path', () => {
    expect(byteKind('http://x/pagefind/fragment/en_1.pf_fragment')).toBe('excerpts');
    expect(byteKind('http://x/pagefind/wasm.en.pagefind')).toBe('Pagefind runtime, WebAssembly and index');
    expect(byteKind('http://x/pagefind/index/en_2.pf_index')).toBe('Pagefind runtime, WebAssembly and index');
    expect(byteKind('http://x/_astro/search.js')).toBe('page and search UI');
    expect(byteKind('http://x/tips/keep-humor/')).toBe('page and search UI');
  });
});
