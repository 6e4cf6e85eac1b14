/**
 * The 7-day plan tracker: days ticked off and the start date. A
 * `client:only` island, since all it shows is stored progress; the page's
 * printable list is its fallback. It shares the checklist store with the
 * habits and tools islands (./ChecklistHabits.tsx, ./ChecklistTools.tsx)
 * and the header badge. It also opens the restore prompt when the address
 * has a restore link, and asks the browser to keep progress once there is
 * some, both loaded on demand. Rules live in src/lib/checklist/; this
 * file renders and dispatches.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Habit, PlanDay } from '../../lib/checklist/checklist';
import { localDate } from '../../lib/dates';
import { isSaneDate, START_YEARS, todaysDay } from '../../lib/checklist/state';
import { $checklist, $checklistReadOnly, markDay, markStart } from '../../stores/checklist';
import { $storageWorks } from '../../stores/storage';
import './checklist.css';
import '../../styles/words.css';
import DayWords from './DayWords';

type RestorePrompt = typeof import('./ChecklistRestore').default;

/** Counts restore links seen, so each one gets a fresh prompt (even the same link pasted twice). */
let linksSeen = 0;

/** What the page gives the tracker, at build time. */
export interface ChecklistProps {
  days: PlanDay[];
  habits: Habit[];
}

export default function Checklist({ days, habits }: ChecklistProps) {
  const state = useStore($checklist);
  const storageWorks = useStore($storageWorks);
  const readOnly = useStore($checklistReadOnly);
  const [startError, setStartError] = useState('');
  // The restore prompt and the fragment it was opened with, once a #restore= link is seen.
  const [restore, setRestore] = useState<{ Prompt: RestorePrompt; hash: string; at: number } | null>(null);

  useEffect(() => {
    // A restore link, on arrival or pasted into this tab's address bar later.
    const look = () => {
      const hash = location.hash;
      if (hash.startsWith('#restore='))
        import('./ChecklistRestore').then(
          (m) => setRestore({ Prompt: m.default, hash, at: ++linksSeen }),
          () => {},
        );
    };
    look();
    addEventListener('hashchange', look);
    return () => removeEventListener('hashchange', look);
  }, []);

  // After the first tick, and on later visits with progress, ask the browser to keep it (again, if it said no before).
  const hasProgress = state.days.length > 0 || state.startDate !== null || Object.keys(state.habits).length > 0;
  useEffect(() => {
    if (hasProgress)
      import('../../stores/keep').then(
        (m) => m.askToKeep(),
        () => {},
      );
  }, [hasProgress]);

  const today = localDate(new Date());
  const todayN = todaysDay(state.startDate, today);
  const done = state.days.length;

  const onStart = (value: string) => {
    if (value && !isSaneDate(value)) {
      setStartError(`Choose a date between ${START_YEARS.min} and ${START_YEARS.max}.`);
      return;
    }
    setStartError('');
    markStart(value || null);
  };

  return (
    <div class="checklist">
      {restore && <restore.Prompt key={restore.at} hash={restore.hash} days={days} habits={habits} onClose={() => setRestore(null)} />}
      {!storageWorks && (
        <p class="checklist-note">
          Your browser isn't letting this site save changes right now. Progress saved earlier is shown, but new changes last only until you
          close this tab.
        </p>
      )}
      {readOnly && (
        <p class="checklist-note">
          Your progress was saved by a newer version of Kindred, so this page won't change it. Reload the page to get the newer version.
        </p>
      )}
      <fieldset class="checklist-body" disabled={readOnly}>
        <section aria-labelledby="plan-title">
          <h2 id="plan-title">Day by day</h2>
          <div class="checklist-progress">
            <span id="plan-progress">
              {done} of {days.length} days done
            </span>
            <progress max={days.length} value={done} aria-labelledby="plan-progress" />
          </div>
          {done === days.length && (
            <p class="checklist-done">
              <strong>All {days.length} days done.</strong> That took real effort, and every step was a kindness to someone, you included.
              Keep the habits going, and come back to any day you'd like to repeat.
            </p>
          )}
          {done === days.length && (
            <p class="checklist-invite">
              Now <a href="/check-in/">check in again</a> to see what changed since before Day 1.
            </p>
          )}
          {done === 0 && (
            <p class="checklist-invite">
              Before Day 1, <a href="/check-in/">take a two-minute check-in</a>. After Day 7, check in again to see what changed.
            </p>
          )}
          <p class="checklist-start">
            <label for="start-date">I started on</label>{' '}
            <input
              id="start-date"
              type="date"
              value={state.startDate ?? ''}
              min={`${START_YEARS.min}-01-01`}
              max={`${START_YEARS.max}-12-31`}
              aria-describedby={startError ? 'start-error' : undefined}
              onChange={(e) => onStart((e.currentTarget as HTMLInputElement).value)}
            />
            {todayN && <span class="checklist-today-note"> Today is day {todayN}.</span>}
          </p>
          {startError && (
            <p id="start-error" class="import-error" role="alert">
              {startError}
            </p>
          )}
          <ol class="checklist-days">
            {days.map((d) => {
              const isToday = d.day === todayN;
              const checked = state.days.includes(d.day);
              return (
                <li key={d.day} aria-current={isToday ? 'date' : undefined}>
                  <input
                    id={`day-${d.day}`}
                    type="checkbox"
                    checked={checked}
                    onChange={(e) => markDay(d.day, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  <div>
                    <label for={`day-${d.day}`}>
                      <strong>
                        Day {d.day}: {d.title}
                      </strong>
                      {isToday && <span class="today-badge"> (today)</span>}
                    </label>
                    <p>
                      {d.action} <a href={d.href}>{d.linkLabel}</a>
                    </p>
                    {d.words?.length ? <DayWords day={d.day} words={d.words} /> : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      </fieldset>
    </div>
  );
}
