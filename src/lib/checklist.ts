/**
 * The 7-day plan and daily habits as the tracker shows them: today's day,
 * streaks, the week view, and export and import files.
 */
import { addDays, checkChecklist, daysBetween, HABIT_HISTORY_DAYS, PLAN_DAYS, type Checked, type ChecklistState } from './checklist-state';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---------- Progress ----------

/** Which plan day falls on `today`, or null before the start, after day 7, or with no start date. */
export function todaysDay(startDate: string | null, today: string): number | null {
  if (!startDate) return null;
  const n = daysBetween(startDate, today) + 1;
  return n >= 1 && n <= PLAN_DAYS ? n : null;
}

/** True when every habit was done on that date. */
export function allHabitsDone(state: ChecklistState, date: string, habitIds: readonly string[]): boolean {
  const done = state.habits[date] ?? [];
  return habitIds.length > 0 && habitIds.every((id) => done.includes(id));
}

/**
 * Days in a row with every habit done, ending today; if today isn't complete
 * yet, the run up to yesterday still counts.
 */
export function habitStreak(state: ChecklistState, habitIds: readonly string[], today: string): number {
  let day = allHabitsDone(state, today, habitIds) ? today : addDays(today, -1);
  let streak = 0;
  while (allHabitsDone(state, day, habitIds) && streak <= HABIT_HISTORY_DAYS) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}

/** The last 7 days, oldest first, with how many habits were done on each. */
export function lastSevenDays(state: ChecklistState, habitIds: readonly string[], today: string) {
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(today, i - 6);
    const done = (state.habits[date] ?? []).filter((id) => habitIds.includes(id)).length;
    return { date, done, total: habitIds.length };
  });
}

// ---------- Export and import ----------

/** Marks an export file as Kindred checklist progress. */
const EXPORT_FORMAT = 'kindred-checklist';

/** The contents of an export file. */
export function exportChecklist(state: ChecklistState, now: Date): string {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: state }, null, 2) + '\n';
}

/** Reads an export file; a file that isn't one says why, and nothing changes. */
export function parseChecklistImport(text: string): Checked {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: "This file isn't valid JSON, so it can't be Kindred checklist progress." };
  }
  if (!isObject(value) || value['format'] !== EXPORT_FORMAT) {
    return { ok: false, error: "This file isn't a Kindred checklist export. Choose a file saved with \u201cExport progress\u201d." };
  }
  const checked = checkChecklist(value['progress']);
  return checked.ok ? checked : { ok: false, error: `This export is damaged: ${checked.error}.` };
}
