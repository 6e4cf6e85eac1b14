/**
 * The progress the home page offers to continue, read from the stores.
 * Loaded by src/components/HomeContinue.astro only when there is saved progress.
 */
import { todaysDay } from '../../lib/checklist/state';
import { localDate } from '../../lib/dates';
import { phaseOf } from '../../lib/quiz/quiz';
import { $checklist } from '../../stores/checklist';
import { $quiz } from '../../stores/quiz';

/** Fills in and reveals the links of `host` that have something to continue. */
export function showProgress(host: HTMLElement): void {
  const plan = host.querySelector<HTMLElement>('[data-continue="plan"]');
  const quiz = host.querySelector<HTMLElement>('[data-continue="quiz"]');
  const total = Number(plan?.dataset['total'] ?? 0);

  const state = $checklist.get();
  const day = todaysDay(state.startDate, localDate(new Date()));
  const planText =
    state.days.length >= total && total > 0
      ? null // finished: nothing to continue
      : day
        ? `Day ${day} of your plan`
        : state.days.length
          ? `Your plan: ${state.days.length} of ${total} days done`
          : null;

  const attempt = $quiz.get().quizzes['all']?.attempt ?? null;
  const phase = phaseOf(attempt);
  const quizText =
    attempt && (phase === 'question' || phase === 'feedback')
      ? `Resume the quiz (${attempt.current + 1} of ${attempt.order.length})`
      : null;

  for (const [item, text] of [
    [plan, planText],
    [quiz, quizText],
  ] as const) {
    const link = item?.querySelector('a');
    if (!item || !link || !text) continue;
    link.textContent = text;
    item.hidden = false;
  }
  host.hidden = !planText && !quizText;
}
