/**
 * Edges of the stored checklist and quiz formats that mutation testing
 * showed untested: tie-breaks, exact encodings, limits and migrations.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CHECKLIST } from './checklist/state';
import { applyEdit, EMPTY_DOC, encodeDoc, mergeDocs, readStoredChecklist, type ChecklistDoc } from './checklist/sync';
import { startAttempt } from './quiz/moves';
import { betterBest, combineQuiz, encodeResults, mergeResults, readStoredAttempts, readStoredQuiz } from './quiz/sync';

const T = 1_800_000_000_000;
const v2 = (state: Partial<typeof EMPTY_CHECKLIST>): ChecklistDoc => {
  const stored = readStoredChecklist(JSON.stringify({ ...EMPTY_CHECKLIST, ...state, version: 2 }));
  if (stored.kind !== 'ok') throw new Error('fixture');
  return stored.doc;
};

describe('checklist merge edges', () => {
  it('keeps the later start date when neither side has a time for it, and the set one over none', () => {
    expect(mergeDocs(v2({ startDate: '2026-11-20' }), v2({ startDate: '2026-11-21' })).state.startDate).toBe('2026-11-21');
    expect(mergeDocs(v2({ startDate: '2026-11-21' }), v2({ startDate: '2026-11-20' })).state.startDate).toBe('2026-11-21');
    expect(mergeDocs(v2({ startDate: null }), v2({ startDate: '2026-11-20' })).state.startDate).toBe('2026-11-20');
  });

  it('records no time for items neither side timed, and sorts merged habit ids', () => {
    const merged = mergeDocs(v2({ days: [2], habits: { '2026-11-21': ['b'] } }), v2({ habits: { '2026-11-21': ['a'] } }));
    expect(merged.stamps).toEqual({});
    expect(merged.state.habits).toEqual({ '2026-11-21': ['a', 'b'] });
    expect(merged.state.days).toEqual([2]);
  });

  it('encodes exactly, with sorted keys', () => {
    const doc = applyEdit(applyEdit(EMPTY_DOC, { kind: 'habit', date: '2026-11-22', id: 'b', done: true }, T), { kind: 'start', date: '2026-11-20' }, T);
    expect(encodeDoc(doc)).toBe(
      `{"version":3,"days":[],"startDate":"2026-11-20","habits":{"2026-11-22":["b"]},"stamps":{"habit:2026-11-22:b":${T},"start":${T + 1}}}`,
    );
  });

  it('an edit of a day outside the plan returns the same document, untimed', () => {
    expect(applyEdit(EMPTY_DOC, { kind: 'day', day: 0, done: true }, T)).toBe(EMPTY_DOC);
    expect(applyEdit(EMPTY_DOC, { kind: 'day', day: 8, done: true }, T)).toBe(EMPTY_DOC);
  });

  it('prunes timed habit history 60 days behind the newest date, even when only a time remains', () => {
    let doc = applyEdit(EMPTY_DOC, { kind: 'habit', date: '2026-09-01', id: 'a', done: true }, T);
    doc = applyEdit(doc, { kind: 'habit', date: '2026-09-01', id: 'a', done: false }, T + 1);
    expect(doc.stamps).toEqual({ 'habit:2026-09-01:a': T + 1 });
    doc = applyEdit(doc, { kind: 'habit', date: '2026-11-22', id: 'a', done: true }, T + 2);
    expect(Object.keys(doc.stamps)).toEqual(['habit:2026-11-22:a']);
    expect(Object.keys(doc.state.habits)).toEqual(['2026-11-22']);
  });
});

describe('stored checklist stamps', () => {
  const base = { version: 3, days: [], startDate: null, habits: {} };
  it.each([
    ['a time of 0', { 'day:1': 0 }],
    ['a fractional time', { 'day:1': 1.5 }],
    ['an unknown item', { 'week:1': T }],
    ['an item with text after it', { 'day:1x': T }],
    ['text before an item', { 'xday:1': T }],
    ['a two-digit day written as one', { 'day:': T }],
    ['a list', [T]],
  ])('refuses %s', (_, stamps) => {
    expect(readStoredChecklist(JSON.stringify({ ...base, stamps }))).toEqual({ kind: 'invalid', error: '"stamps" must map items to times' });
  });

  it('accepts up to 4,096 times and no more', () => {
    const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`day:${i + 1}`, T]));
    expect(readStoredChecklist(JSON.stringify({ ...base, stamps: many(4096) })).kind).toBe('ok');
    expect(readStoredChecklist(JSON.stringify({ ...base, stamps: many(4097) })).kind).toBe('invalid');
  });

  it('accepts every kind of item', () => {
    const stamps = { 'day:12': T, start: T, 'habit:2026-11-22:walk-outside': T };
    expect(readStoredChecklist(JSON.stringify({ ...base, stamps }))).toMatchObject({ kind: 'ok', doc: { stamps } });
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
    expect(readStoredQuiz(JSON.stringify({ version: 2, quizzes: { a: 'x', b: record } }))).toEqual({ kind: 'ok', doc: { results: { b: { ...record, misses: {} } }, attempts: {} } });
    expect(readStoredQuiz(JSON.stringify({ version: 0, quizzes: {} }))).toEqual({ kind: 'invalid', error: 'unknown version' });
    expect(readStoredQuiz(JSON.stringify({ version: 2, quizzes: [] }))).toEqual({ kind: 'invalid', error: 'not quiz records' });
    expect(readStoredQuiz(JSON.stringify({ version: 2 }))).toEqual({ kind: 'invalid', error: 'not quiz records' });
    const attempt = startAttempt(['a', 'b'], 3);
    // Version 2 keeps attempts out of the shared value: one found there is not taken over.
    expect(readStoredQuiz(JSON.stringify({ version: 2, quizzes: { all: { ...record, attempt } } }))).toMatchObject({ doc: { attempts: {} } });
    expect(readStoredQuiz(JSON.stringify({ version: 1, quizzes: { all: 'x' } }))).toEqual({ kind: 'ok', doc: { results: {}, attempts: {} } });
    expect(readStoredQuiz(JSON.stringify({ version: 2, quizzes: { 'Bad Id': record } }))).toEqual({ kind: 'ok', doc: { results: {}, attempts: {} } });
  });

  it('reads attempts only from an object, and combines an empty state to nothing', () => {
    expect(readStoredAttempts('[1]')).toEqual({});
    expect(readStoredAttempts('"x"')).toEqual({});
    expect(readStoredAttempts(null)).toEqual({});
    expect(combineQuiz({}, {})).toEqual({ quizzes: {} });
  });
});
