/**
 * Checklist progress (plan days, start date, daily habits), kept in the
 * reader's browser under `kindred:checklist:v1` and shared by the checklist
 * island and the header indicator. Other open tabs see changes at once.
 */
import { persistentAtom } from '@nanostores/persistent';
import { CHECKLIST_STORAGE_KEY } from '../consts';
import './storage';
import {
  decodeChecklist,
  EMPTY_CHECKLIST,
  setDayDone,
  setHabitDone,
  setStartDate,
  type ChecklistState,
} from '../lib/checklist-state';


/** The reader's checklist progress. */
export const $checklist = persistentAtom<ChecklistState>(CHECKLIST_STORAGE_KEY, EMPTY_CHECKLIST, {
  encode: JSON.stringify,
  decode: decodeChecklist,
});

/** Ticks a plan day on or off. */
export const markDay = (day: number, done: boolean) => $checklist.set(setDayDone($checklist.get(), day, done));

/** Sets or clears the date the reader started. */
export const markStart = (date: string | null) => $checklist.set(setStartDate($checklist.get(), date));

/** Ticks a habit on or off for a date. */
export const markHabit = (date: string, habitId: string, done: boolean) =>
  $checklist.set(setHabitDone($checklist.get(), date, habitId, done));

/** Replaces all progress (after an import was checked). */
export const replaceChecklist = (state: ChecklistState) => $checklist.set(state);

/** Clears all progress. */
export const resetChecklist = () => $checklist.set(EMPTY_CHECKLIST);
