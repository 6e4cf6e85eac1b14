import { describe, expect, it } from 'vitest';
import { correctedMessage, PAGEFIND_OPTIONS, textFragment, toHit, unmatchedWords, withTextFragment } from './search';

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
