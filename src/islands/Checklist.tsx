/**
 * The 7-day checklist tracker and daily habits. Shows its children (the plan
 * as a printable list) until it hydrates, then reads stored progress. Rules
 * live in src/lib/checklist*.ts; the file tools (calendar, export, import)
 * load from ./checklist-files.ts when used. This file renders and dispatches.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { habitStreak, lastSevenDays, todaysDay, type Habit, type PlanDay } from '../lib/checklist';
import { localDate } from '../lib/dates';
import { isSaneDate, START_YEARS } from '../lib/checklist-state';
import { $checklist, $checklistReadOnly, markDay, markHabit, markStart, replaceChecklist, resetChecklist } from '../stores/checklist';
import { $storageWorks } from '../stores/storage';
import { useHydrated } from './use-hydrated';
import './checklist.css';

interface Props {
  days: PlanDay[];
  habits: Habit[];
  children?: ComponentChildren;
}

/** The file tools, loaded on first use. */
const files = () => import('./checklist-files');

const weekday = (iso: string, style: 'short' | 'long') =>
  new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, { weekday: style, day: 'numeric', month: style === 'long' ? 'long' : 'short' });

export default function Checklist({ days, habits, children }: Props) {
  const mounted = useHydrated();
  const state = useStore($checklist);
  const storageWorks = useStore($storageWorks);
  const readOnly = useStore($checklistReadOnly);
  const [startError, setStartError] = useState('');
  const [message, setMessage] = useState('');
  const [importError, setImportError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!mounted) return <div class="checklist-fallback">{children}</div>;

  const today = localDate(new Date());
  const todayN = todaysDay(state.startDate, today);
  const done = state.days.length;
  const habitIds = habits.map((h) => h.id);
  const streak = habitStreak(state, habitIds, today);
  const week = lastSevenDays(state, habitIds, today);
  const doneToday = state.habits[today] ?? [];

  /** Leaves the confirm step, returning focus to the Reset button once it is back. */
  const closeConfirm = () => {
    setConfirming(false);
    setTimeout(() => resetRef.current?.focus());
  };

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await (await files()).readImport(file, habits.map((h) => h.id), today);
    if (!result.ok) {
      setImportError(result.error);
      setMessage('');
      return;
    }
    replaceChecklist(result.state);
    setImportError('');
    const habitDays = Object.keys(result.state.habits).length;
    setMessage(
      `Progress imported: ${result.state.days.length} of ${days.length} days done` +
        (habitDays ? `, and habits on ${habitDays} ${habitDays === 1 ? 'day' : 'days'}.` : '.'),
    );
  };

  const onStart = (value: string) => {
    if (value && !isSaneDate(value)) {
      setStartError(`Choose a date between ${START_YEARS.min} and ${START_YEARS.max}.`);
      return;
    }
    setStartError('');
    markStart(value || null);
  };

  const addToCalendar = async () => {
    const start = state.startDate ?? today;
    (await files()).downloadCalendar(days, start);
    setMessage(`Calendar file downloaded: ${days.length} all-day events from ${weekday(start, 'long')}.`);
  };

  return (
    <div class="checklist">
      <p class="visually-hidden" role="status">{message}</p>
      {!storageWorks && (
        <p class="checklist-note">
          Your browser isn't letting this site save changes right now. Progress saved earlier is shown, but new changes last
          only until you close this tab.
        </p>
      )}
      {readOnly && (
        <p class="checklist-note">
          Your progress was saved by a newer version of Kindred, so this page won't change it. Reload the page to get the
          newer version.
        </p>
      )}
      <fieldset class="checklist-body" disabled={readOnly}>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">Day by day</h2>
        <div class="checklist-progress">
          <span id="plan-progress">{done} of {days.length} days done</span>
          <progress max={days.length} value={done} aria-labelledby="plan-progress" />
        </div>
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
        {startError && <p id="start-error" class="import-error" role="alert">{startError}</p>}
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
                    <strong>Day {d.day}: {d.title}</strong>
                    {isToday && <span class="today-badge"> (today)</span>}
                  </label>
                  <p>{d.action} <a href={d.href}>{d.linkLabel}</a></p>
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="habits-title">
        <h2 id="habits-title">Today's habits</h2>
        <fieldset class="checklist-habits">
          <legend>Done today, {weekday(today, 'long')}</legend>
          {habits.map((h) => (
            <div key={h.id} class="habit">
              <input
                id={`habit-${h.id}`}
                type="checkbox"
                checked={doneToday.includes(h.id)}
                onChange={(e) => markHabit(today, h.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for={`habit-${h.id}`}>
                {h.label}
                {h.detail && <span class="habit-detail"> {h.detail}</span>}
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
                <span aria-hidden="true" class="habit-day">{weekday(w.date, 'short').split(' ')[0]}</span>
                <span class="visually-hidden">
                  {weekday(w.date, 'long')}: {w.done} of {w.total} habits done
                </span>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="tools-title" class="checklist-tools">
        <h2 id="tools-title">Keep, move or reset your progress</h2>
        <div class="tool-row">
          <button type="button" class="button" onClick={addToCalendar}>Add to calendar</button>
          <span class="tool-hint">
            Downloads {days.length} all-day events from {state.startDate ? 'your start date' : 'today'}.
          </span>
        </div>
        <div class="tool-row">
          <button
            type="button"
            class="button"
            onClick={async () => {
              (await files()).downloadExport(state, today);
              setMessage('Progress exported as a file.');
            }}
          >
            Export progress
          </button>
          <label class="button file-button">
            Import progress
            <input class="visually-hidden" type="file" accept="application/json,.json" onChange={onImport} />
          </label>
        </div>
        {importError && <p class="import-error" role="alert">{importError}</p>}
        {!confirming ? (
          <button ref={resetRef} type="button" class="button" onClick={() => setConfirming(true)}>Reset progress</button>
        ) : (
          <div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text" tabIndex={-1} ref={confirmRef}>
              Clear every ticked day, your start date and your habit history? This can't be undone.
            </p>
            <button
              type="button"
              class="button danger"
              onClick={() => {
                resetChecklist();
                closeConfirm();
                setMessage('Progress reset.');
              }}
            >
              Yes, reset
            </button>{' '}
            <button
              type="button"
              class="button"
              onClick={closeConfirm}
            >
              Cancel
            </button>
          </div>
        )}
      </section>
      </fieldset>
    </div>
  );
}
