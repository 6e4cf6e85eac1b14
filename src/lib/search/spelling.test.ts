import { describe, expect, it } from 'vitest';
import { allowedEdits, closestWord, correctQuery, decodeVocabulary, editDistance, isKnownWord, MAX_VOCABULARY_WORDS } from './spelling';

const vocab = decodeVocabulary({
  version: 1,
  words: ['trust', 'empathy', 'boundaries', 'boundary', 'humor', 'apologize', 'listen', 'lists', 'video', 'call'],
});

describe('decodeVocabulary', () => {
  it('ranks words by their position and skips duplicates and non-words', () => {
    const v = decodeVocabulary({ version: 1, words: ['trust', 'trust', 'Upper', 'two words', 7, 'care', ''] });
    expect([...v.entries()]).toEqual([
      ['trust', 0],
      ['care', 1],
    ]);
  });
  it('gives an empty vocabulary for anything that is not a version 1 file', () => {
    for (const bad of [
      null,
      undefined,
      'trust',
      [],
      {},
      { version: 2, words: ['trust'] },
      { version: 1 },
      { version: 1, words: 'trust' },
    ]) {
      expect(decodeVocabulary(bad).size).toBe(0);
    }
  });
  it('keeps at most MAX_VOCABULARY_WORDS words', () => {
    const words = Array.from({ length: MAX_VOCABULARY_WORDS + 5 }, (_, i) => 'a'.repeat(1 + (i % 40)) + 'b'.repeat(1 + Math.floor(i / 40)));
    expect(decodeVocabulary({ version: 1, words }).size).toBe(MAX_VOCABULARY_WORDS);
  });
});

describe('editDistance', () => {
  it.each([
    ['empathy', 'empathy', 0],
    ['emapthy', 'empathy', 1],
    ['boundries', 'boundaries', 1],
    ['humour', 'humor', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['ab', 'ba', 1],
    ['abcd', 'acbd', 1],
    ['ca', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
    expect(editDistance(b, a, 5)).toBe(d);
  });
  it('stops at max + 1', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abcdef', 'ghijkl', 3)).toBe(4);
    expect(editDistance('abc', 'abd', 1)).toBe(1);
  });
});

describe('allowedEdits', () => {
  it.each([
    [3, 0],
    [4, 1],
    [6, 1],
    [7, 2],
    [12, 2],
  ])('a word of %i letters may be %i edits away', (n, e) => expect(allowedEdits(n)).toBe(e));
});

describe('closestWord', () => {
  it('corrects typos to the nearest real word', () => {
    expect(closestWord('emapthy', vocab)).toBe('empathy');
    expect(closestWord('boundries', vocab)).toBe('boundaries');
    expect(closestWord('humour', vocab)).toBe('humor');
    expect(closestWord('apologise', vocab)).toBe('apologize');
  });
  it('leaves real words, short words and far-off words alone', () => {
    expect(closestWord('trust', vocab)).toBeNull();
    expect(closestWord('cal', vocab)).toBeNull();
    expect(closestWord('xylophone', vocab)).toBeNull();
  });
  it('prefers fewer edits, then the more frequent word', () => {
    // "boundarys" is 1 edit from "boundary" and 2 from the more frequent "boundaries".
    expect(closestWord('boundarys', vocab)).toBe('boundary');
    // "lisst" is 1 edit from "lists" and 2 from "listen"
    expect(closestWord('lisst', vocab)).toBe('lists');
    const tie = decodeVocabulary({ version: 1, words: ['cart', 'care'] });
    expect(closestWord('carx', tie)).toBe('cart');
    const tie2 = decodeVocabulary({ version: 1, words: ['care', 'cart'] });
    expect(closestWord('carx', tie2)).toBe('care');
  });
});

describe('correctQuery', () => {
  it('replaces each misspelled word and keeps the rest of the query', () => {
    expect(correctQuery('emapthy', vocab)).toBe('empathy');
    expect(correctQuery('Emapthy and trust', vocab)).toBe('empathy and trust');
    expect(correctQuery('"vidoe call"', vocab)).toBe('"video call"');
  });
  it('is null when nothing changes', () => {
    expect(correctQuery('trust', vocab)).toBeNull();
    expect(correctQuery('xylophonequartz', vocab)).toBeNull();
    expect(correctQuery('', vocab)).toBeNull();
  });
});

describe('isKnownWord', () => {
  const vocabulary = decodeVocabulary({ version: 1, words: ['fights', 'listen', 'respect', 'boundaries', 'lonely'] });
  it('knows the words of the vocabulary and the forms search finds for them', () => {
    expect(isKnownWord('respect', vocabulary)).toBe(true);
    expect(isKnownWord('fight', vocabulary)).toBe(true);
    expect(isKnownWord('listener', vocabulary)).toBe(true);
    expect(isKnownWord('listening', vocabulary)).toBe(true);
    expect(isKnownWord('fighting', vocabulary)).toBe(true);
    expect(isKnownWord('listen', vocabulary)).toBe(true);
  });
  it('does not know a misspelling, or a word that only starts like one', () => {
    expect(isKnownWord('respct', vocabulary)).toBe(false);
    expect(isKnownWord('boundries', vocabulary)).toBe(false);
    expect(isKnownWord('lonley', vocabulary)).toBe(false);
    expect(isKnownWord('listenership', vocabulary)).toBe(false);
  });
});
