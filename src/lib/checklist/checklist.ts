/**
 * The 7-day plan and daily habits as the tracker shows them: today's day,
 * streaks and the week view. Export and import files are in ./file.ts.
 */
import { addDays, HABIT_HISTORY_DAYS, type ChecklistState } from './state';

// Lives beside the state so the plan, which loads at start, need not load this file.

/** A plan day as the tracker shows it (built from content/checklist.yaml). */
export interface PlanDay {
  /** The day's id in content/checklist.yaml (restore links are tied to the plan's ids). */
  id: string;
  day: number;
  title: string;
  action: string;
  /** Site-absolute URL of the tip or section that helps with it. */
  href: string;
  /** Link text for href. */
  linkLabel: string;
  /** Messages for a day that asks the reader to say something (content/messages.yaml), offered under "Need words?". */
  words?: DayWords[];
}

/** One situation's messages, as a plan day offers them. */
export interface DayWords {
  title: string;
  /** The situation's own page on the words page. */
  href: string;
  messages: { id: string; text: string }[];
}

/** A daily habit as the tracker shows it. */
export interface Habit {
  id: string;
  label: string;
  detail?: string | undefined;
}

// ---------- Progress ----------

/** True when every habit was done on that date. */
export function allHabitsDone(state: ChecklistState, date: string, habitIds: readonly string[]): boolean {
  // Stryker disable next-line ArrayDeclaration: "Stryker was here" can never be a habit id (they are kebab-case)
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
  // Stryker disable next-line EqualityOperator,ConditionalExpression: a loop guard; stored history never holds more than HABIT_HISTORY_DAYS days
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
    // Stryker disable next-line ArrayDeclaration: "Stryker was here" can never be a habit id (they are kebab-case)
    const done = (state.habits[date] ?? []).filter((id) => habitIds.includes(id)).length;
    return { date, done, total: habitIds.length };
  });
}
