/**
 * Keep, move or reset checklist progress: whether the browser keeps it, a
 * calendar file with an optional daily reminder, a restore link for another
 * device (./ChecklistMove.tsx), export and import, and reset. A
 * `client:visible` island below the plan, in place of the page's no-JS note
 * once the reader scrolls near it; the file formats load only when a tool
 * is used (./checklist-files.ts).
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { PlanDay } from '../../lib/checklist/checklist';
import { formatDate, localDate } from '../../lib/dates';
import { $checklist, $checklistReadOnly, replaceChecklist, resetChecklist } from '../../stores/checklist';
import { useHydrated } from '../use-hydrated';
import ChecklistKeep from './ChecklistKeep';
import ChecklistMove from './ChecklistMove';
import { focusOnMount } from './focus-on-mount';

interface Props {
  days: PlanDay[];
  habitIds: string[];
  /** What the server renders and the page shows until the island has hydrated: the note on what the tools do. */
  children?: ComponentChildren;
}

/** The file tools, loaded on first use. */
const files = () => import('./checklist-files');

/** The reminder time offered first, local time. */
const DEFAULT_REMINDER = '09:00';

/** Said when a tool could not load or a file could not be read: nothing changed. */
const TOOL_FAILED =
  "That didn't work: this page couldn't load what it needs, or couldn't read the file. Nothing was changed; please try again.";

/** Said when a change is refused because a newer version of the site saved the progress. */
const REFUSED = 'Nothing was changed: your progress was saved by a newer version of Kindred. Reload the page to use it.';

export default function ChecklistTools({ days, habitIds, children }: Props) {
  const hydrated = useHydrated();
  const state = useStore($checklist);
  const readOnly = useStore($checklistReadOnly);
  const [message, setMessage] = useState('');
  const [importError, setImportError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [remind, setRemind] = useState(true);
  const [remindAt, setRemindAt] = useState(DEFAULT_REMINDER);
  const resetRef = useRef<HTMLButtonElement>(null);

  const today = localDate(new Date());

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
    let result: Awaited<ReturnType<Awaited<ReturnType<typeof files>>['readImport']>> | { ok: false; error: string };
    try {
      result = await (await files()).readImport(file, habitIds, today);
    } catch {
      result = { ok: false as const, error: TOOL_FAILED };
    }
    if (!result.ok) {
      setImportError(result.error);
      setMessage('');
      return;
    }
    if (!replaceChecklist(result.state)) {
      setImportError(REFUSED);
      return;
    }
    setImportError('');
    const habitDays = Object.keys(result.state.habits).length;
    setMessage(
      `Progress imported: ${result.state.days.length} of ${days.length} days done` +
        (habitDays ? `, and habits on ${habitDays} ${habitDays === 1 ? 'day' : 'days'}.` : '.') +
        ('takeTheRest' in result ? result.takeTheRest() : ''),
    );
  };

  /** Runs a file tool; if its code can't load, says so instead of failing silently. */
  const withFiles = async (use: (tools: Awaited<ReturnType<typeof files>>) => void, done: string) => {
    try {
      use(await files());
      setImportError('');
      setMessage(done);
    } catch {
      setImportError(TOOL_FAILED);
    }
  };

  const addToCalendar = () => {
    const start = state.startDate ?? today;
    // A time field that is empty or half filled in reads as "" (src/lib/checklist/ics.ts refuses anything else not HH:MM).
    if (remind && !remindAt) {
      setImportError('Choose a time for the reminder, or untick “Remind me each day”.');
      return;
    }
    const reminder = remind ? remindAt : null;
    void withFiles(
      (t) => t.downloadCalendar(days, start, reminder),
      `Calendar file downloaded: ${days.length} all-day events from ${formatDate(start, 'long')}` +
        (reminder ? `, each with a reminder at ${reminder}.` : '.'),
    );
  };

  // Stored progress is read only once hydrated: until then, what the server rendered. In an element
  // with a box, not a fragment: client:visible watches the island's children, and a lone <astro-slot>
  // (display: contents) never intersects, so the island would never hydrate.
  if (!hydrated) return <div>{children}</div>;

  return (
    <section aria-labelledby="tools-title" class="checklist-tools">
      <p class="visually-hidden" role="status">
        {message}
      </p>
      <h2 id="tools-title">Keep, move or reset your progress</h2>
      <ChecklistKeep />
      <fieldset class="checklist-body" disabled={readOnly}>
        <div class="tool-row reminder">
          <input id="remind" type="checkbox" checked={remind} onChange={(e) => setRemind(e.currentTarget.checked)} />
          <label for="remind">Calendar reminder each day at</label>
          <input
            id="remind-at"
            type="time"
            aria-label="Reminder time"
            value={remindAt}
            disabled={!remind}
            onInput={(e) => setRemindAt(e.currentTarget.value)}
          />
        </div>
        <div class="tool-row">
          <button type="button" class="button" onClick={addToCalendar}>
            Add to calendar
          </button>
          <span class="tool-hint">
            Downloads {days.length} all-day events from {state.startDate ? 'your start date' : 'today'}.
          </span>
        </div>
        <ChecklistMove state={state} days={days} habitIds={habitIds} today={today} say={setMessage} />
        <div class="tool-row">
          <button
            type="button"
            class="button"
            onClick={() => void withFiles((t) => t.downloadExport(state, today), 'Progress exported as a file.')}
          >
            Export progress
          </button>
          <label class="button file-button">
            Import progress
            <input class="visually-hidden" type="file" accept="application/json,.json" onChange={onImport} />
          </label>
        </div>
        {importError && (
          <p class="import-error" role="alert">
            {importError}
          </p>
        )}
        {!confirming ? (
          <button ref={resetRef} type="button" class="button" onClick={() => setConfirming(true)}>
            Reset progress
          </button>
        ) : (
          // biome-ignore lint/a11y/useSemanticElements: a question and its two buttons, not a form field set
          <div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text" tabIndex={-1} ref={focusOnMount}>
              Clear every ticked day, your start date and your habit history? This can't be undone.
            </p>
            <button
              type="button"
              class="button danger"
              onClick={() => {
                const done = resetChecklist();
                closeConfirm();
                setMessage(done ? 'Progress reset.' : REFUSED);
              }}
            >
              Yes, reset
            </button>{' '}
            <button type="button" class="button" onClick={closeConfirm}>
              Cancel
            </button>
          </div>
        )}
      </fieldset>
    </section>
  );
}
