import { describe, expect, it } from 'vitest';
import { readSearchParams, resultsMessage, safeExcerpt, toHit, writeSearchParams } from './search';

describe('search results', () => {
  it('keeps <mark> and escapes everything else in excerpts', () => {
    expect(safeExcerpt('Say <mark>thank</mark> you &amp; mean it')).toBe('Say <mark>thank</mark> you &amp; mean it');
    expect(safeExcerpt('<img src=x onerror=alert(1)>hi &lt;b&gt;')).toBe('hi &lt;b&gt;');
  });

  it('builds a hit with its section and heading sub-results only', () => {
    const hit = toHit({
      url: '/tips/show-empathy/',
      excerpt: 'Show <mark>empathy</mark>',
      meta: { title: 'Tip 2: Show empathy and understanding' },
      filters: { section: ['Tips'] },
      sub_results: [
        { title: 'Tip 2: Show empathy and understanding', url: '/tips/show-empathy/', excerpt: 'page' },
        { title: 'What empathy looks like online', url: '/tips/show-empathy/#what-empathy-looks-like-online', excerpt: 'x' },
      ],
    });
    expect(hit.section).toBe('Tips');
    expect(hit.subResults).toEqual([
      { title: 'What empathy looks like online', url: '/tips/show-empathy/#what-empathy-looks-like-online', excerpt: 'x' },
    ]);
  });

  it('words the announcement for none, one and many', () => {
    expect(resultsMessage('  ', 3)).toBe('');
    expect(resultsMessage('trust', 0)).toBe('No results for “trust”.');
    expect(resultsMessage('trust', 1)).toBe('1 result for “trust”.');
    expect(resultsMessage('trust', 7)).toBe('7 results for “trust”.');
  });

  it('reads and writes shareable search URLs', () => {
    expect(readSearchParams('?q=gratitude&section=Tips')).toEqual({ query: 'gratitude', section: 'Tips' });
    expect(readSearchParams('?q=x&section=Nope')).toEqual({ query: 'x', section: null });
    expect(writeSearchParams('kind words', 'Guide')).toBe('?q=kind+words&section=Guide');
    expect(writeSearchParams('', null)).toBe('');
  });
});
