/**
 * How the checklist's tools put progress and dates into words (the restore
 * prompt, the link panel, the calendar hint).
 */
import type { ChecklistState } from '../../lib/checklist/state';
import { formatDate } from '../../lib/dates';

const count = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/** "3 of 7 days done, a start date of Monday, 16 November, and habits on 5 days", or "no progress yet". */
export function progressSummary(state: ChecklistState, planDays: number): string {
  const habitDays = Object.values(state.habits).filter((ids) => ids.length).length;
  const parts = [
    ...(state.days.length ? [`${state.days.length} of ${planDays} days done`] : []),
    ...(state.startDate ? [`a start date of ${formatDate(state.startDate, 'long')}`] : []),
    ...(habitDays ? [`habits on ${count(habitDays, 'day')}`] : []),
  ];
  if (!parts.length) return 'no progress yet';
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
