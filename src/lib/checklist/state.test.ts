import { describe, expect, it } from 'vitest';
import { checkChecklist, EMPTY_CHECKLIST, excerpt, isSaneDate, PLAN_DAYS, setDayDone, setHabitDone } from './state';

const v2 = { version: 2, days: [1, 2], startDate: '2026-11-20', habits: { '2026-11-21': ['a'] } };
const errorOf = (value: unknown) => {
  const checked = checkChecklist(value);
  return checked.ok ? null : checked.error;
};

describe('the empty state', () => {
  it('has nothing ticked, no start date and no habits', () => {
    expect(EMPTY_CHECKLIST).toEqual({ version: 2, days: [], startDate: null, habits: {} });
  });
});

describe('excerpt', () => {
  it('quotes a value, cut to 40 characters with an ellipsis', () => {
    expect(excerpt('abc')).toBe('"abc"');
    expect(excerpt('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(excerpt('x'.repeat(41))).toBe(`"${'x'.repeat(40)}…"`);
    expect(excerpt({ a: 1 })).toBe('"{\\"a\\":1}"');
    expect(excerpt(undefined)).toBe('"undefined"');
    expect(excerpt('abcdef', 3)).toBe('"abc…"');
  });
});

describe('isSaneDate', () => {
  it('accepts real dates from 2000 to 2100, both ends included', () => {
    expect(['2000-01-01', '2100-12-31', '2026-11-21'].map(isSaneDate)).toEqual([true, true, true]);
    expect(['1999-12-31', '2101-01-01', '2026-02-30', 'soon', 5, null].map(isSaneDate)).toEqual([false, false, false, false, false, false]);
  });
});

describe('checking stored progress strictly', () => {
  it('says what is wrong with each field', () => {
    expect(errorOf('hello')).toBe('expected an object with checklist progress');
    expect(errorOf({ ...v2, days: '1,2' })).toBe('"days" must be a list of day numbers');
    expect(errorOf({ ...v2, days: [PLAN_DAYS + 1] })).toBe('"days" may only hold numbers from 1 to 7');
    expect(errorOf({ ...v2, startDate: '21/11/2026' })).toBe('"startDate" must be a date written YYYY-MM-DD');
    expect(errorOf({ ...v2, startDate: '1999-12-31' })).toBe('"startDate" must be a date between 2000 and 2100');
    expect(errorOf({ ...v2, habits: ['a'] })).toBe('"habits" must map dates to lists of habit ids');
    expect(errorOf({ ...v2, habits: { '1999-01-01': ['a'] } })).toBe('"habits" has "1999-01-01", which is not a date written YYYY-MM-DD');
    expect(errorOf({ ...v2, habits: { '2026-11-21': 'a' } })).toBe('"habits" for 2026-11-21 must be a list of habit ids');
  });

  it('accepts day 7, no start date at all, and up to 32 habits a day', () => {
    expect(checkChecklist({ ...v2, days: [PLAN_DAYS] })).toMatchObject({ ok: true, state: { days: [7] } });
    expect(checkChecklist({ version: 2, days: [], habits: {} })).toEqual({ ok: true, state: EMPTY_CHECKLIST });
    const ids = Array.from({ length: 32 }, (_, i) => `h${String(i).padStart(2, '0')}`);
    expect(checkChecklist({ ...v2, habits: { '2026-11-21': ids } })).toMatchObject({ ok: true });
    expect(errorOf({ ...v2, habits: { '2026-11-21': [...ids, 'h32'] } })).toBe('"habits" for 2026-11-21 must be a list of habit ids');
  });

  it('accepts habit ids as content/checklist.yaml writes them, and nothing else', () => {
    const check = (id: string) => checkChecklist({ ...v2, habits: { '2026-11-21': [id] } }).ok;
    expect(['a', 'say-thanks', '7-days', 'x'.repeat(64)].map(check)).toEqual([true, true, true, true]);
    expect(['-abc', 'abc!', 'Say-thanks', 'x'.repeat(65), ''].map(check)).toEqual([false, false, false, false, false]);
  });

  it('sorts and de-duplicates habit ids, and drops days with none', () => {
    const checked = checkChecklist({ ...v2, habits: { '2026-11-20': [], '2026-11-21': ['b', 'a', 'b'] } });
    expect(checked).toEqual({ ok: true, state: { ...v2, habits: { '2026-11-21': ['a', 'b'] } } });
  });

  it('counts the 60 days back from the newest date, whatever order the dates are stored in', () => {
    const checked = checkChecklist({ ...v2, habits: { '2026-11-21': ['a'], '2026-09-22': ['a'], '2026-09-23': ['b'] } });
    expect(checked).toEqual({ ok: true, state: { ...v2, habits: { '2026-09-23': ['b'], '2026-11-21': ['a'] } } });
  });
});

describe('edits', () => {
  it('ticks day 7 but not day 0 or a fraction of a day', () => {
    expect(setDayDone(EMPTY_CHECKLIST, PLAN_DAYS, true).days).toEqual([7]);
    expect(setDayDone(EMPTY_CHECKLIST, 0, true)).toBe(EMPTY_CHECKLIST);
    expect(setDayDone(EMPTY_CHECKLIST, 1.5, true)).toBe(EMPTY_CHECKLIST);
  });

  it("keeps each day's habit ids sorted", () => {
    const s = setHabitDone(setHabitDone(EMPTY_CHECKLIST, '2026-11-21', 'b', true), '2026-11-21', 'a', true);
    expect(s.habits['2026-11-21']).toEqual(['a', 'b']);
  });
});
