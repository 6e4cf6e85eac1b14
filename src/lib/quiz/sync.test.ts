import { describe, expect, it } from 'vitest';
import { startAttempt } from './moves';
import { betterBest, combineQuiz, encodeResults, mergeResults, readStoredAttempts, readStoredQuiz } from './sync';

const none = {};

describe('quiz results across tabs', () => {
  it('keeps the better best score and the later date, whichever tab set them', () => {
    const a = { all: { best: { score: 9, total: 15 }, lastAttemptOn: '2026-11-22', misses: none } };
    const b = {
      all: { best: { score: 12, total: 15 }, lastAttemptOn: '2026-11-21', misses: none },
      myths: { best: { score: 3, total: 6 }, lastAttemptOn: '2026-11-20', misses: none },
    };
    const merged = mergeResults(a, b);
    expect(merged).toEqual({
      all: { best: { score: 12, total: 15 }, lastAttemptOn: '2026-11-22', misses: none },
      myths: { best: { score: 3, total: 6 }, lastAttemptOn: '2026-11-20', misses: none },
    });
    expect(encodeResults(mergeResults(b, a))).toBe(encodeResults(merged));
  });

  it('merges both tabs’ practice lists statement by statement, the later change winning', () => {
    const a = {
      all: { best: { score: 9, total: 15 }, lastAttemptOn: '2026-11-22', misses: { x: { streak: 0, at: 5 }, y: { streak: 1, at: 9 } } },
    };
    const b = {
      all: {
        best: { score: 9, total: 15 },
        lastAttemptOn: '2026-11-22',
        misses: { x: { streak: 0, at: 7, removed: true as const }, z: { streak: 0, at: 1 } },
      },
    };
    const merged = mergeResults(a, b);
    expect(merged['all']?.misses).toEqual({ x: { streak: 0, at: 7, removed: true }, y: { streak: 1, at: 9 }, z: { streak: 0, at: 1 } });
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
  it('migrates version 1, handing its attempts to this tab, with an empty practice list', () => {
    const attempt = startAttempt(['a', 'b'], 7);
    const v1 = JSON.stringify({ version: 1, quizzes: { all: { attempt, best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20' } } });
    expect(readStoredQuiz(v1)).toEqual({
      kind: 'ok',
      doc: { results: { all: { best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20', misses: none } }, attempts: { all: attempt } },
    });
  });

  it('migrates version 2 with an empty practice list, and writes it back as version 3', () => {
    const v2 = JSON.stringify({ version: 2, quizzes: { all: { best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20' } } });
    const stored = readStoredQuiz(v2);
    expect(stored).toEqual({
      kind: 'ok',
      doc: { results: { all: { best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20', misses: none } }, attempts: {} },
    });
    if (stored.kind !== 'ok') throw new Error('not read');
    expect(JSON.parse(encodeResults(stored.doc.results))).toMatchObject({ version: 3, quizzes: { all: { misses: {} } } });
  });

  it('round-trips version 3 with its practice list, dropping damaged entries only', () => {
    const misses = { 'tip-1': { streak: 1, at: 10 }, 'tip-2': { streak: 0, at: 12, removed: true } };
    const v3 = { version: 3, quizzes: { all: { best: { score: 3, total: 4 }, lastAttemptOn: '2026-11-21', misses } } };
    const stored = readStoredQuiz(JSON.stringify(v3));
    expect(stored).toEqual({ kind: 'ok', doc: { results: v3.quizzes, attempts: {} } });
    if (stored.kind !== 'ok') throw new Error('not read');
    expect(readStoredQuiz(encodeResults(stored.doc.results))).toEqual(stored);
    const damaged = {
      ...v3,
      quizzes: { all: { ...v3.quizzes.all, misses: { ...misses, 'tip-3': { streak: 7, at: 1 }, 'BAD ID': { streak: 0, at: 1 } } } },
    };
    expect(readStoredQuiz(JSON.stringify(damaged))).toEqual(stored);
    const notAList = { ...v3, quizzes: { all: { ...v3.quizzes.all, misses: 'tip-1' } } };
    expect(readStoredQuiz(JSON.stringify(notAList))).toMatchObject({
      doc: { results: { all: { best: { score: 3, total: 4 }, misses: none } } },
    });
  });

  it.each([
    ['a best of 0 of 0', { score: 0, total: 0 }, '2026-11-20'],
    ['a total of 1e21', { score: 1, total: 1e21 }, '2026-11-20'],
    ['more right than asked', { score: 5, total: 4 }, '2026-11-20'],
    ['an invalid date', { score: 1, total: 4 }, '2026-02-30'],
    ['a date in the year 9999', { score: 1, total: 4 }, '9999-01-01'],
  ])('decodes %s to no record', (_, best, lastAttemptOn) => {
    const stored = readStoredQuiz(JSON.stringify({ version: 3, quizzes: { all: { best, lastAttemptOn, misses: {} } } }));
    expect(stored).toEqual({ kind: 'ok', doc: { results: {}, attempts: {} } });
  });

  it('reports a newer version, and garbage as invalid', () => {
    expect(readStoredQuiz(JSON.stringify({ version: 4, quizzes: {} }))).toEqual({ kind: 'newer', version: 4 });
    expect(readStoredQuiz('{"version":3').kind).toBe('invalid');
    expect(readStoredQuiz('null').kind).toBe('invalid');
  });

  it('keeps only sound attempts of this tab', () => {
    const attempt = startAttempt(['a', 'b'], 7);
    expect(readStoredAttempts(JSON.stringify({ all: attempt, broken: { seed: 'x' } }))).toEqual({ all: attempt });
    expect(readStoredAttempts('oops')).toEqual({});
  });

  it('combines shared results with this tab’s attempts for the island', () => {
    const attempt = startAttempt(['a', 'b'], 7);
    const misses = { a: { streak: 0, at: 3 } };
    expect(combineQuiz({ all: { best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20', misses } }, { myths: attempt })).toEqual({
      quizzes: {
        all: { attempt: null, best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20', misses },
        myths: { attempt, best: null, lastAttemptOn: null, misses: none },
      },
    });
  });
});

describe('stored quiz values at their edges', () => {
  const record = { best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20', misses: {} };

  it('reads nothing stored as empty, and says why anything else is refused', () => {
    for (const raw of [null, undefined, '']) expect(readStoredQuiz(raw)).toEqual({ kind: 'empty' });
    expect(readStoredQuiz('{')).toEqual({ kind: 'invalid', error: 'not JSON' });
    expect(readStoredQuiz('[]')).toEqual({ kind: 'invalid', error: 'not quiz records' });
    expect(readStoredQuiz(JSON.stringify({ version: 3, quizzes: null }))).toEqual({ kind: 'invalid', error: 'not quiz records' });
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`q${i}`, record]));
    expect(readStoredQuiz(JSON.stringify({ version: 3, quizzes: many }))).toEqual({ kind: 'invalid', error: 'too many quiz records' });
  });

  it('treats only a whole version number above 3 as newer', () => {
    expect(readStoredQuiz(JSON.stringify({ version: 3.5, quizzes: {} }))).toEqual({ kind: 'invalid', error: 'unknown version' });
    expect(readStoredQuiz(JSON.stringify({ version: '4', quizzes: {} }))).toEqual({ kind: 'invalid', error: 'unknown version' });
  });

  it('takes over attempts from version 1 only', () => {
    const attempt = startAttempt(['a', 'b'], 3);
    for (const version of [2, 3]) {
      expect(readStoredQuiz(JSON.stringify({ version, quizzes: { all: { ...record, attempt } } }))).toEqual({
        kind: 'ok',
        doc: { results: { all: record }, attempts: {} },
      });
    }
  });

  it('keeps this tab’s attempts only under quiz ids the site could make', () => {
    const attempt = startAttempt(['a', 'b'], 3);
    expect(
      readStoredAttempts(JSON.stringify({ 'all-practice': attempt, 'Bad Id': attempt, '-x': attempt, ['x'.repeat(65)]: attempt })),
    ).toEqual({
      'all-practice': attempt,
    });
  });
});

describe('quiz results edges', () => {
  it('prefers the higher share, then the longer quiz, then the first given', () => {
    const a = { score: 1, total: 2 };
    const b = { score: 2, total: 4 };
    expect(betterBest(a, b)).toBe(b);
    expect(betterBest(b, a)).toBe(b);
    const c = { score: 1, total: 2 };
    expect(betterBest(a, c)).toBe(a);
    expect(betterBest({ score: 1, total: 3 }, { score: 1, total: 2 })).toEqual({ score: 1, total: 2 });
    expect(betterBest(null, null)).toBeNull();
  });

  it('merges quizzes present on one side only, and encodes exactly in id order', () => {
    const merged = mergeResults(
      { z: { best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20', misses: { q: { streak: 0, at: 2 }, b: { streak: 1, at: 1 } } } },
      { a: { best: null, lastAttemptOn: null, misses: {} } },
    );
    expect(Object.keys(merged)).toEqual(['a', 'z']);
    expect(merged['a']).toEqual({ best: null, lastAttemptOn: null, misses: {} });
    expect(encodeResults(merged)).toBe(
      '{"version":3,"quizzes":{"a":{"best":null,"lastAttemptOn":null,"misses":{}},"z":{"best":{"score":1,"total":2},"lastAttemptOn":"2026-11-20","misses":{"b":{"streak":1,"at":1},"q":{"streak":0,"at":2}}}}}',
    );
  });

  it('reads exactly 64 quiz records, a record that is not an object as none, and old versions and v2 attempts rightly', () => {
    const record = { best: { score: 1, total: 2 }, lastAttemptOn: '2026-11-20' };
    const quizzes = Object.fromEntries(Array.from({ length: 64 }, (_, i) => [`q${i}`, record]));
    expect(readStoredQuiz(JSON.stringify({ version: 2, quizzes })).kind).toBe('ok');
    expect(readStoredQuiz(JSON.stringify({ version: 2, quizzes: { a: 'x', b: record } }))).toEqual({
      kind: 'ok',
      doc: { results: { b: { ...record, misses: {} } }, attempts: {} },
    });
    expect(readStoredQuiz(JSON.stringify({ version: 0, quizzes: {} }))).toEqual({ kind: 'invalid', error: 'unknown version' });
    expect(readStoredQuiz(JSON.stringify({ version: 2, quizzes: [] }))).toEqual({ kind: 'invalid', error: 'not quiz records' });
    expect(readStoredQuiz(JSON.stringify({ version: 2 }))).toEqual({ kind: 'invalid', error: 'not quiz records' });
    const attempt = startAttempt(['a', 'b'], 3);
    // Version 2 keeps attempts out of the shared value: one found there is not taken over.
    expect(readStoredQuiz(JSON.stringify({ version: 2, quizzes: { all: { ...record, attempt } } }))).toMatchObject({
      doc: { attempts: {} },
    });
    expect(readStoredQuiz(JSON.stringify({ version: 1, quizzes: { all: 'x' } }))).toEqual({
      kind: 'ok',
      doc: { results: {}, attempts: {} },
    });
    expect(readStoredQuiz(JSON.stringify({ version: 2, quizzes: { 'Bad Id': record } }))).toEqual({
      kind: 'ok',
      doc: { results: {}, attempts: {} },
    });
  });

  it('reads attempts only from an object, and combines an empty state to nothing', () => {
    expect(readStoredAttempts('[1]')).toEqual({});
    expect(readStoredAttempts('"x"')).toEqual({});
    expect(readStoredAttempts(null)).toEqual({});
    expect(combineQuiz({}, {})).toEqual({ quizzes: {} });
  });
});
