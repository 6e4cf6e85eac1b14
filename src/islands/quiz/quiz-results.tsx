/**
 * The quiz's results screen, loaded on demand when an attempt ends: the
 * score with a warm line for its band, the next step, sharing, and the
 * misses grouped by how sure the reader was (sure first). Rules live in
 * src/lib/quiz/review.ts and src/lib/quiz/share.ts.
 */
import { useState } from 'preact/hooks';
import type { Confidence, QuizItem, Verdict } from '../../lib/quiz/quiz';
import { groupMisses, missesOf, mostMissedPage } from '../../lib/quiz/review';
import { scoreBand, scorePath, shareText } from '../../lib/quiz/share';

export interface ResultsProps {
  items: readonly QuizItem[];
  order: readonly string[];
  answers: readonly Verdict[];
  /** How sure the reader was of each answer, aligned with `answers`. */
  sureness: readonly Confidence[];
  best: { score: number; total: number } | null;
  /** Set when this was a practice round of missed statements. */
  practice: boolean;
  onRetry: () => void;
  /** Starts a practice round with these statement ids. */
  onPractice: (ids: string[]) => void;
  focusRef: (el: HTMLElement | null) => void;
}

const LABEL: Record<Verdict, string> = { myth: 'Myth', truth: 'Truth' };
const itIs = (v: Verdict) => (v === 'myth' ? 'a myth' : 'the truth');

/** Shares the score page: the Web Share API where there is one, else the link is copied. */
async function share(score: number, total: number): Promise<string> {
  const url = new URL(scorePath(score), location.origin).href;
  const text = shareText(score, total);
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: 'Myth or truth? · Kindred', text, url });
      return 'Thanks for sharing.';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return '';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return `Link copied: ${url}`;
  } catch {
    return `Copy this link to share your score: ${url}`;
  }
}

/** ✓ or ✗ with words, so the result never relies on color. */
export function Mark({ right }: { right: boolean }) {
  return (
    <span class={right ? 'mark is-right' : 'mark is-wrong'}>
      <span aria-hidden="true">{right ? '✓' : '✗'}</span> {right ? 'Right' : 'Not quite'}
    </span>
  );
}

export default function QuizResults({ items, order, answers, sureness, best, practice, onRetry, onPractice, focusRef }: ResultsProps) {
  const [shared, setShared] = useState('');
  const byId = new Map(items.map((i) => [i.id, i]));
  const total = order.length;
  const score = order.filter((id, i) => answers[i] === byId.get(id)?.verdict).length;
  const confidence: Record<string, Confidence> = {};
  order.forEach((id, i) => {
    const c = sureness[i];
    if (c) confidence[id] = c;
  });
  const misses = missesOf(order, answers, items, confidence);
  const groups = groupMisses(misses);
  const page = mostMissedPage(misses);
  return (
    <div class="quiz-card quiz-results">
      <h2 tabIndex={-1} ref={focusRef}>
        {practice ? 'Practice round' : 'Your score'}: {score} of {total}
      </h2>
      <p class="quiz-band">{scoreBand(score, total).line}</p>
      {best && (
        <p class="quiz-history">
          Your best: {best.score} of {best.total}
        </p>
      )}
      <p class="quiz-actions">
        <button type="button" class="button primary" onClick={onRetry}>
          {practice ? 'Take the full quiz' : 'Try again'}
        </button>
        {misses.length > 0 && (
          <button type="button" class="button" onClick={() => onPractice(misses.map((m) => m.item.id))}>
            Practice the {misses.length === 1 ? 'one' : misses.length} you missed
          </button>
        )}
        {!practice && (
          <button type="button" class="button" onClick={() => void share(score, total).then(setShared)}>
            Share your score
          </button>
        )}
      </p>
      <p class="quiz-shared" role="status">
        {shared}
      </p>
      <h3>Where to go next</h3>
      <ul class="quiz-next">
        {page && (
          <li>
            Most of what you missed is covered here: <a href={page.href}>{page.label}</a>
          </li>
        )}
        <li>
          Put it into practice, one small step a day: <a href="/checklist/">the 7-day plan</a>
        </li>
      </ul>
      {groups.map((g) => (
        <section key={g.confidence} class="quiz-missed" aria-label={g.heading}>
          <h3>{g.heading}</h3>
          <ul class="quiz-review">
            {g.misses.map(({ item, given }) => (
              <li key={item.id}>
                <p class="quiz-review-statement">{item.statement}</p>
                <p>
                  You said {LABEL[given]}; it's {itIs(item.verdict)}.
                </p>
                <p>
                  {item.explanation} <a href={item.href}>{item.linkLabel}</a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <details class="quiz-review-fold">
        <summary>Review your answers</summary>
        <ol class="quiz-review">
          {order.map((id, i) => {
            const it = byId.get(id);
            const given = answers[i];
            if (!it || !given) return null;
            return (
              <li key={id}>
                <p class="quiz-review-statement">{it.statement}</p>
                <p>
                  <Mark right={given === it.verdict} />. You said {LABEL[given]}; it's {itIs(it.verdict)}.
                </p>
                <p>
                  {it.explanation} <a href={it.href}>{it.linkLabel}</a>
                </p>
              </li>
            );
          })}
        </ol>
      </details>
    </div>
  );
}
