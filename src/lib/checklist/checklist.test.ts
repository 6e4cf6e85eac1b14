import { describe, expect, it } from 'vitest';
import { allHabitsDone, habitStreak, lastSevenDays } from './checklist';
import { exportChecklist, parseChecklistImport } from './file';
import {
  addDays,
  checkChecklist,
  daysBetween,
  EMPTY_CHECKLIST,
  setDayDone,
  setHabitDone,
  setStartDate,
  todaysDay,
  type ChecklistState,
} from './state';
import { readStoredChecklist } from './sync';
import { isIsoDate } from '../guards';

const HABITS = ['a', 'b'];
/** A state with every habit done on each given date. */
const withHabits = (dates: string[]): ChecklistState =>
  dates.reduce((s, d) => HABITS.reduce((t, h) => setHabitDone(t, d, h, true), s), EMPTY_CHECKLIST);

describe('dates', () => {
  it('validates and moves across months and leap days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-11-01', '2026-11-21')).toBe(20);
  });
});

describe('plan progress', () => {
  it('ticks days on and off, ignoring days outside the plan', () => {
    let s = setDayDone(EMPTY_CHECKLIST, 3, true);
    s = setDayDone(s, 1, true);
    s = setDayDone(s, 3, true);
    expect(s.days).toEqual([1, 3]);
    expect(setDayDone(s, 8, true)).toBe(s);
    expect(setDayDone(s, 1, false).days).toEqual([3]);
  });

  it("knows which day is today's", () => {
    expect(todaysDay(null, '2026-11-21')).toBeNull();
    expect(todaysDay('2026-11-21', '2026-11-21')).toBe(1);
    expect(todaysDay('2026-11-15', '2026-11-21')).toBe(7);
    expect(todaysDay('2026-11-14', '2026-11-21')).toBeNull();
    expect(todaysDay('2026-11-22', '2026-11-21')).toBeNull();
  });

  it('accepts only real start dates', () => {
    expect(setStartDate(EMPTY_CHECKLIST, '2026-11-21').startDate).toBe('2026-11-21');
    expect(setStartDate(EMPTY_CHECKLIST, 'tomorrow').startDate).toBeNull();
  });
});

describe('habits', () => {
  it('counts a streak ending today, or yesterday while today is unfinished', () => {
    const s = withHabits(['2026-11-18', '2026-11-19', '2026-11-20']);
    expect(habitStreak(s, HABITS, '2026-11-21')).toBe(3);
    expect(habitStreak(withHabits(['2026-11-19', '2026-11-20', '2026-11-21']), HABITS, '2026-11-21')).toBe(3);
    expect(habitStreak(withHabits(['2026-11-18', '2026-11-20']), HABITS, '2026-11-21')).toBe(1);
    const partial = setHabitDone(s, '2026-11-19', 'b', false);
    expect(habitStreak(partial, HABITS, '2026-11-21')).toBe(1);
    expect(habitStreak(EMPTY_CHECKLIST, HABITS, '2026-11-21')).toBe(0);
  });

  it('summarises the last seven days, oldest first', () => {
    const s = setHabitDone(withHabits(['2026-11-21']), '2026-11-15', 'a', true);
    const week = lastSevenDays(s, HABITS, '2026-11-21');
    expect(week.map((w) => w.date)).toEqual([
      '2026-11-15',
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
    ]);
    expect(week.map((w) => w.done)).toEqual([1, 0, 0, 0, 0, 0, 2]);
  });

  it('forgets history older than 60 days', () => {
    const s = setHabitDone(withHabits(['2026-08-01']), '2026-11-21', 'a', true);
    expect(Object.keys(s.habits)).toEqual(['2026-11-21']);
  });

  it('keeps the habit history of day 59 before today and drops day 60', () => {
    const [day60, day59, today] = ['2026-09-22', '2026-09-23', '2026-11-21'];
    expect([daysBetween(day60, today), daysBetween(day59, today)]).toEqual([60, 59]);
    const s = setHabitDone(withHabits([day60, day59]), today, 'a', true);
    expect(Object.keys(s.habits).sort()).toEqual([day59, today]);
    // Stored or imported history is cut the same way, counting back from its newest date.
    const stored = { version: 2, days: [], startDate: null, habits: { [day60]: ['a'], [day59]: ['b'], [today]: ['a'] } };
    expect(readStoredChecklist(JSON.stringify(stored))).toMatchObject({
      kind: 'ok',
      doc: { state: { habits: { [day59]: ['b'], [today]: ['a'] } } },
    });
  });
});

describe('stored values', () => {
  const v2 = { version: 2, days: [1, 2], startDate: '2026-11-20', habits: { '2026-11-21': ['a'] } };

  it('round-trips the current version', () => {
    expect(readStoredChecklist(JSON.stringify(v2))).toEqual({ kind: 'ok', doc: { state: v2, stamps: {} } });
  });

  it('migrates version 1, which had no habits', () => {
    expect(readStoredChecklist(JSON.stringify({ version: 1, days: [2, 1, 2], startDate: null }))).toEqual({
      kind: 'ok',
      doc: { state: { version: 2, days: [1, 2], startDate: null, habits: {} }, stamps: {} },
    });
  });

  it.each([
    ['not JSON', '{'],
    ['a foreign value', '"hello"'],
    ['version 3 without its stamps', JSON.stringify({ ...v2, version: 3 })],
    ['days out of range', JSON.stringify({ ...v2, days: [9] })],
    ['a bad date', JSON.stringify({ ...v2, startDate: '21/11/2026' })],
    ['bad habits', JSON.stringify({ ...v2, habits: { yesterday: ['a'] } })],
    ['a numeric habit id', JSON.stringify({ ...v2, habits: { '2026-11-21': [1] } })],
  ])('refuses %s (the store keeps the progress it shows)', (_, raw) => {
    expect(readStoredChecklist(raw)).toMatchObject({ kind: 'invalid' });
  });

  it('reports a future version as newer', () => {
    expect(readStoredChecklist(JSON.stringify({ ...v2, version: 4 }))).toEqual({ kind: 'newer', version: 4 });
  });

  it('explains what is wrong when checking strictly', () => {
    expect(checkChecklist({ ...v2, days: [0] })).toEqual({ ok: false, error: '"days" may only hold numbers from 1 to 7' });
    expect(checkChecklist({ ...v2, version: 'x' })).toEqual({ ok: false, error: 'unknown version "x"; expected 1 or 2' });
    expect(checkChecklist({ ...v2, habits: { '2026-11-21': ['a', 7] } })).toEqual({
      ok: false,
      error: '"habits" for 2026-11-21 must be a list of habit ids',
    });
  });
});

describe('export and import', () => {
  const state: ChecklistState = { version: 2, days: [1, 4], startDate: '2026-11-18', habits: { '2026-11-21': ['a', 'b'] } };

  it('round-trips through an export file', () => {
    const file = exportChecklist(state, new Date('2026-11-21T10:00:00Z'));
    expect(parseChecklistImport(file)).toEqual({ ok: true, state });
  });

  it('rejects files that are not exports, saying why', () => {
    expect(parseChecklistImport('not json')).toEqual({
      ok: false,
      error: "This file isn't valid JSON, so it can't be Kindred checklist progress.",
    });
    expect(parseChecklistImport(JSON.stringify(state))).toMatchObject({
      ok: false,
      error: expect.stringContaining("isn't a Kindred checklist export"),
    });
    const damaged = JSON.stringify({ format: 'kindred-checklist', progress: { ...state, days: ['one'] } });
    expect(parseChecklistImport(damaged)).toEqual({
      ok: false,
      error: 'This export is damaged: "days" may only hold numbers from 1 to 7.',
    });
  });
});

describe('habits with no habits', () => {
  it('never counts a day as complete, or a streak, when there are no habits', () => {
    const s: ChecklistState = { ...EMPTY_CHECKLIST, habits: { '2026-11-21': ['a'] } };
    expect(allHabitsDone(s, '2026-11-21', [])).toBe(false);
    expect(habitStreak(s, [], '2026-11-21')).toBe(0);
    expect(lastSevenDays(s, [], '2026-11-21').at(-1)).toEqual({ date: '2026-11-21', done: 0, total: 0 });
  });
});
