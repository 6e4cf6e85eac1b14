/**
 * The result of a check-in, loaded on demand: a pointer to /help/ first
 * when the scale's answers are at the top or the reader is struggling,
 * then where they stand on each theme, three tips to start with, the plan
 * day that fits, and the way on.
 */
import { focusDay, focusTips, type CheckInContent, type ThemeQuestion } from '../../lib/check-in/focus';
import { needsHelpFirst, SCALE_RANGE, scaleTotal } from '../../lib/check-in/scale';
import type { CheckIn } from '../../lib/check-in/sync';
import { formatDate } from '../../lib/dates';
import { $checklist } from '../../stores/checklist';
import { focusOnMount } from '../checklist/focus-on-mount';
import { ThemeChart } from './theme-chart';

interface Props {
  entry: CheckIn;
  /** False when the check-in could not be kept (saved by a newer version). */
  kept: boolean;
  tips: CheckInContent['tips'];
  days: CheckInContent['days'];
  labels: readonly ThemeQuestion[];
  onAgain: () => void;
}

/** True once the reader has ticked a day or set a start date on the checklist. */
function planStarted(): boolean {
  // The checklist's own store (the one its tracker uses), so the checklist's chunks stay as they are.
  const { days, startDate } = $checklist.get();
  return days.length > 0 || startDate !== null;
}

export function Result({ entry, kept, tips, days, labels, onAgain }: Props) {
  const help = needsHelpFirst(entry.scale, entry.struggling);
  const picked = focusTips(entry.themes, tips);
  const day = focusDay(entry.themes, days);
  const started = planStarted();
  const labelOf = (theme: string) => labels.find((q) => q.theme === theme)?.label ?? theme;

  return (
    <section class="check-in-result" aria-labelledby="result-title">
      {help && (
        <aside class="check-in-help" aria-labelledby="help-title">
          <h2 id="help-title" tabIndex={-1} ref={focusOnMount}>
            You don't have to carry this alone
          </h2>
          <p>
            If things feel heavy right now, talking to someone can help, today. Our help page shows how to reach free, confidential support
            where you live, and what to do in an emergency.
          </p>
          <p>
            <a class="button primary" href="/help/">
              Find someone to talk to now
            </a>
          </p>
        </aside>
      )}
      <h2 id="result-title" tabIndex={-1} ref={help ? null : focusOnMount}>
        Your focus
      </h2>
      <p class="check-in-date">
        Check-in of <time dateTime={entry.date}>{formatDate(entry.date, 'long')}</time>
      </p>
      {!kept && <p class="check-in-note">This check-in wasn't kept: your check-ins were saved by a newer version of Kindred.</p>}
      <p>
        <strong>How connected you feel:</strong> your three answers add up to {scaleTotal(entry.scale)}, on a scale from {SCALE_RANGE.min}{' '}
        to {SCALE_RANGE.max} where a lower number means those feelings come less often. The number itself matters less than how it moves, so
        check in again after your week.
      </p>
      <ThemeChart themes={entry.themes} labels={labels} caption="How often you do what each theme's tips describe" />
      <h3>Three tips to work on first</h3>
      <ol class="check-in-tips">
        {picked.map((t) => (
          <li key={t.number}>
            <a href={t.href}>
              Tip {t.number}: {t.title}
            </a>{' '}
            <span class="check-in-hint">({labelOf(t.theme)})</span>
          </li>
        ))}
      </ol>
      {day && (
        <>
          <h3>The plan day that fits</h3>
          <p>
            Day {day.day} of the 7-day plan, <a href={day.href}>{day.title}</a>,{' '}
            {day.theme ? `practises ${labelOf(day.theme).toLowerCase()}.` : 'is a good place to start.'}
          </p>
        </>
      )}
      <p class="check-in-actions">
        <a class="button primary" href="/checklist/">
          {started ? 'Carry on with your plan' : 'Start the 7-day plan'}
        </a>
        <a class="button" href="/tips/">
          Carry on with the tips
        </a>
        <button type="button" class="button" onClick={onAgain}>
          Check in again
        </button>
      </p>
    </section>
  );
}
