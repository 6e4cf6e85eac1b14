import { describe, expect, it } from 'vitest';
import { closestMessage, mayBeMisspelled, meaningfulWords, NO_FULL_MATCH_HEADING, queryWords, rankClosest, replaceWords } from './closest';

describe('queryWords', () => {
  it('lowercases, drops apostrophes and keeps each word once', () => {
    expect(queryWords("I don't know what to say, I DON’T")).toEqual(['i', 'dont', 'know', 'what', 'to', 'say']);
  });
  it('keeps a quoted phrase whole', () => {
    expect(queryWords('tips "Video Call" fatigue ""')).toEqual(['tips', '"video call"', 'fatigue']);
  });
  it('finds no words in punctuation', () => {
    expect(queryWords(' ?! - ')).toEqual([]);
  });
});

describe('meaningfulWords', () => {
  it('drops stop words, never a quoted phrase', () => {
    const stop = new Set(['how', 'to', 'a', 'the', 'dont', 'i']);
    expect(meaningfulWords('How to say sorry to a friend', stop)).toEqual(['say', 'sorry', 'friend']);
    expect(meaningfulWords('i don\'t "to a"', stop)).toEqual(['"to a"']);
  });
});

describe('rankClosest', () => {
  const perWord = new Map([
    [
      'sorry',
      [
        { id: 'apology', score: 3 },
        { id: 'honesty', score: 1 },
      ],
    ],
    [
      'friend',
      [
        { id: 'honesty', score: 0.5 },
        { id: 'faqs', score: 2 },
        { id: 'apology', score: 0.2 },
      ],
    ],
    ['message', [{ id: 'responsive', score: 9 }]],
  ]);
  it('ranks by the number of words matched, then by the summed score', () => {
    const ranked = rankClosest(['sorry', 'friend', 'message'], perWord);
    expect(ranked.map((p) => [p.id, p.words, p.score])).toEqual([
      ['apology', ['sorry', 'friend'], 3.2],
      ['honesty', ['sorry', 'friend'], 1.5],
      ['responsive', ['message'], 9],
      ['faqs', ['friend'], 2],
    ]);
    expect(ranked.every((p) => !p.full)).toBe(true);
  });
  it('puts the pages with every word as typed first, in their order, and marks full matches', () => {
    const ranked = rankClosest(['sorry', 'friend'], perWord, ['faqs']);
    expect(ranked.map((p) => [p.id, p.full])).toEqual([
      ['faqs', true],
      ['apology', true],
      ['honesty', true],
    ]);
    expect(ranked[0]?.words).toEqual(['sorry', 'friend']);
  });
  it('counts a word once per page and breaks ties by id', () => {
    const ranked = rankClosest(
      ['a', 'a', 'b'],
      new Map([
        [
          'a',
          [
            { id: 'y', score: 1 },
            { id: 'x', score: 1 },
          ],
        ],
      ]),
    );
    expect(ranked.map((p) => [p.id, p.words, p.score])).toEqual([
      ['x', ['a'], 1],
      ['y', ['a'], 1],
    ]);
    expect(rankClosest(['a'], new Map())).toEqual([]);
  });
});

describe('replaceWords', () => {
  it('replaces corrected words and keeps the rest as typed', () => {
    expect(replaceWords("How to apologize to my freind, don't", new Map([['freind', 'friend']]))).toBe(
      "How to apologize to my friend, don't",
    );
    expect(replaceWords('Lonley', new Map([['lonley', 'lonely']]))).toBe('lonely');
  });
});

describe('closestMessage', () => {
  it('says no page has all the words, and how many come closest', () => {
    expect(closestMessage(' say sorry ', 0, 4)).toBe('No page has all of these words. 4 closest matches for “say sorry”.');
    expect(closestMessage('x y', 0, 1)).toBe('No page has all of these words. 1 closest match for “x y”.');
    expect(NO_FULL_MATCH_HEADING).toBe('No page has all of these words. Closest matches:');
  });
  it('counts full matches as results, and the rest as pages with some of the words', () => {
    expect(closestMessage('x y', 2, 0)).toBe('2 results for “x y”.');
    expect(closestMessage('x y', 1, 3)).toBe('1 result for “x y”, and 3 pages with some of its words.');
    expect(closestMessage('x y', 2, 1)).toBe('2 results for “x y”, and 1 page with some of its words.');
  });
});

describe('mayBeMisspelled', () => {
  it('suspects a word that finds nothing, or only a few weak matches', () => {
    expect(mayBeMisspelled('respct', [])).toBe(true);
    expect(mayBeMisspelled('respct', [{ score: 1.45 }])).toBe(true);
    expect(mayBeMisspelled('respct', [{ score: 1.4 }, { score: 1.9 }])).toBe(true);
  });
  it('trusts a strong match, many matches, or a quoted phrase', () => {
    expect(mayBeMisspelled('sorry', [{ score: 10 }])).toBe(false);
    expect(mayBeMisspelled('sorry', [{ score: 1 }, { score: 2 }])).toBe(false);
    expect(mayBeMisspelled('often', [{ score: 1 }, { score: 1 }, { score: 1 }])).toBe(false);
    expect(mayBeMisspelled('"vidoe call"', [])).toBe(false);
  });
});
