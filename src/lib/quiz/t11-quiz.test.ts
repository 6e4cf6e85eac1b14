/**
 * Edges of the quiz rules that the mutation run (`npm run test:mutation`)
 * showed no test would notice: the pseudo-random sequence, and every field
 * of a stored attempt, best score and date, on both sides of each limit.
 */
import { describe, expect, it } from 'vitest';
import { decodeAttempt, decodeAttemptDate, decodeBest, EMPTY_RECORD, MAX_QUIZ_LENGTH, score, type QuizItem } from './quiz';
import { seededRandom, shuffle } from './moves';

describe('seeded random numbers', () => {
  /** mulberry32 as its author published it, to compare against. */
  function reference(seed: number): () => number {
    let a = seed;
    return () => {
      let t = (a += 0x6d2b79f5);
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('follow mulberry32 exactly, in [0, 1)', () => {
    for (const seed of [0, 1, 42, 2 ** 31, 0xffffffff]) {
      const ours = seededRandom(seed);
      const theirs = reference(seed);
      for (let i = 0; i < 5; i++) {
        const n = ours();
        expect(n).toBe(theirs());
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThan(1);
      }
    }
  });

  it('shuffle keeps a single item and moves items for some seed', () => {
    expect(shuffle(['only'], 5)).toEqual(['only']);
    expect(shuffle([], 5)).toEqual([]);
    const moved = [1, 2, 3, 4, 5].map((seed) => shuffle(['a', 'b', 'c'], seed)[0]);
    expect(new Set(moved).size).toBeGreaterThan(1);
  });
});

describe('score', () => {
  it('counts only answers that match the statement in the same position', () => {
    const items = ['a', 'b'].map((id, i): QuizItem => ({ id, statement: id, verdict: i ? 'truth' : 'myth', explanation: '', href: '/', linkLabel: '' }));
    const attempt = { seed: 1, order: ['b', 'a'], answers: ['truth' as const, 'truth' as const], sureness: [], current: 1, finished: true };
    expect(score(attempt, items)).toBe(1);
  });
});

describe('decodeAttempt', () => {
  const order = ['b', 'a', 'd', 'c'];
  const valid = { seed: 3, order, answers: ['myth'], current: 0, finished: false };

  it.each([
    ['an attempt on its first statement', { ...valid, answers: [] }],
    ['feedback shown', valid],
    ['the next statement on screen', { ...valid, current: 1, answers: ['myth'] }],
    ['both verdicts', { ...valid, current: 1, answers: ['myth', 'truth'] }],
    ['a finished attempt', { ...valid, current: 3, answers: ['myth', 'truth', 'truth', 'myth'], finished: true }],
    ['seed 0 and the largest safe seed', { ...valid, seed: 0 }],
    ['the largest safe seed', { ...valid, seed: Number.MAX_SAFE_INTEGER }],
    ['the longest quiz', { ...valid, order: Array.from({ length: MAX_QUIZ_LENGTH }, (_, i) => `s${i}`) }],
    ['an id of 100 characters', { ...valid, order: ['x'.repeat(100), 'y'] }],
  ])('keeps %s', (_, attempt) => {
    // Saved without how sure the reader was: each answer gets the default.
    expect(decodeAttempt(attempt)).toEqual({ ...attempt, sureness: attempt.answers.map(() => 'think') });
    const sureness = attempt.answers.map((_, i) => (['sure', 'think', 'guess'] as const)[i % 3]);
    expect(decodeAttempt({ ...attempt, sureness })).toEqual({ ...attempt, sureness });
  });

  it.each([
    ['nothing', null],
    ['a list', [valid]],
    ['a seed that is text', { ...valid, seed: '3' }],
    ['a fractional seed', { ...valid, seed: 1.5 }],
    ['an unsafe seed', { ...valid, seed: 2 ** 60 }],
    ['an order that is text', { ...valid, order: 'badc' }],
    ['an empty order', { ...valid, order: [], answers: [] }],
    ['an order longer than any quiz', { ...valid, order: Array.from({ length: MAX_QUIZ_LENGTH + 1 }, (_, i) => `s${i}`) }],
    ['an id that is a number', { ...valid, order: [1, 'a'] }],
    ['an id of 101 characters', { ...valid, order: ['x'.repeat(101), 'y'] }],
    ['a repeated id', { ...valid, order: ['a', 'a', 'b', 'c'] }],
    ['answers that are text', { ...valid, answers: 'myth' }],
    ['an unknown verdict', { ...valid, answers: ['maybe'] }],
    ['a position that is text', { ...valid, current: '0' }],
    ['a fractional position', { ...valid, current: 0.5 }],
    ['a negative position', { ...valid, current: -1, answers: [] }],
    ['a position past the end', { ...valid, current: 4, answers: ['myth', 'myth', 'myth', 'myth'] }],
    ['fewer answers than the position', { ...valid, current: 2, answers: ['myth'] }],
    ['two answers ahead', { ...valid, current: 0, answers: ['myth', 'truth'] }],
    ['finished that is text', { ...valid, finished: 'yes' }],
    ['finished before the last answer', { ...valid, finished: true }],
    ['finished that is text, after the last answer', { ...valid, current: 3, answers: ['myth', 'myth', 'myth', 'myth'], finished: 'yes' }],
  ])('drops %s', (_, attempt) => {
    expect(decodeAttempt(attempt)).toBeNull();
  });
});

describe('decodeBest', () => {
  it.each([
    [{ score: 0, total: 1 }],
    [{ score: MAX_QUIZ_LENGTH, total: MAX_QUIZ_LENGTH }],
    [{ score: 3, total: 4 }],
  ])('keeps %o', (best) => {
    expect(decodeBest(best)).toEqual(best);
  });

  it.each([
    ['nothing', null],
    ['a score that is text', { score: '1', total: 2 }],
    ['a total that is text', { score: 1, total: '2' }],
    ['a fractional score', { score: 1.5, total: 2 }],
    ['0 of 0', { score: 0, total: 0 }],
    ['more statements than any quiz', { score: 1, total: MAX_QUIZ_LENGTH + 1 }],
    ['a negative score', { score: -1, total: 2 }],
    ['more right than asked', { score: 3, total: 2 }],
  ])('drops %s', (_, best) => {
    expect(decodeBest(best)).toBeNull();
  });
});

describe('decodeAttemptDate', () => {
  it('keeps real dates from 2000 to 2100, both ends included', () => {
    for (const d of ['2000-01-01', '2026-11-21', '2100-12-31']) expect(decodeAttemptDate(d)).toBe(d);
    for (const d of ['1999-12-31', '2101-01-01', '2026-02-30', 20261121, null]) expect(decodeAttemptDate(d)).toBeNull();
  });
});

describe('an empty record', () => {
  it('starts from nothing kept', () => {
    expect(EMPTY_RECORD).toEqual({ attempt: null, best: null, lastAttemptOn: null, misses: {} });
  });
});
