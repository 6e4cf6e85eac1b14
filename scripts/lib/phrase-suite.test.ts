import { describe, expect, it } from 'vitest';
import { judgePhrases, MIN_RIGHT_SHARE, resultPath } from './phrase-suite.ts';
import { READER_PHRASES, type ReaderPhrase } from './reader-phrases.ts';

const phrase = (pages: string[]): ReaderPhrase => ({ kind: 'question', phrase: 'x', pages });

describe('resultPath', () => {
  it('drops text fragments, anchors and queries', () => {
    expect(resultPath('/tips/a/#:~:text=sorry')).toBe('/tips/a/');
    expect(resultPath('/guide/faqs/#how-do-i:~:text=x')).toBe('/guide/faqs/');
    expect(resultPath('/search/?q=a')).toBe('/search/');
  });
});

describe('judgePhrases', () => {
  it('counts a phrase right when any of its pages is in the top three', () => {
    const verdict = judgePhrases([
      { phrase: phrase(['/a/', '/b/']), results: ['/x/', '/y/', '/b/#:~:text=q'] },
      { phrase: phrase(['/a/']), results: ['/x/', '/y/', '/z/', '/a/'] },
    ]);
    expect(verdict.right).toBe(1);
    expect(verdict.share).toBe(0.5);
    expect(verdict.wrong.map((o) => o.results[3])).toEqual(['/a/']);
    expect(verdict.pass).toBe(false);
  });
  it('fails on any phrase that found nothing, even when the share is met', () => {
    const right = Array.from({ length: 19 }, () => ({ phrase: phrase(['/a/']), results: ['/a/'] }));
    const verdict = judgePhrases([...right, { phrase: phrase(['/a/']), results: [] }]);
    expect(verdict.share).toBe(0.95);
    expect(verdict.empty).toHaveLength(1);
    expect(verdict.pass).toBe(false);
    expect(judgePhrases(right).pass).toBe(true);
  });
  it('passes at exactly the required share and not below', () => {
    const of = (rightCount: number) =>
      judgePhrases(Array.from({ length: 10 }, (_, i) => ({ phrase: phrase(['/a/']), results: [i < rightCount ? '/a/' : '/b/'] })));
    expect(of(MIN_RIGHT_SHARE * 10).pass).toBe(true);
    expect(of(MIN_RIGHT_SHARE * 10 - 1).pass).toBe(false);
    expect(judgePhrases([]).pass).toBe(false);
  });
});

describe('the reader phrases', () => {
  it('hold at least 60 distinct phrases, each naming a page', () => {
    expect(READER_PHRASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(READER_PHRASES.map((p) => p.phrase)).size).toBe(READER_PHRASES.length);
    for (const p of READER_PHRASES) expect(p.pages.length, p.phrase).toBeGreaterThan(0);
  });
  it('cover questions, feelings, situations and typos', () => {
    expect(new Set(READER_PHRASES.map((p) => p.kind))).toEqual(new Set(['question', 'feeling', 'situation', 'typo']));
  });
});
