/**
 * The myth-vs-truth quiz. Its children are the quiz without JavaScript
 * (every statement with its answer, inside <noscript>); until it mounts it
 * holds the card's space so nothing shifts, then reads stored progress. Rules live in
 * src/lib/quiz.ts; this file renders and dispatches.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { phaseOf, score, type QuizItem, type Verdict } from '../lib/quiz';
import { $storageWorks } from '../stores/storage';
import { $quiz, $quizReadOnly, answerQuiz, nextQuiz, quizRecord, startQuiz } from '../stores/quiz';
import { useHydrated } from './use-hydrated';
import './quiz.css';

interface Props {
  /** Which record to keep progress under: "all" for /quiz/, another id for an embedded subset. */
  quizId: string;
  items: QuizItem[];
  /** The static list shown until the island mounts. */
  children?: ComponentChildren;
}

const LABEL: Record<Verdict, string> = { myth: 'Myth', truth: 'Truth' };

const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;

/** "2026-11-21" → "21 Nov 2026" in the reader's locale. */
const formatDay = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** ✓ or ✗ with words, so the result never relies on color. */
function Mark({ right }: { right: boolean }) {
  return (
    <span class={right ? 'mark is-right' : 'mark is-wrong'}>
      <span aria-hidden="true">{right ? '✓' : '✗'}</span> {right ? 'Right' : 'Not quite'}
    </span>
  );
}

export default function Quiz({ quizId, items, children }: Props) {
  const mounted = useHydrated();
  const state = useStore($quiz);
  const storageWorks = useStore($storageWorks);
  const readOnly = useStore($quizReadOnly);
  const [announcement, setAnnouncement] = useState('');
  // Focus moves only after the reader acts, never on load or resume.
  const acted = useRef(false);
  const focusTarget = useRef<HTMLElement | null>(null);
  const setFocusTarget = (el: HTMLElement | null) => {
    focusTarget.current = el;
  };

  const record = quizRecord(state, quizId, items);
  const attempt = record.attempt;
  // A quiz finished on an earlier visit opens on the start screen, with the best score;
  // the results screen is for the attempt just finished.
  const stored = phaseOf(attempt);
  const phase = stored === 'end' && !acted.current ? 'start' : stored;
  const byId = new Map(items.map((i) => [i.id, i]));
  const item = attempt ? byId.get(attempt.order[attempt.current] ?? '') : undefined;

  useEffect(() => {
    if (acted.current) focusTarget.current?.focus();
  }, [phase, attempt?.current]);

  if (!mounted) return <div class="quiz-fallback">{children}</div>;

  const act = (fn: () => void) => {
    acted.current = true;
    fn();
  };
  const start = () => act(() => {
    startQuiz(quizId, items, randomSeed());
    setAnnouncement('');
  });
  const choose = (verdict: Verdict) => act(() => {
    if (!item) return;
    answerQuiz(quizId, items, verdict);
    const right = verdict === item.verdict;
    setAnnouncement(`${right ? 'Right' : 'Not quite'}: it is ${item.verdict === 'myth' ? 'a myth' : 'the truth'}.`);
  });
  const next = () => act(() => {
    nextQuiz(quizId, items);
    const after = quizRecord($quiz.get(), quizId, items).attempt;
    setAnnouncement(
      after && phaseOf(after) === 'end' ? `Quiz finished. You scored ${score(after, items)} of ${items.length}.` : '',
    );
  });

  return (
    <section class="quiz" aria-label="Myth or truth quiz">
      <p class="visually-hidden" role="status">{announcement}</p>
      {!storageWorks && (
        <p class="quiz-note">
          Your browser isn't letting this site save changes right now, so a new best score lasts only until you close
          this tab.
        </p>
      )}
      {readOnly && (
        <p class="quiz-note">
          Your results were saved by a newer version of Kindred, so this page won't change them. Reload the page to get
          the newer version.
        </p>
      )}

      {phase === 'start' && (
        <div class="quiz-card">
          <h2>Ready to test yourself?</h2>
          <p>
            {items.length} statements, one at a time. For each, decide whether it's a myth or the truth, then see why.
          </p>
          {record.best && (
            <p class="quiz-history">
              Your best score: {record.best.score} of {record.best.total}
              {record.lastAttemptOn && <> · Last attempt: <time dateTime={record.lastAttemptOn}>{formatDay(record.lastAttemptOn)}</time></>}
            </p>
          )}
          <button type="button" class="button primary" onClick={start}>Start the quiz</button>
        </div>
      )}

      {attempt && item && (phase === 'question' || phase === 'feedback') && (
        <div class="quiz-card">
          <div class="quiz-progress">
            <span id={`${quizId}-progress`}>{attempt.current + 1} of {attempt.order.length}</span>
            <progress max={attempt.order.length} value={attempt.current + (phase === 'feedback' ? 1 : 0)} aria-labelledby={`${quizId}-progress`} />
          </div>
          <h2 class="quiz-statement" tabIndex={-1} ref={phase === 'question' ? setFocusTarget : null}>
            <span class="visually-hidden">Statement {attempt.current + 1}: </span>
            {item.statement}
          </h2>
          {phase === 'question' ? (
            <div class="quiz-choices" role="group" aria-label="Your answer">
              <button type="button" class="button" onClick={() => choose('myth')}>Myth</button>
              <button type="button" class="button" onClick={() => choose('truth')}>Truth</button>
            </div>
          ) : (
            <Feedback item={item} given={attempt.answers[attempt.current] as Verdict} focusRef={setFocusTarget} onNext={next} />
          )}
        </div>
      )}

      {attempt && phase === 'end' && (
        <div class="quiz-card quiz-results">
          <h2 tabIndex={-1} ref={setFocusTarget}>Your score: {score(attempt, items)} of {attempt.order.length}</h2>
          {record.best && <p class="quiz-history">Your best: {record.best.score} of {record.best.total}</p>}
          <p class="quiz-actions">
            <button type="button" class="button primary" onClick={start}>Try again</button>
          </p>
          <details class="quiz-review-fold">
            <summary>Review your answers</summary>
            <ol class="quiz-review">
              {attempt.order.map((id, i) => {
                const it = byId.get(id);
                const given = attempt.answers[i];
                if (!it || !given) return null;
                return (
                  <li key={id}>
                    <p class="quiz-review-statement">{it.statement}</p>
                    <p>
                      <Mark right={given === it.verdict} />. You said {LABEL[given]}; it's {it.verdict === 'myth' ? 'a myth' : 'the truth'}.
                    </p>
                    <p>{it.explanation} <a href={it.href}>{it.linkLabel}</a></p>
                  </li>
                );
              })}
            </ol>
          </details>
        </div>
      )}
    </section>
  );
}

interface FeedbackProps {
  item: QuizItem;
  given: Verdict;
  focusRef: (el: HTMLElement | null) => void;
  onNext: () => void;
}

/** What the reader sees right after answering. */
function Feedback({ item, given, focusRef, onNext }: FeedbackProps) {
  const right = given === item.verdict;
  return (
    <div class="quiz-feedback" tabIndex={-1} ref={focusRef}>
      <p class="quiz-verdict">
        <Mark right={right} />: it's {item.verdict === 'myth' ? 'a myth' : 'the truth'}.
      </p>
      <p>{item.explanation}</p>
      <p>
        Read more: <a href={item.href}>{item.linkLabel}</a>
      </p>
      <button type="button" class="button primary" onClick={onNext}>Next</button>
    </div>
  );
}
