import { describe, expect, it } from 'vitest';
import {
  clampQuery,
  MAX_QUERY_LENGTH,
  readSearchParams,
  resultsMessage,
  safeExcerpt,
  SEARCH_UNAVAILABLE,
  SEARCH_UNAVAILABLE_IN_DEV,
  toHit,
  writeSearchParams,
} from './search';

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
      { title: 'What empathy looks like online', url: '/tips/show-empathy/#what-empathy-looks-like-online', excerpt: 'x…' },
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

describe('search results, edge cases', () => {
  it('decodes entities once and escapes quotes and markup in the text', () => {
    expect(safeExcerpt('a &quot;b&quot; &#39;c&#x27; &lt;mark&gt; 5 &gt; 4')).toBe('a &quot;b&quot; \'c\' &lt;mark&gt; 5 &gt; 4');
    expect(safeExcerpt('say "hi" <em>now</em>')).toBe('say &quot;hi&quot; now');
  });

  it('falls back to the URL for a title and to no section, and keeps at most 3 heading sub-results by default', () => {
    const sub = (n: number) => ({ title: `Heading ${n}`, url: `/x/#h${n}`, excerpt: `e${n}` });
    const hit = toHit({ url: '/x/', excerpt: 'x', meta: {}, sub_results: [sub(1), { title: 'No anchor', url: '/x/', excerpt: '' }, sub(2), sub(3), sub(4)] });
    expect(hit.title).toBe('/x/');
    expect(hit.section).toBe('');
    expect(hit.subResults.map((s) => s.title)).toEqual(['Heading 1', 'Heading 2', 'Heading 3']);
    expect(toHit({ url: '/x/', excerpt: '', meta: { title: 'T' }, filters: { other: ['y'] } }, 1)).toMatchObject({ section: '', subResults: [] });
    // A sub-result with an anchor but the page's own title is the page itself.
    expect(toHit({ url: '/x/', excerpt: '', meta: { title: 'T' }, sub_results: [{ title: 'T', url: '/x/#t', excerpt: '' }] }).subResults).toEqual([]);
  });

  it('trims the query in the announcement', () => {
    expect(resultsMessage('  trust ', 0)).toBe('No results for “trust”.');
    expect(resultsMessage(' trust ', 1)).toBe('1 result for “trust”.');
    expect(resultsMessage(' trust ', 2)).toBe('2 results for “trust”.');
  });

  it('cuts a query to the longest the search accepts', () => {
    expect(clampQuery('q'.repeat(MAX_QUERY_LENGTH + 5))).toHaveLength(MAX_QUERY_LENGTH);
    expect(readSearchParams(`?q=${'q'.repeat(MAX_QUERY_LENGTH + 5)}`).query).toHaveLength(MAX_QUERY_LENGTH);
    expect(readSearchParams('?section=Tips')).toEqual({ query: '', section: 'Tips' });
  });

  it('says search is unavailable in words a reader can act on', () => {
    expect(SEARCH_UNAVAILABLE).toMatch(/^Search is not available right now\. .*guide.*tips/);
    expect(SEARCH_UNAVAILABLE_IN_DEV).toContain('npm run build');
  });
});
