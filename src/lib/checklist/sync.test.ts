import { describe, expect, it } from 'vitest';
import { EMPTY_CHECKLIST, type ChecklistState } from './state';
import { applyEdit, EMPTY_DOC, encodeDoc, mergeDocs, readStoredChecklist, type ChecklistDoc } from './sync';

const T = 1_800_000_000_000;
const day = (doc: ChecklistDoc, d: number, done: boolean, at: number) => applyEdit(doc, { kind: 'day', day: d, done }, at);
const habit = (doc: ChecklistDoc, date: string, id: string, done: boolean, at: number) =>
  applyEdit(doc, { kind: 'habit', date, id, done }, at);

const v2 = (state: Partial<typeof EMPTY_CHECKLIST>): ChecklistDoc => {
  const stored = readStoredChecklist(JSON.stringify({ ...EMPTY_CHECKLIST, ...state, version: 2 }));
  if (stored.kind !== 'ok') throw new Error('fixture');
  return stored.doc;
};

describe('checklist merge across tabs', () => {
  it('keeps ticks of different items made at the same time in two tabs', () => {
    const a = habit(day(EMPTY_DOC, 1, true, T), '2026-11-22', 'morning', true, T + 1);
    const b = habit(day(EMPTY_DOC, 2, true, T + 2), '2026-11-22', 'evening', true, T + 3);
    const merged = mergeDocs(a, b);
    expect(merged.state.days).toEqual([1, 2]);
    expect(merged.state.habits).toEqual({ '2026-11-22': ['evening', 'morning'] });
    expect(encodeDoc(mergeDocs(b, a))).toBe(encodeDoc(merged));
    expect(encodeDoc(mergeDocs(merged, a))).toBe(encodeDoc(merged));
  });

  it('lets the later change of one item win: a removal leaves a tombstone that a merge respects', () => {
    const ticked = day(EMPTY_DOC, 3, true, T);
    const unticked = day(ticked, 3, false, T + 10);
    expect(mergeDocs(ticked, unticked).state.days).toEqual([]);
    expect(mergeDocs(unticked, ticked).state.days).toEqual([]);
    const retick = day(ticked, 3, true, T + 20);
    expect(mergeDocs(unticked, retick).state.days).toEqual([3]);
  });

  it('keeps the later start date', () => {
    const a = applyEdit(EMPTY_DOC, { kind: 'start', date: '2026-11-20' }, T);
    const b = applyEdit(EMPTY_DOC, { kind: 'start', date: '2026-11-21' }, T + 5);
    expect(mergeDocs(a, b).state.startDate).toBe('2026-11-21');
    expect(mergeDocs(b, a).state.startDate).toBe('2026-11-21');
    const cleared = applyEdit(b, { kind: 'start', date: null }, T + 9);
    expect(mergeDocs(a, cleared).state.startDate).toBeNull();
  });

  it('a reset or an import replaces every item, so older ticks elsewhere do not come back', () => {
    const old = habit(day(day(EMPTY_DOC, 1, true, T), 2, true, T + 1), '2026-11-22', 'morning', true, T + 2);
    const imported: ChecklistState = { ...EMPTY_CHECKLIST, days: [5] };
    const replaced = applyEdit(old, { kind: 'replace', state: imported }, T + 100);
    expect(mergeDocs(old, replaced).state).toEqual(imported);
    const reset = applyEdit(old, { kind: 'replace', state: EMPTY_CHECKLIST }, T + 100);
    expect(mergeDocs(reset, old).state).toEqual(EMPTY_CHECKLIST);
  });

  it('progress saved before stamps existed (version 2) merges as a union', () => {
    const v2 = readStoredChecklist(JSON.stringify({ version: 2, days: [4], startDate: null, habits: {} }));
    if (v2.kind !== 'ok') throw new Error('expected ok');
    const merged = mergeDocs(v2.doc, day(EMPTY_DOC, 6, true, T));
    expect(merged.state.days).toEqual([4, 6]);
  });

  it('forgets habit history and its stamps older than 60 days before the newest date', () => {
    let doc = habit(EMPTY_DOC, '2026-09-23', 'a', true, T); // 60 days before 2026-11-22
    doc = habit(doc, '2026-09-24', 'a', true, T); // 59 days before
    doc = habit(doc, '2026-11-22', 'a', true, T);
    expect(Object.keys(doc.state.habits)).toEqual(['2026-09-24', '2026-11-22']);
    expect(Object.keys(doc.stamps).sort()).toEqual(['habit:2026-09-24:a', 'habit:2026-11-22:a']);
  });

  it('ignores a day outside the plan', () => {
    expect(day(EMPTY_DOC, 9, true, T)).toBe(EMPTY_DOC);
  });
});

describe('stored checklist values', () => {
  const doc = habit(day(EMPTY_DOC, 2, true, T), '2026-11-22', 'morning', true, T + 1);

  it('round-trips version 3 with its stamps', () => {
    expect(readStoredChecklist(encodeDoc(doc))).toEqual({ kind: 'ok', doc });
  });

  it.each([
    ['garbage', 'garbage'],
    ['null', 'null'],
    ['truncated JSON', encodeDoc(doc).slice(0, 30)],
    ['days out of range', JSON.stringify({ version: 3, days: [12], startDate: null, habits: {}, stamps: {} })],
    ['a huge string', JSON.stringify('x'.repeat(100_000))],
    ['bad stamps', JSON.stringify({ version: 3, days: [], startDate: null, habits: {}, stamps: { 'day:1': 'soon' } })],
    ['numeric habit ids', JSON.stringify({ version: 3, days: [], startDate: null, habits: { '2026-11-22': [7] }, stamps: {} })],
    ['a start date in the year 3000', JSON.stringify({ version: 2, days: [], startDate: '3000-01-01', habits: {} })],
  ])('reports %s as invalid', (_, raw) => {
    expect(readStoredChecklist(raw).kind).toBe('invalid');
  });

  it('reports a value saved by a newer version as newer, whatever else it holds', () => {
    expect(readStoredChecklist(JSON.stringify({ version: 4, whatever: true }))).toEqual({ kind: 'newer', version: 4 });
  });

  it('reports nothing stored as empty', () => {
    expect(readStoredChecklist(null)).toEqual({ kind: 'empty' });
  });
});

describe('stamps', () => {
  it('every edit is later than all the document has seen, even in the same millisecond or with the clock set back', () => {
    const ticked = day(day(EMPTY_DOC, 1, true, T), 2, true, T);
    const reset = applyEdit(ticked, { kind: 'replace', state: EMPTY_CHECKLIST }, T - 5000);
    expect(mergeDocs(ticked, reset).state.days).toEqual([]);
    expect(Math.min(...Object.values(reset.stamps))).toBeGreaterThan(Math.max(...Object.values(ticked.stamps)));
  });
});

describe('clocks far off', () => {
  it('ignores a habit tick dated outside 2000–2100, which the reader would refuse to read back', () => {
    expect(habit(EMPTY_DOC, '1970-01-01', 'a', true, T)).toBe(EMPTY_DOC);
  });
});

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
    const doc = applyEdit(
      applyEdit(EMPTY_DOC, { kind: 'habit', date: '2026-11-22', id: 'b', done: true }, T),
      { kind: 'start', date: '2026-11-20' },
      T,
    );
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
    expect(readStoredChecklist(JSON.stringify({ ...base, stamps }))).toEqual({
      kind: 'invalid',
      error: '"stamps" must map items to times',
    });
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
