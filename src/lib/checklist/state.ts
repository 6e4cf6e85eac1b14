/**
 * Checklist state: the progress the tracker shows (shape version 2), the
 * edits the store makes, and strict checking and migrating of it. Storage
 * (`kindred:checklist:v1`) holds it as version 3, with a stamp per item
 * (./sync.ts); export files carry this version 2 shape as it is, and restore
 * links (./restore.ts) decode to it.
 * Kept apart from ./checklist.ts because the header indicator on every page
 * needs only this. Dates are local calendar days written YYYY-MM-DD.
 */
import { isIsoDate, isObject } from '../guards';

/** The most days a plan may have: the stored format accepts days 1..PLAN_DAYS (content/checklist.yaml is checked against it). */
export const PLAN_DAYS = 7;

/** How many days of habit history are kept (enough for streaks and the week view). */
export const HABIT_HISTORY_DAYS = 60;

/** The reader's progress as the tracker shows it; stored under `kindred:checklist:v1` inside a version 3 document (./sync.ts). */
export interface ChecklistState {
  /** Shape version: 2 (version 1, without habits, is migrated on read). */
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

/** Which plan day falls on `today`, or null before the start, after day 7, or with no start date. */
export function todaysDay(startDate: string | null, today: string): number | null {
  // Stryker disable next-line ConditionalExpression: with no start date daysBetween is NaN, which is no plan day either
  if (!startDate) return null;
  const n = daysBetween(startDate, today) + 1;
  return n >= 1 && n <= PLAN_DAYS ? n : null;
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
  return { ...state, startDate: date && isSaneDate(date) ? date : null };
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

/**
 * Keeps only what the tracker keeps: habits of this plan, on dates within the
 * habit history up to today (a file from the future or from long ago brings
 * nothing unexpected).
 */
export function boundToPlan(state: ChecklistState, habitIds: readonly string[], today: string): ChecklistState {
  const oldest = addDays(today, -HABIT_HISTORY_DAYS);
  const habits: Record<string, string[]> = {};
  for (const [date, ids] of Object.entries(state.habits)) {
    const known = ids.filter((id) => habitIds.includes(id));
    if (date > oldest && date <= today && known.length) habits[date] = known;
  }
  return { ...state, habits };
}

// ---------- Checking and decoding ----------

/** A value checked strictly: the state, or a message saying what is wrong. */
export type Checked = { ok: true; state: ChecklistState } | { ok: false; error: string };

/** Start dates outside these years are refused (a typo, not a plan). */
export const START_YEARS = { min: 2000, max: 2100 } as const;

/** Habit ids as content/checklist.yaml writes them: lowercase words joined by hyphens. */
const HABIT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** At most this many habits a day are kept from stored or imported data. */
const MAX_HABITS_A_DAY = 32;

/** A value quoted in an error message, cut short so a huge input never makes a huge message. */
export const excerpt = (v: unknown, max = 40): string => {
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
};

/** True for an ISO date within START_YEARS. */
export const isSaneDate = (v: unknown): v is string => {
  if (!isIsoDate(v)) return false;
  const year = Number(v.slice(0, 4));
  return year >= START_YEARS.min && year <= START_YEARS.max;
};

function checkDays(v: unknown): number[] | string {
  if (!Array.isArray(v)) return '"days" must be a list of day numbers';
  if (!v.every((d) => Number.isInteger(d) && d >= 1 && d <= PLAN_DAYS)) return `"days" may only hold numbers from 1 to ${PLAN_DAYS}`;
  return [...new Set(v as number[])].sort((a, b) => a - b);
}

function checkStart(v: unknown): string | null | { error: string } {
  if (v === null || v === undefined) return null;
  if (!isIsoDate(v)) return { error: '"startDate" must be a date written YYYY-MM-DD' };
  return isSaneDate(v) ? v : { error: `"startDate" must be a date between ${START_YEARS.min} and ${START_YEARS.max}` };
}

function checkHabits(v: unknown): Record<string, string[]> | string {
  if (!isObject(v)) return '"habits" must map dates to lists of habit ids';
  const entries = Object.entries(v);
  const out: Record<string, string[]> = {};
  for (const [date, ids] of entries) {
    if (!isSaneDate(date)) return `"habits" has ${excerpt(date)}, which is not a date written YYYY-MM-DD`;
    if (!Array.isArray(ids) || ids.length > MAX_HABITS_A_DAY || !ids.every((id) => typeof id === 'string' && HABIT_ID.test(id))) {
      return `"habits" for ${date} must be a list of habit ids`;
    }
    if (ids.length) out[date] = [...new Set(ids as string[])].sort();
  }
  // Only the newest HABIT_HISTORY_DAYS dates are ever kept.
  const dates = Object.keys(out).sort();
  if (dates.length) {
    const oldest = addDays(dates.at(-1) as string, -HABIT_HISTORY_DAYS);
    for (const d of dates) if (d <= oldest) delete out[d];
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
  if (version !== 1 && version !== 2) return { ok: false, error: `unknown version ${excerpt(version)}; expected 1 or 2` };
  const days = checkDays(value['days']);
  if (typeof days === 'string') return { ok: false, error: days };
  const startDate = checkStart(value['startDate']);
  if (isObject(startDate)) return { ok: false, error: startDate.error };
  const habits = version === 1 ? {} : checkHabits(value['habits']);
  if (typeof habits === 'string') return { ok: false, error: habits };
  return { ok: true, state: { version: 2, days, startDate, habits } };
}
