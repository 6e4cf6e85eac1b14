/**
 * What opening a restore link (`/checklist/#restore=…`) shows: what the
 * link holds, and a choice to replace or merge with the progress already
 * here, or not to use it. A damaged, foreign or newer link says so and
 * changes nothing. The fragment leaves the address bar once the link is
 * dealt with, so a reload or a bookmark doesn't offer it again.
 * Rendered by the plan (./Checklist.tsx), which loads it only for such links.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Habit, PlanDay } from '../../lib/checklist/checklist';
import type { ChecklistState } from '../../lib/checklist/state';
import { decodeRestore, mergeProgress, restorePayload } from '../../lib/checklist/restore';
import { formatDate, localDate } from '../../lib/dates';
import { $checklist, replaceChecklist } from '../../stores/checklist';
import { progressSummary } from './checklist-words';
import { focusOnMount } from './focus-on-mount';

interface Props {
  /** location.hash when the link was opened. */
  hash: string;
  days: PlanDay[];
  habits: Habit[];
  /** Called when the reader closes the panel. */
  onClose(): void;
}

/** Takes the fragment out of the address bar, leaving the page where it is. */
const clearFragment = () => history.replaceState(history.state, '', location.pathname + location.search);

const isEmpty = (s: ChecklistState) => !s.days.length && !s.startDate && !Object.keys(s.habits).length;

export default function ChecklistRestore({ hash, days, habits, onClose }: Props) {
  const here = useStore($checklist);
  const [outcome, setOutcome] = useState<{ text: string; failed?: boolean } | null>(null);
  const today = localDate(new Date());
  const result = useMemo(
    () => decodeRestore(restorePayload(hash) ?? '', { dayIds: days.map((d) => d.id), habitIds: habits.map((h) => h.id) }, today),
    [hash],
  );

  useEffect(() => {
    // A link that can't be used has nothing more to offer: out of the address bar at once.
    if (!result.ok) clearFragment();
  }, [result]);

  const decide = (how: 'replace' | 'merge' | 'skip') => {
    clearFragment();
    if (how === 'skip' || !result.ok) {
      setOutcome({ text: 'Nothing was changed. Your progress here is as it was.' });
    } else if (replaceChecklist(how === 'merge' ? (current) => mergeProgress(current, result.state) : result.state)) {
      setOutcome({ text: `Done: ${progressSummary($checklist.get(), days.length)} now in this browser.` });
    } else {
      setOutcome({
        text: 'Nothing was changed: your progress here was saved by a newer version of Kindred. Reload the page, then open the link again.',
        failed: true,
      });
    }
    document.getElementById('restore-title')?.focus();
  };

  return (
    <section class="restore" aria-labelledby="restore-title">
      <h2 id="restore-title" tabIndex={-1} ref={focusOnMount}>
        Progress from another device
      </h2>
      {!result.ok ? (
        <p class="import-error" role="alert">
          {result.error}
        </p>
      ) : outcome ? (
        <p role="status" class={outcome.failed ? 'import-error' : undefined}>
          {outcome.text}
        </p>
      ) : (
        <>
          <p>
            This link, made on {formatDate(result.madeOn, 'long')}, holds <strong>{progressSummary(result.state, days.length)}</strong>.
          </p>
          {isEmpty(here) ? (
            <div class="tool-row">
              <button type="button" class="button primary" onClick={() => decide('replace')}>
                Use this progress
              </button>
              <button type="button" class="button" onClick={() => decide('skip')}>
                Don't use it
              </button>
            </div>
          ) : (
            <>
              <p>This browser already has {progressSummary(here, days.length)}. What would you like to keep?</p>
              <div class="tool-row">
                <button type="button" class="button primary" onClick={() => decide('merge')}>
                  Merge both
                </button>
                <button type="button" class="button" onClick={() => decide('replace')}>
                  Replace with the link's
                </button>
                <button type="button" class="button" onClick={() => decide('skip')}>
                  Keep mine only
                </button>
              </div>
              <p class="tool-hint">Merging keeps every day and habit ticked in either place, and your start date here.</p>
            </>
          )}
        </>
      )}
      {(!result.ok || outcome) && (
        <button type="button" class="button" onClick={onClose}>
          Close
        </button>
      )}
    </section>
  );
}
