import { describe, expect, it } from 'vitest';
import { startAttempt } from './quiz';
import { betterBest, combineQuiz, encodeResults, mergeResults, readStoredAttempts, readStoredQuiz } from './quiz-sync';

describe('quiz results across tabs', () => {
  it('keeps the better best score and the later date, whichever tab set them', () => {
    const a = { all: { best: { score: 9, total: 15 }, lastAttemptOn: '2026-11-22' } };
    const b = { all: { best: { score: 12, total: 15 }, lastAttemptOn: '2026-11-21' }, myths: { best: { score: 3, total: 6 }, lastAttemptOn: '2026-11-20' } };
    const merged = mergeResults(a, b);
    expect(merged).toEqual({
      all: { best: { score: 12, total: 15 }, lastAttemptOn: '2026-11-22' },
      myths: { best: { score: 3, total: 6 }, lastAttemptOn: '2026-11-20' },
    });
    expect(encodeResults(mergeResults(b, a))).toBe(encodeResults(merged));
  });

  it('compares best scores by share, then by length', () => {
    expect(betterBest({ score: 3, total: 4 }, { score: 10, total: 15 })).toEqual({ score: 3, total: 4 });
    expect(betterBest({ score: 2, total: 4 }, { score: 3, total: 6 })).toEqual({ score: 3, total: 6 });
    expect(betterBest({ score: 3, total: 6 }, { score: 2, total: 4 })).toEqual({ score: 3, total: 6 });
    expect(betterBest(null, { score: 1, total: 4 })).toEqual({ score: 1, total: 4 });
  });
});

describe('stored quiz values', () => {
  it('migrates version 1, handing its attempts to this tab', () => {
    const attempt = startAttempt(['a', 'b'], 7);
    const v1 = JSON.stringify({ version: 1, quizzes: { all: { attempt, best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20' } } });
    expect(readStoredQuiz(v1)).toEqual({
      kind: 'ok',
      results: { all: { best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20' } },
      attempts: { all: attempt },
    });
  });

  it.each([
    ['a best of 0 of 0', { score: 0, total: 0 }, '2026-11-20'],
    ['a total of 1e21', { score: 1, total: 1e21 }, '2026-11-20'],
    ['more right than asked', { score: 5, total: 4 }, '2026-11-20'],
    ['an invalid date', { score: 1, total: 4 }, '2026-02-30'],
    ['a date in the year 9999', { score: 1, total: 4 }, '9999-01-01'],
  ])('decodes %s to no record', (_, best, lastAttemptOn) => {
    const stored = readStoredQuiz(JSON.stringify({ version: 2, quizzes: { all: { best, lastAttemptOn } } }));
    expect(stored).toEqual({ kind: 'ok', results: {}, attempts: {} });
  });

  it('reports a newer version, and garbage as invalid', () => {
    expect(readStoredQuiz(JSON.stringify({ version: 3, quizzes: {} }))).toEqual({ kind: 'newer', version: 3 });
    expect(readStoredQuiz('{"version":2').kind).toBe('invalid');
    expect(readStoredQuiz('null').kind).toBe('invalid');
  });

  it('keeps only sound attempts of this tab', () => {
    const attempt = startAttempt(['a', 'b'], 7);
    expect(readStoredAttempts(JSON.stringify({ all: attempt, broken: { seed: 'x' } }))).toEqual({ all: attempt });
    expect(readStoredAttempts('oops')).toEqual({});
  });

  it('combines shared results with this tab’s attempts for the island', () => {
    const attempt = startAttempt(['a', 'b'], 7);
    expect(combineQuiz({ all: { best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20' } }, { myths: attempt })).toEqual({
      version: 1,
      quizzes: {
        all: { attempt: null, best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20' },
        myths: { attempt, best: null, lastAttemptOn: null },
      },
    });
  });
});

describe('values from elsewhere', () => {
  it('recognises a newer version whatever its shape, so it is never overwritten', () => {
    expect(readStoredQuiz(JSON.stringify({ version: 3, records: {} }))).toEqual({ kind: 'newer', version: 3 });
  });

  it('refuses more quiz records than the site could have made', () => {
    const quizzes = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`q${i}`, { best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20' }]));
    expect(readStoredQuiz(JSON.stringify({ version: 2, quizzes })).kind).toBe('invalid');
  });
});
