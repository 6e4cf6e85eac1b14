/**
 * The daily habits: today's ticks, the streak and the last seven days.
 * A `client:visible` island below the plan, in place of the page's plain
 * list once the reader scrolls near it; shares the checklist store with
 * the plan and the header badge.
 */
import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { habitStreak, lastSevenDays, type Habit } from '../../lib/checklist/checklist';
import { formatDate, localDate } from '../../lib/dates';
import { $checklist, $checklistReadOnly, markHabit } from '../../stores/checklist';
import { useHydrated } from '../use-hydrated';

interface Props {
  habits: Habit[];
  /** What the server renders and the page shows until the island has hydrated: the plain list of habits. */
  children?: ComponentChildren;
}

export default function ChecklistHabits({ habits, children }: Props) {
  const hydrated = useHydrated();
  const state = useStore($checklist);
  const readOnly = useStore($checklistReadOnly);

  const today = localDate(new Date());
  const habitIds = habits.map((h) => h.id);
  const streak = habitStreak(state, habitIds, today);
  const week = lastSevenDays(state, habitIds, today);
  const doneToday = state.habits[today] ?? [];

  // Stored progress is read only once hydrated: until then, what the server rendered. In an element
  // with a box, not a fragment: client:visible watches the island's children, and a lone <astro-slot>
  // (display: contents) never intersects, so the island would never hydrate.
  if (!hydrated) return <div>{children}</div>;

  return (
    <section aria-labelledby="habits-title" class="checklist">
      <h2 id="habits-title">Today's habits</h2>
      <fieldset class="checklist-habits" disabled={readOnly}>
        <legend>Done today, {formatDate(today, 'long')}</legend>
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
        Streak:{' '}
        <strong>
          {streak} {streak === 1 ? 'day' : 'days'}
        </strong>{' '}
        in a row with every habit done.
      </p>
      <h3 id="week-title">Your last 7 days</h3>
      <ol class="habit-week" aria-labelledby="week-title">
        {week.map((w) => {
          const level = w.done === 0 ? 'none' : w.done === w.total ? 'all' : 'some';
          return (
            <li key={w.date} class={`level-${level}`}>
              <span aria-hidden="true" class="habit-dot">
                {level === 'all' ? '✓' : level === 'some' ? '•' : ''}
              </span>
              <span aria-hidden="true" class="habit-day">
                {formatDate(w.date, 'weekday')}
              </span>
              <span class="visually-hidden">
                {formatDate(w.date, 'long')}: {w.done} of {w.total} habits done
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
