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
import { DEFAULT_CONFIDENCE, type Confidence } from '../lib/quiz-confidence';
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

const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;

/** "2026-11-21" → "21 Nov 2026" in the reader's locale. */
const formatDay = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export default function Quiz({ quizId: fullId, items: allItems, children }: Props) {
  const mounted = useHydrated();
  const state = useStore($quiz);
  const storageWorks = useStore($storageWorks);
  const readOnly = useStore($quizReadOnly);
  const [announcement, setAnnouncement] = useState('');
  // How sure the reader is about the statement on screen, and was about each answered one.
  const [sureness, setSureness] = useState<Confidence>(DEFAULT_CONFIDENCE);
  const [confidence, setConfidence] = useState<Record<string, Confidence>>({});
  // The question, feedback and results screens load on demand, when an attempt starts or resumes.
  const [Screens, setScreens] = useState<typeof import('./quiz-play') | null>(null);
  // A practice round: only the statements missed, kept apart so the full quiz's best score is untouched.
  const [practice, setPractice] = useState<string[] | null>(null);
  const quizId = practice ? `${fullId}-practice` : fullId;
  const items = practice ? allItems.filter((i) => practice.includes(i.id)) : allItems;
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
  }, [phase, attempt?.current, Screens]);

  const playing = phase !== 'start';
  useEffect(() => {
    if (playing && !Screens) void import('./quiz-play').then(setScreens);
  }, [playing, Screens]);

  if (!mounted) return <div class="quiz-fallback">{children}</div>;

  const act = (fn: () => void) => {
    acted.current = true;
    fn();
  };
  const begin = (ids: string[] | null) => act(() => {
    setPractice(ids);
    startQuiz(ids ? `${fullId}-practice` : fullId, ids ? allItems.filter((i) => ids.includes(i.id)) : allItems, randomSeed());
    setAnnouncement('');
    setConfidence({});
    setSureness(DEFAULT_CONFIDENCE);
  });
  const choose = (verdict: Verdict) => act(() => {
    if (!item) return;
    setConfidence((c) => ({ ...c, [item.id]: sureness }));
    answerQuiz(quizId, items, verdict);
    const right = verdict === item.verdict;
    setAnnouncement(`${right ? 'Right' : 'Not quite'}: it is ${item.verdict === 'myth' ? 'a myth' : 'the truth'}.`);
  });
  const next = () => act(() => {
    setSureness(DEFAULT_CONFIDENCE);
    nextQuiz(quizId, items);
    const after = quizRecord($quiz.get(), quizId, items).attempt;
    setAnnouncement(
      after && phaseOf(after) === 'end' ? `${practice ? 'Practice' : 'Quiz'} finished. You scored ${score(after, items)} of ${items.length}.` : '',
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
          <button type="button" class="button primary" onClick={() => begin(null)}>Start the quiz</button>
        </div>
      )}

      {attempt && item && (phase === 'question' || phase === 'feedback') && (Screens ? (
        <Screens.Play
          quizId={quizId}
          attempt={attempt}
          item={item}
          phase={phase}
          sureness={sureness}
          onSureness={setSureness}
          onChoose={choose}
          onNext={next}
          focusRef={setFocusTarget}
        />
      ) : (
        <div class="quiz-card quiz-fallback" />
      ))}

      {attempt && phase === 'end' && (Screens ? (
        <Screens.Results
          items={items}
          order={attempt.order}
          answers={attempt.answers}
          confidence={confidence}
          best={practice ? null : record.best}
          practice={!!practice}
          onRetry={() => begin(null)}
          onPractice={begin}
          focusRef={setFocusTarget}
        />
      ) : (
        <div class="quiz-card quiz-results">
          <h2>Your score: {score(attempt, items)} of {attempt.order.length}</h2>
        </div>
      ))}
    </section>
  );
}
