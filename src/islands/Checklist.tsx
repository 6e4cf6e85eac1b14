/**
 * The 7-day checklist tracker and daily habits. Shows its children (the plan
 * as a printable list) until it mounts, then reads stored progress. Rules
 * live in src/lib/checklist.ts and src/lib/ics.ts; this file renders and
 * dispatches.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../stores/use-store';
import { exportChecklist, habitStreak, lastSevenDays, parseChecklistImport, todaysDay } from '../lib/checklist';
import { PLAN_DAYS } from '../lib/checklist-state';
import { buildPlanCalendar } from '../lib/ics';
import { localDate } from '../lib/dates';
import { $checklist, markDay, markHabit, markStart, replaceChecklist, resetChecklist } from '../stores/checklist';
import { $storageWorks } from '../stores/storage';
import './checklist.css';

/** A plan day as the island receives it from the build. */
export interface PlanDay {
  day: number;
  title: string;
  action: string;
  href: string;
  linkLabel: string;
}

/** A daily habit. */
export interface Habit {
  id: string;
  label: string;
  detail?: string | undefined;
}

interface Props {
  days: PlanDay[];
  habits: Habit[];
  /** The site's origin, for absolute links in the calendar file. */
  siteUrl: string;
  children?: ComponentChildren;
}

/** Offers text as a file download. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const weekday = (iso: string, style: 'short' | 'long') =>
  new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, { weekday: style, day: 'numeric', month: style === 'long' ? 'long' : 'short' });

export default function Checklist({ days, habits, siteUrl, children }: Props) {
  const [mounted, setMounted] = useState(false);
  const state = useStore($checklist);
  const storageWorks = useStore($storageWorks);
  const [message, setMessage] = useState('');
  const [importError, setImportError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);

  useEffect(() => setMounted(true), []);
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
    const result = parseChecklistImport(await file.text());
    if (!result.ok) {
      setImportError(result.error);
      setMessage('');
      return;
    }
    replaceChecklist(result.state);
    setImportError('');
    setMessage(`Progress imported: ${result.state.days.length} of ${PLAN_DAYS} days done.`);
  };

  const addToCalendar = () => {
    const start = state.startDate ?? today;
    const calendarDays = days.map((d) => ({ ...d, url: new URL(d.href, siteUrl).href }));
    download('kindred-7-day-plan.ics', 'text/calendar', buildPlanCalendar(calendarDays, start, new Date()));
    setMessage(`Calendar file downloaded: 7 all-day events from ${weekday(start, 'long')}.`);
  };

  return (
    <div class="checklist">
      <p class="visually-hidden" role="status">{message}</p>
      {!storageWorks && (
        <p class="checklist-note">Your browser isn't keeping data for this site, so your progress will be lost when you close this tab.</p>
      )}

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">The seven days</h2>
        <div class="checklist-progress">
          <span id="plan-progress">{done} of {PLAN_DAYS} days done</span>
          <progress max={PLAN_DAYS} value={done} aria-labelledby="plan-progress" />
        </div>
        <p class="checklist-start">
          <label for="start-date">I started on</label>{' '}
          <input
            id="start-date"
            type="date"
            value={state.startDate ?? ''}
            onChange={(e) => markStart((e.currentTarget as HTMLInputElement).value || null)}
          />
          {todayN && <span class="checklist-today-note"> Today is day {todayN}.</span>}
        </p>
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
            Downloads 7 all-day events from {state.startDate ? 'your start date' : 'today'}.
          </span>
        </div>
        <div class="tool-row">
          <button
            type="button"
            class="button"
            onClick={() => {
              download(`kindred-checklist-${today}.json`, 'application/json', exportChecklist(state, new Date()));
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
    </div>
  );
}
