/**
 * The daily habits: today's ticks, the streak and the last seven days.
 * Rendered below the plan by the plan island (./Checklist.tsx) when the
 * reader scrolls to it, in place of the page's plain list; shares the
 * checklist store with the plan and the header badge.
 */
import { useStore } from '@nanostores/preact';
import { habitStreak, lastSevenDays, type Habit } from '../lib/checklist/checklist';
import { formatDate, localDate } from '../lib/dates';
import { $checklist, $checklistReadOnly, markHabit } from '../stores/checklist';

interface Props {
  habits: Habit[];
}

export default function ChecklistHabits({ habits }: Props) {
  const state = useStore($checklist);
  const readOnly = useStore($checklistReadOnly);

  const today = localDate(new Date());
  const habitIds = habits.map((h) => h.id);
  const streak = habitStreak(state, habitIds, today);
  const week = lastSevenDays(state, habitIds, today);
  const doneToday = state.habits[today] ?? [];

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
        Streak: <strong>{streak} {streak === 1 ? 'day' : 'days'}</strong> in a row with every habit done.
      </p>
      <h3 id="week-title">Your last 7 days</h3>
      <ol class="habit-week" aria-labelledby="week-title">
        {week.map((w) => {
          const level = w.done === 0 ? 'none' : w.done === w.total ? 'all' : 'some';
          return (
            <li key={w.date} class={`level-${level}`}>
              <span aria-hidden="true" class="habit-dot">{level === 'all' ? '✓' : level === 'some' ? '•' : ''}</span>
              <span aria-hidden="true" class="habit-day">{formatDate(w.date, 'weekday')}</span>
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
