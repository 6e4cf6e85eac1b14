import { describe, expect, it } from 'vitest';
import {
  clampQuery,
  correctedMessage,
  formatExcerpt,
  MAX_QUERY_LENGTH,
  PAGEFIND_OPTIONS,
  readSearchParams,
  resultsMessage,
  safeExcerpt,
  SEARCH_UNAVAILABLE,
  SEARCH_UNAVAILABLE_IN_DEV,
  textFragment,
  toHit,
  unmatchedWords,
  withTextFragment,
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
    expect(safeExcerpt('a &quot;b&quot; &#39;c&#x27; &lt;mark&gt; 5 &gt; 4')).toBe("a &quot;b&quot; 'c' &lt;mark&gt; 5 &gt; 4");
    expect(safeExcerpt('say "hi" <em>now</em>')).toBe('say &quot;hi&quot; now');
  });

  it('falls back to the URL for a title and to no section, and keeps at most 3 heading sub-results by default', () => {
    const sub = (n: number) => ({ title: `Heading ${n}`, url: `/x/#h${n}`, excerpt: `e${n}` });
    const hit = toHit({
      url: '/x/',
      excerpt: 'x',
      meta: {},
      sub_results: [sub(1), { title: 'No anchor', url: '/x/', excerpt: '' }, sub(2), sub(3), sub(4)],
    });
    expect(hit.title).toBe('/x/');
    expect(hit.section).toBe('');
    expect(hit.subResults.map((s) => s.title)).toEqual(['Heading 1', 'Heading 2', 'Heading 3']);
    expect(toHit({ url: '/x/', excerpt: '', meta: { title: 'T' }, filters: { other: ['y'] } }, 1)).toMatchObject({
      section: '',
      subResults: [],
    });
    // A sub-result with an anchor but the page's own title is the page itself.
    expect(
      toHit({ url: '/x/', excerpt: '', meta: { title: 'T' }, sub_results: [{ title: 'T', url: '/x/#t', excerpt: '' }] }).subResults,
    ).toEqual([]);
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

describe('excerpts as shown', () => {
  it('end with an ellipsis where Pagefind cut a sentence, and not after a full stop', () => {
    expect(formatExcerpt('Trust needs tending for as long as a')).toBe('Trust needs tending for as long as a…');
    expect(formatExcerpt('Owning your mistakes shows <mark>integrity</mark>.')).toBe('Owning your mistakes shows <mark>integrity</mark>.');
    expect(formatExcerpt('')).toBe('');
  });

  it('drop a leading repeat of the heading they sit under', () => {
    expect(formatExcerpt('The long view. Online or off, <mark>trust</mark> grows slowly.', 'The long view')).toBe(
      'Online or off, <mark>trust</mark> grows slowly.',
    );
  });

  it('never show a sub-result that repeats the page’s own excerpt', () => {
    const hit = toHit({
      url: '/tips/x/',
      excerpt: 'Why it builds <mark>trust</mark>. Owning your mistakes',
      meta: { title: 'Tip 12' },
      sub_results: [
        { title: 'Why it builds trust', url: '/tips/x/#why', excerpt: 'Why it builds <mark>trust</mark>. Owning your mistakes' },
        { title: 'How to apologize', url: '/tips/x/#how', excerpt: 'Take <mark>responsibility</mark> for what you did.' },
      ],
    });
    expect(hit.subResults.map((s) => s.title)).toEqual(['How to apologize']);
    expect(hit.excerpt).toBe('Why it builds <mark>trust</mark>. Owning your mistakes…');
  });
});

describe('textFragment', () => {
  it('names the marked word with up to three words before it, in the same sentence', () => {
    expect(textFragment('Done. When you hurt someone, <mark>apologize</mark> without excuses.')).toBe(
      ':~:text=you%20hurt%20someone%2C-,apologize',
    );
    expect(textFragment('Start here: a <mark>sincere</mark> word')).toBe(':~:text=a-,sincere');
  });
  it('uses words after the match when nothing comes before it', () => {
    expect(textFragment('<mark>Empathy</mark> matters in every relationship.')).toBe(':~:text=Empathy,-matters%20in%20every');
    expect(textFragment('End. <mark>Empathy</mark> matters. More')).toBe(':~:text=Empathy,-matters');
    expect(textFragment('<mark>Empathy</mark>')).toBe(':~:text=Empathy');
  });
  it('keeps a marked phrase together and encodes the characters the syntax uses', () => {
    expect(textFragment('Try a <mark>video</mark> <mark>call</mark> tonight')).toBe(':~:text=Try%20a-,video%20call');
    expect(textFragment('check-in &amp; <mark>well-being</mark>')).toBe(':~:text=check%2Din%20%26-,well%2Dbeing');
    expect(textFragment('"<mark>trust</mark>"')).toBe(':~:text=%22-,trust');
  });
  it('is empty when the excerpt marks nothing (a keyword or corrected-word match)', () => {
    expect(textFragment('No marks here')).toBe('');
    expect(textFragment('<mark> ... </mark> x')).toBe('');
    expect(textFragment('')).toBe('');
  });
});

describe('withTextFragment', () => {
  it('adds the fragment after an anchor, or starts one', () => {
    expect(withTextFragment('/tips/a/', 'say <mark>sorry</mark>')).toBe('/tips/a/#:~:text=say-,sorry');
    expect(withTextFragment('/tips/a/#how', 'say <mark>sorry</mark>')).toBe('/tips/a/#how:~:text=say-,sorry');
    expect(withTextFragment('/tips/a/', 'no match')).toBe('/tips/a/');
  });
  it('is applied to hits and their sub-results, never as a query parameter', () => {
    const hit = toHit({
      url: '/tips/show-empathy/',
      excerpt: 'Show <mark>empathy</mark> daily',
      meta: { title: 'Tip 2' },
      sub_results: [{ title: 'Online', url: '/tips/show-empathy/#online', excerpt: 'Why <mark>empathy</mark> helps' }],
    });
    expect(hit.url).toBe('/tips/show-empathy/#:~:text=Show-,empathy');
    expect(hit.subResults[0]?.url).toBe('/tips/show-empathy/#online:~:text=Why-,empathy');
    expect(hit.url).not.toContain('?');
  });
});

describe('PAGEFIND_OPTIONS', () => {
  it('weights keywords above body text and below titles, without a worker', () => {
    const { title, keywords } = PAGEFIND_OPTIONS.ranking.metaWeights;
    expect(keywords).toBeGreaterThan(1);
    expect(keywords).toBeLessThan(title);
    expect(PAGEFIND_OPTIONS.noWorker).toBe(true);
  });
});

describe('unmatchedWords', () => {
  it('lists query words no excerpt marks', () => {
    expect(unmatchedWords('emapthy', ['Necka, <mark>E.</mark> A.'])).toEqual(['emapthy']);
    expect(unmatchedWords('Ghosting', ['No marks at all'])).toEqual(['ghosting']);
    expect(unmatchedWords('listening well', ['<mark>Listen</mark> closely', 'and <mark>well</mark>'])).toEqual([]);
    expect(unmatchedWords('listening boundries', ['<mark>Listen</mark>', '<mark>bound</mark>'])).toEqual([]);
    expect(unmatchedWords('listening boundries', ['<mark>Listen</mark>', '<mark>bo</mark>'])).toEqual(['boundries']);
  });
  it('ignores words under 4 letters and empty queries', () => {
    expect(unmatchedWords('a to be', [])).toEqual([]);
    expect(unmatchedWords('', ['<mark>x</mark>'])).toEqual([]);
    expect(unmatchedWords('care', [])).toEqual(['care']);
    expect(unmatchedWords('cares', ['<mark>car</mark>'])).toEqual([]);
    expect(unmatchedWords('cares', ['<mark>ca</mark>'])).toEqual(['cares']);
  });
});

describe('correctedMessage', () => {
  it('says the typed words found nothing and names the correction', () => {
    expect(correctedMessage(' emapthy ', 'empathy', 2)).toBe('No results for “emapthy”. 2 results for “empathy”.');
    expect(correctedMessage('boundries', 'boundaries', 1)).toBe('No results for “boundries”. 1 result for “boundaries”.');
  });
});
