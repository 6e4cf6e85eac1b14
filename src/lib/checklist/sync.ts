/**
 * Checklist progress as it is stored and shared between tabs: the state the
 * tracker shows (./state.ts) plus, for every item, when it last
 * changed. A tick is one item changing at one time, so two tabs that tick
 * different things at once both keep their ticks: merging takes, per item,
 * the side that changed it last. An item removed keeps its time (a
 * tombstone), so a merge never brings it back.
 *
 * Items: `day:<n>`, `start` (the start date), `habit:<date>:<id>`.
 */
import { isObject } from '../guards';
import { readStored, type Stored } from '../stored';
import {
  addDays,
  checkChecklist,
  EMPTY_CHECKLIST,
  HABIT_HISTORY_DAYS,
  isSaneDate,
  setDayDone,
  setHabitDone,
  setStartDate,
  type ChecklistState,
} from './state';

/** The stored shape's version; stored values with a higher one come from newer code. */
export const CHECKLIST_DOC_VERSION = 3;

/** Progress plus the time (ms since 1970) each item last changed. */
export interface ChecklistDoc {
  state: ChecklistState;
  stamps: Record<string, number>;
}

/** No progress, nothing ever changed. */
export const EMPTY_DOC: ChecklistDoc = { state: EMPTY_CHECKLIST, stamps: {} };

/** One change a reader makes. */
export type ChecklistEdit =
  | { kind: 'day'; day: number; done: boolean }
  | { kind: 'start'; date: string | null }
  | { kind: 'habit'; date: string; id: string; done: boolean }
  /** An import or a reset: every item takes the new state's value. */
  | { kind: 'replace'; state: ChecklistState };

const dayKey = (day: number) => `day:${day}`;
const habitKey = (date: string, id: string) => `habit:${date}:${id}`;
const START = 'start';

/** The items present in a state, by key. */
function presentKeys(state: ChecklistState): Set<string> {
  const keys = new Set(state.days.map(dayKey));
  if (state.startDate) keys.add(START);
  for (const [date, ids] of Object.entries(state.habits)) for (const id of ids) keys.add(habitKey(date, id));
  return keys;
}

/**
 * Applies an edit at time `now`, stamping each item it changes. Stamps only
 * grow: an edit is always later than every change this document has seen,
 * even within the same millisecond or with a clock set back.
 */
export function applyEdit(doc: ChecklistDoc, edit: ChecklistEdit, clock: number): ChecklistDoc {
  const stamps = { ...doc.stamps };
  const now = Object.values(stamps).reduce((latest, t) => Math.max(latest, t + 1), clock);
  switch (edit.kind) {
    case 'day': {
      const state = setDayDone(doc.state, edit.day, edit.done);
      if (state === doc.state) return doc;
      stamps[dayKey(edit.day)] = now;
      return prune({ state, stamps });
    }
    case 'start':
      stamps[START] = now;
      return { state: setStartDate(doc.state, edit.date), stamps };
    case 'habit':
      // A clock far off (a device booting at 1970) must not store a date the reader would refuse.
      if (!isSaneDate(edit.date)) return doc;
      stamps[habitKey(edit.date, edit.id)] = now;
      return prune({ state: setHabitDone(doc.state, edit.date, edit.id, edit.done), stamps });
    case 'replace':
      for (const key of new Set([...presentKeys(doc.state), ...presentKeys(edit.state), ...Object.keys(doc.stamps)])) stamps[key] = now;
      return prune({ state: edit.state, stamps });
  }
}

/**
 * Both sides' progress in one: for each item, the side that changed it
 * last wins (an item neither side stamped, from before stamps existed, is
 * kept if either side has it). Commutative, so two tabs merging each
 * other's values end with the same progress.
 */
export function mergeDocs(a: ChecklistDoc, b: ChecklistDoc): ChecklistDoc {
  const keys = new Set([...presentKeys(a.state), ...presentKeys(b.state), ...Object.keys(a.stamps), ...Object.keys(b.stamps)]);
  const inA = presentKeys(a.state);
  const inB = presentKeys(b.state);
  const stamps: Record<string, number> = {};
  let state: ChecklistState = { ...EMPTY_CHECKLIST };
  for (const key of [...keys].sort()) {
    const ta = a.stamps[key] ?? 0;
    const tb = b.stamps[key] ?? 0;
    // Equal times (both unstamped, or the same instant): keep the item if either side has it.
    const present = ta === tb ? inA.has(key) || inB.has(key) : ta > tb ? inA.has(key) : inB.has(key);
    const at = Math.max(ta, tb);
    if (at > 0) stamps[key] = at;
    if (!present) continue;
    if (key === START) {
      const winner =
        ta === tb ? [a.state.startDate, b.state.startDate].filter(Boolean).sort().at(-1) : ta > tb ? a.state.startDate : b.state.startDate;
      state = setStartDate(state, winner ?? null);
    } else if (key.startsWith('day:')) state = setDayDone(state, Number(key.slice(4)), true);
    else {
      const [, date = '', id = ''] = key.split(':');
      state = { ...state, habits: { ...state.habits, [date]: [...(state.habits[date] ?? []), id].sort() } };
    }
  }
  return prune({ state, stamps });
}

/** Drops habit history (and its stamps) older than HABIT_HISTORY_DAYS before the newest date. */
function prune(doc: ChecklistDoc): ChecklistDoc {
  const dates = [
    ...Object.keys(doc.state.habits),
    ...Object.keys(doc.stamps).flatMap((k) => (k.startsWith('habit:') ? [k.split(':')[1] ?? ''] : [])),
  ].sort();
  const newest = dates.at(-1);
  if (!newest) return doc;
  const oldest = addDays(newest, -HABIT_HISTORY_DAYS);
  const habits = Object.fromEntries(Object.entries(doc.state.habits).filter(([d]) => d > oldest));
  const stamps = Object.fromEntries(
    Object.entries(doc.stamps).filter(([k]) => !k.startsWith('habit:') || (k.split(':')[1] ?? '') > oldest),
  );
  return { state: { ...doc.state, habits }, stamps };
}

/** The stored JSON: canonical (sorted keys), so equal progress always encodes the same. */
export function encodeDoc(doc: ChecklistDoc): string {
  const habits = Object.fromEntries(Object.entries(doc.state.habits).sort(([a], [b]) => a.localeCompare(b)));
  const stamps = Object.fromEntries(Object.entries(doc.stamps).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ version: CHECKLIST_DOC_VERSION, days: doc.state.days, startDate: doc.state.startDate, habits, stamps });
}

/** Most items a stored value may stamp: 7 days, the start, and 60 days of a handful of habits. */
const MAX_STAMPS = 4096;

function checkStamps(v: unknown): Record<string, number> | undefined {
  if (!isObject(v)) return undefined;
  const entries = Object.entries(v);
  if (entries.length > MAX_STAMPS) return undefined;
  const ok = entries.every(
    ([k, t]) => /^(day:\d+|start|habit:\d{4}-\d{2}-\d{2}:[a-z0-9-]+)$/.test(k) && Number.isSafeInteger(t) && (t as number) > 0,
  );
  return ok ? (Object.fromEntries(entries) as Record<string, number>) : undefined;
}

/**
 * Reads a stored value: versions 1 and 2 (no stamps) are migrated, version
 * 3 is checked strictly, a higher version is reported as newer, anything
 * else is invalid. Never throws.
 */
export function readStoredChecklist(raw: string | null | undefined): Stored<ChecklistDoc> {
  return readStored(raw, CHECKLIST_DOC_VERSION, 'not an object', (value) => {
    if (value['version'] === CHECKLIST_DOC_VERSION) {
      const checked = checkChecklist({ ...value, version: 2 });
      const stamps = checkStamps(value['stamps']);
      if (!checked.ok) return { kind: 'invalid', error: checked.error };
      if (!stamps) return { kind: 'invalid', error: '"stamps" must map items to times' };
      return { kind: 'ok', doc: { state: checked.state, stamps } };
    }
    const checked = checkChecklist(value);
    return checked.ok ? { kind: 'ok', doc: { state: checked.state, stamps: {} } } : { kind: 'invalid', error: checked.error };
  });
}
