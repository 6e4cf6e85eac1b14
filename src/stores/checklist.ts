/**
 * Checklist progress (plan days, start date, daily habits), kept in the
 * reader's browser under CHECKLIST_STORAGE_KEY and shared by the checklist
 * island and the header badge. Ticks from other open tabs are merged in
 * item by item (src/lib/checklist/sync.ts), so no tab loses another's.
 */
import { atom } from 'nanostores';
import { CHECKLIST_STORAGE_KEY } from '../consts';
import type { ChecklistState } from '../lib/checklist/state';
import { EMPTY_CHECKLIST } from '../lib/checklist/state';
import { applyEdit, EMPTY_DOC, encodeDoc, mergeDocs, readStoredChecklist, type ChecklistEdit } from '../lib/checklist/sync';
import { syncedStore } from './synced-store';

const synced = syncedStore({
  key: CHECKLIST_STORAGE_KEY,
  empty: EMPTY_DOC,
  read: readStoredChecklist,
  encode: encodeDoc,
  merge: mergeDocs,
});

/** The reader's checklist progress (the document without its stamps). */
export const $checklist = atom<ChecklistState>(synced.$doc.get().state);
synced.$doc.listen((doc) => $checklist.set(doc.state));

/** True when a newer version of the site saved the progress: this page shows it read-only. */
export const $checklistReadOnly = synced.$newer;

const edit = (change: ChecklistEdit) => synced.update((doc) => applyEdit(doc, change, Date.now()));

/** Ticks a plan day on or off. */
export const markDay = (day: number, done: boolean) => edit({ kind: 'day', day, done });

/** Sets or clears the date the reader started. */
export const markStart = (date: string | null) => edit({ kind: 'start', date });

/** Ticks a habit on or off for a date. */
export const markHabit = (date: string, id: string, done: boolean) => edit({ kind: 'habit', date, id, done });

/**
 * Replaces all progress (after an import or a restore link was checked);
 * other tabs take it over too. Given a function, it gets the progress as
 * it is at that moment (merged with other tabs), e.g. to merge into it.
 */
export const replaceChecklist = (next: ChecklistState | ((current: ChecklistState) => ChecklistState)) =>
  synced.update((doc) => applyEdit(doc, { kind: 'replace', state: typeof next === 'function' ? next(doc.state) : next }, Date.now()));

/** Clears all progress, here and in other open tabs. */
export const resetChecklist = () => edit({ kind: 'replace', state: EMPTY_CHECKLIST });
