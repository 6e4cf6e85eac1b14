/**
 * Checklist state: its stored shape, the edits the store makes, and strict
 * checking, decoding and migrating of stored values. Kept apart from
 * ./checklist.ts because the header indicator on every page needs only this.
 * Dates are local calendar days written YYYY-MM-DD.
 */
import { isIsoDate, isObject } from './guards';

/** The most days a plan may have: the stored format accepts days 1..PLAN_DAYS (content/checklist.yaml is checked against it). */
export const PLAN_DAYS = 7;

/** How many days of habit history are kept (enough for streaks and the week view). */
export const HABIT_HISTORY_DAYS = 60;

/** What is stored under `kindred:checklist:v1`. */
export interface ChecklistState {
  /** Shape version of the value; older ones are migrated on read. */
  version: 2;
  /** Plan days ticked off, 1..7, ascending. */
  days: number[];
  /** The day the reader started the plan, if they said. */
  startDate: string | null;
  /** Habit ids done, per date. */
  habits: Record<string, string[]>;
}

/** The state before the reader has done anything. */
export const EMPTY_CHECKLIST: ChecklistState = { version: 2, days: [], startDate: null, habits: {} };

// ---------- Dates ----------

/** The date n days after (or before, for negative n) an ISO date. */
export function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

// ---------- Edits ----------

/** Ticks a plan day on or off. */
export function setDayDone(state: ChecklistState, day: number, done: boolean): ChecklistState {
  if (!Number.isInteger(day) || day < 1 || day > PLAN_DAYS) return state;
  const days = new Set(state.days);
  if (done) days.add(day);
  else days.delete(day);
  return { ...state, days: [...days].sort((a, b) => a - b) };
}

/** Sets or clears the start date. */
export function setStartDate(state: ChecklistState, date: string | null): ChecklistState {
  return { ...state, startDate: date && isIsoDate(date) ? date : null };
}

/** Ticks a habit on or off for a date; drops history older than HABIT_HISTORY_DAYS. */
export function setHabitDone(state: ChecklistState, date: string, habitId: string, done: boolean): ChecklistState {
  const current = new Set(state.habits[date] ?? []);
  if (done) current.add(habitId);
  else current.delete(habitId);
  const habits: Record<string, string[]> = {};
  const oldest = addDays(date, -HABIT_HISTORY_DAYS);
  for (const [d, ids] of Object.entries({ ...state.habits, [date]: [...current] })) {
    if (d > oldest && ids.length) habits[d] = [...ids].sort();
  }
  return { ...state, habits };
}

// ---------- Checking and decoding ----------

/** A value checked strictly: the state, or a message saying what is wrong. */
export type Checked = { ok: true; state: ChecklistState } | { ok: false; error: string };

function checkDays(v: unknown): number[] | string {
  if (!Array.isArray(v)) return '"days" must be a list of day numbers';
  if (!v.every((d) => Number.isInteger(d) && d >= 1 && d <= PLAN_DAYS)) return `"days" may only hold numbers from 1 to ${PLAN_DAYS}`;
  return [...new Set(v as number[])].sort((a, b) => a - b);
}

function checkStart(v: unknown): string | null | { error: string } {
  if (v === null || v === undefined) return null;
  return isIsoDate(v) ? v : { error: '"startDate" must be a date written YYYY-MM-DD' };
}

function checkHabits(v: unknown): Record<string, string[]> | string {
  if (!isObject(v)) return '"habits" must map dates to lists of habit ids';
  const out: Record<string, string[]> = {};
  for (const [date, ids] of Object.entries(v)) {
    if (!isIsoDate(date)) return `"habits" has "${date}", which is not a date written YYYY-MM-DD`;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return `"habits" for ${date} must be a list of habit ids`;
    if (ids.length) out[date] = [...new Set(ids as string[])].sort();
  }
  return out;
}

/**
 * Checks a parsed value strictly, migrating older shapes:
 * version 1 (the first release) had days and a start date but no habits.
 */
export function checkChecklist(value: unknown): Checked {
  if (!isObject(value)) return { ok: false, error: 'expected an object with checklist progress' };
  const version = value['version'];
  if (version !== 1 && version !== 2) return { ok: false, error: `unknown version ${JSON.stringify(version)}; expected 1 or 2` };
  const days = checkDays(value['days']);
  if (typeof days === 'string') return { ok: false, error: days };
  const startDate = checkStart(value['startDate']);
  if (isObject(startDate)) return { ok: false, error: startDate.error };
  const habits = version === 1 ? {} : checkHabits(value['habits']);
  if (typeof habits === 'string') return { ok: false, error: habits };
  return { ok: true, state: { version: 2, days, startDate, habits } };
}

/** Decodes the stored string; anything unreadable gives the empty state, never an error. */
export function decodeChecklist(raw: string | null | undefined): ChecklistState {
  if (!raw) return EMPTY_CHECKLIST;
  try {
    const checked = checkChecklist(JSON.parse(raw));
    return checked.ok ? checked.state : EMPTY_CHECKLIST;
  } catch {
    return EMPTY_CHECKLIST;
  }
}
