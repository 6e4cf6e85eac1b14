/**
 * The daily habits: today's ticks, the streak and the last seven days.
 * A `client:visible` island below the plan, in place of the page's plain
 * list once the reader scrolls near it; shares the checklist store with
 * the plan and the header badge.
 */
import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { habitStreak, lastSevenDays, type Habit } from '../../lib/checklist';
import { localDate } from '../../lib/dates';
import { useHydrated } from '../use-hydrated';
import { $checklist, $checklistReadOnly, markHabit } from '../../stores/checklist';

interface Props {
  habits: Habit[];
  /** What the server renders and the page shows until the island has hydrated: the plain list of habits. */
  children?: ComponentChildren;
}

const at = (iso: string) => new Date(`${iso}T12:00:00`);
/** "Mon" */
const shortDay = (iso: string) => at(iso).toLocaleDateString(undefined, { weekday: 'short' });
/** "Monday, November 17" */
const longDay = (iso: string) => at(iso).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

export default function ChecklistHabits({ habits, children }: Props) {
  const hydrated = useHydrated();
  const state = useStore($checklist);
  const readOnly = useStore($checklistReadOnly);

  const today = localDate(new Date());
  const habitIds = habits.map((h) => h.id);
  const streak = habitStreak(state, habitIds, today);
  const week = lastSevenDays(state, habitIds, today);
  const doneToday = state.habits[today] ?? [];

  // Stored progress is read only once hydrated: until then, what the server rendered.
  if (!hydrated) return <>{children}</>;

  return (
    <section aria-labelledby="habits-title" class="checklist">
      <h2 id="habits-title">Today's habits</h2>
      <fieldset class="checklist-habits" disabled={readOnly}>
        <legend>Done today, {longDay(today)}</legend>
        {habits.map((h) => (
          <div key={h.id} class="habit">
            <input
              id={`habit-${h.id}`}
              type="checkbox"
              checked={doneToday.includes(h.id)}
              onChange={(e) => markHabit(today, h.id, e.currentTarget.checked)}
            />
            <label for={`habit-${h.id}`}>
              {h.label}
              {h.detail && <span class="habit-detail">{h.detail}</span>}
            </label>
          </div>
        ))}
      </fieldset>
      <p class="streak">
        Streak: <strong>{streak} {streak === 1 ? 'day' : 'days'}</strong> in a row with every habit done.
      </p>
      <h3 id="week-title">Your last 7 days</h3>
      <ol class="habit-week" aria-labelledby="week-title">
        {week.map((w) => {
          const level = w.done === 0 ? 'none' : w.done === w.total ? 'all' : 'some';
          return (
            <li key={w.date} class={`level-${level}`}>
              <span aria-hidden="true" class="habit-dot">{level === 'all' ? '✓' : level === 'some' ? '•' : ''}</span>
              <span aria-hidden="true" class="habit-day">{shortDay(w.date)}</span>
              <span class="visually-hidden">
                {longDay(w.date)}: {w.done} of {w.total} habits done
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
