/**
 * The reader's check-ins, loaded on demand once there is one: what changed
 * since the first (in words, and as a chart over time with a table as its
 * text equivalent), and a way to delete any one of them, or all.
 */
import { useRef, useState } from 'preact/hooks';
import { changeSinceFirst, describeChange, totalsOf } from '../../lib/check-in/change';
import type { ThemeQuestion } from '../../lib/check-in/focus';
import { checkInsInOrder, type CheckIn, type CheckInDoc } from '../../lib/check-in/sync';
import { formatDate } from '../../lib/dates';
import { deleteAllCheckIns, deleteCheckInsById } from '../../stores/check-in';
import { focusOnMount } from '../checklist/focus-on-mount';
import { OverTimeChart } from './over-time-chart';

interface Props {
  doc: CheckInDoc;
  labels: readonly ThemeQuestion[];
  readOnly: boolean;
  /** Shows the focus of a past check-in. */
  onShow: (entry: CheckIn) => void;
  /**
   * Says what a deletion did, through a live region the page keeps (this list goes when the
   * last check-in does); `emptied` when none is left, so focus moves back to the questions.
   */
  onDeleted: (message: string, emptied: boolean) => void;
}

const REFUSED = 'Nothing was deleted: your check-ins were saved by a newer version of Kindred.';

export function History({ doc, labels, readOnly, onShow, onDeleted }: Props) {
  const [confirming, setConfirming] = useState(false);
  // A deleted row takes its button with it: focus goes to the heading, not to the page's start.
  const heading = useRef<HTMLHeadingElement>(null);
  const entries = checkInsInOrder(doc);
  const change = changeSinceFirst(entries);
  const label = (t: string) => labels.find((q) => q.theme === t)?.label ?? t;
  const dateOf = (e: CheckIn) => formatDate(e.date, 'short');

  const remove = (e: CheckIn) => {
    const done = deleteCheckInsById([e.id]);
    onDeleted(done ? `Check-in of ${dateOf(e)} deleted.` : REFUSED, done && entries.length === 1);
    heading.current?.focus();
  };
  const removeAll = () => {
    setConfirming(false);
    const done = deleteAllCheckIns(entries.map((e) => e.id));
    onDeleted(done ? 'All check-ins deleted.' : REFUSED, done);
  };

  return (
    <section class="check-in-history" aria-labelledby="history-title">
      <h2 id="history-title" tabIndex={-1} ref={heading}>
        Your check-ins
      </h2>
      {change ? (
        <>
          <h3>Since your first check-in</h3>
          <p class="check-in-hint">
            From <time dateTime={change.first.date}>{dateOf(change.first)}</time> to{' '}
            <time dateTime={change.latest.date}>{dateOf(change.latest)}</time>:
          </p>
          <ul class="check-in-change">
            {describeChange(change, label).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <OverTimeChart totals={entries.map(totalsOf)} />
        </>
      ) : (
        <p>Check in again after your week, and this shows what changed since the first time.</p>
      )}
      <div class="check-in-table">
        <table>
          <caption>Every check-in, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">How connected you feel (3–9)</th>
              <th scope="col">How you show up online (6–18)</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const totals = totalsOf(e);
              return (
                <tr key={e.id}>
                  <th scope="row">
                    <time dateTime={e.date}>{dateOf(e)}</time>
                  </th>
                  <td>{totals.scale}</td>
                  <td>{totals.themes}</td>
                  <td class="check-in-row-actions">
                    <button type="button" class="button" onClick={() => onShow(e)} aria-label={`Show the focus of ${dateOf(e)}`}>
                      Focus
                    </button>
                    <button
                      type="button"
                      class="button"
                      disabled={readOnly}
                      onClick={() => remove(e)}
                      aria-label={`Delete the check-in of ${dateOf(e)}`}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!confirming ? (
        <button type="button" class="button" disabled={readOnly} onClick={() => setConfirming(true)}>
          Delete all check-ins
        </button>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: a question and its two buttons, not a form field set
        <div class="confirm" role="group" aria-labelledby="confirm-delete">
          <p id="confirm-delete" tabIndex={-1} ref={focusOnMount}>
            Delete all {entries.length} check-ins from this browser? This can't be undone.
          </p>
          <button type="button" class="button danger" onClick={removeAll}>
            Yes, delete all
          </button>{' '}
          <button type="button" class="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
