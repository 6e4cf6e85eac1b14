/**
 * The myth-vs-truth quiz. On /quiz/ it is a `client:only` island (its first
 * screen is stored progress, so there is nothing to render on the server);
 * inside an article it is a `client:visible` island whose children, the
 * quiz without JavaScript, are what the server renders and what it shows
 * until it has hydrated. Rules live in src/lib/quiz/; this file renders
 * and dispatches.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { formatDate } from '../../lib/dates';
import { DEFAULT_CONFIDENCE, phaseOf, score, type Confidence, type QuizItem, type Verdict } from '../../lib/quiz/quiz';
import { toPractise } from '../../lib/quiz/practice';
import { $storageWorks } from '../../stores/storage';
import { $quiz, $quizReadOnly, practiceIdOf, quizRecord } from '../../stores/quiz';
import { useHydrated } from '../use-hydrated';
import './quiz.css';

interface Props {
  /** Which record to keep progress under: "all" for /quiz/, another id for an embedded subset. */
  quizId: string;
  items: QuizItem[];
  /** Server-rendered islands only: the static list shown until the island has hydrated. */
  children?: ComponentChildren;
}

const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;

export default function Quiz({ quizId: fullId, items: allItems, children }: Props) {
  const mounted = useHydrated();
  const state = useStore($quiz);
  const storageWorks = useStore($storageWorks);
  const readOnly = useStore($quizReadOnly);
  const [announcement, setAnnouncement] = useState('');
  // How sure the reader is about the statement on screen (each answer keeps its own in the attempt).
  const [sureness, setSureness] = useState<Confidence>(DEFAULT_CONFIDENCE);
  // The question, feedback and results screens, and the code that changes progress, load on demand.
  const [Screens, setScreens] = useState<typeof import('./quiz-play') | null>(null);
  // A practice round: only the statements missed, kept apart so the full quiz's best score is untouched.
  // One left unfinished in this tab carries on after a reload, unless the full quiz is under way or
  // the round holds statements the quiz no longer has (renamed or removed since).
  const [practice, setPractice] = useState<string[] | null>(() => {
    const quizzes = $quiz.get().quizzes;
    const round = quizzes[practiceIdOf(fullId)]?.attempt;
    const full = quizzes[fullId]?.attempt;
    const current = round?.order.every((id) => allItems.some((i) => i.id === id));
    return round && current && !round.finished && (!full || full.finished) ? round.order : null;
  });
  const quizId = practice ? practiceIdOf(fullId) : fullId;
  // Set between "Start" and the screens arriving, so the start card gives way at once.
  const [starting, setStarting] = useState(false);
  const items = practice ? allItems.filter((i) => practice.includes(i.id)) : allItems;
  // Focus moves only after the reader acts, never on load or resume.
  const acted = useRef(false);
  const focusTarget = useRef<HTMLElement | null>(null);
  const setFocusTarget = (el: HTMLElement | null) => {
    focusTarget.current = el;
  };

  const record = quizRecord(state, quizId, items);
  // Statements missed in earlier attempts and not yet answered right twice in a row.
  const missed = toPractise(
    quizRecord(state, fullId, allItems).misses,
    allItems.map((i) => i.id),
  );
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

  // A server-rendered island first renders what the server did (its children), then reads stored progress.
  if (children !== undefined && !mounted) return <div class="quiz-fallback">{children}</div>;

  const act = (fn: () => void) => {
    acted.current = true;
    fn();
  };
  const begin = (ids: string[] | null) =>
    act(() => {
      setStarting(true);
      void import('./quiz-play').then(
        (screens) => {
          setStarting(false);
          setScreens(screens);
          setPractice(ids);
          screens.startQuiz(ids ? practiceIdOf(fullId) : fullId, ids ? allItems.filter((i) => ids.includes(i.id)) : allItems, randomSeed());
          setAnnouncement('');
          setSureness(DEFAULT_CONFIDENCE);
        },
        () => {
          // Offline, or a deploy replaced the files: say so, and leave the start card to try again.
          setStarting(false);
          setAnnouncement("The quiz couldn't load. Check your connection, then try again.");
        },
      );
    });
  // The question screen only shows once Screens has loaded.
  const choose = (verdict: Verdict) =>
    act(() => {
      if (!item || !Screens) return;
      Screens.answerQuiz(quizId, items, verdict, sureness);
      const right = verdict === item.verdict;
      setAnnouncement(`${right ? 'Right' : 'Not quite'}: it is ${item.verdict === 'myth' ? 'a myth' : 'the truth'}.`);
    });
  const next = () =>
    act(() => {
      setSureness(DEFAULT_CONFIDENCE);
      Screens?.nextQuiz(quizId, items, undefined, fullId);
      const after = quizRecord($quiz.get(), quizId, items).attempt;
      setAnnouncement(
        after && phaseOf(after) === 'end'
          ? `${practice ? 'Practice' : 'Quiz'} finished. You scored ${score(after, items)} of ${items.length}.`
          : '',
      );
    });

  return (
    <section class="quiz" aria-label="Myth or truth quiz">
      <p class={phase === 'start' && !starting && announcement ? 'quiz-note' : 'visually-hidden'} role="status">
        {announcement}
      </p>
      {!storageWorks && (
        <p class="quiz-note">
          Your browser isn't letting this site save changes right now, so a new best score lasts only until you close this tab.
        </p>
      )}
      {readOnly && (
        <p class="quiz-note">
          Your results were saved by a newer version of Kindred, so this page won't change them. Reload the page to get the newer version.
        </p>
      )}

      {starting && <div class="quiz-card quiz-fallback" />}
      {phase === 'start' && !starting && (
        <div class="quiz-card">
          <h2>Ready to test yourself?</h2>
          <p>{items.length} statements, one at a time. For each, decide whether it's a myth or the truth, then see why.</p>
          {record.best && (
            <p class="quiz-history">
              Your best score: {record.best.score} of {record.best.total}
              {record.lastAttemptOn && (
                <>
                  {' '}
                  · Last attempt: <time dateTime={record.lastAttemptOn}>{formatDate(record.lastAttemptOn, 'short')}</time>
                </>
              )}
            </p>
          )}
          {missed.length > 0 && (
            <p>
              {missed.length === 1 ? 'One statement' : `${missed.length} statements`} from your earlier attempts{' '}
              {missed.length === 1 ? 'is' : 'are'} worth another look.
            </p>
          )}
          <p class="quiz-actions">
            <button type="button" class="button primary" onClick={() => begin(null)}>
              Start the quiz
            </button>
            {missed.length > 0 && (
              <button type="button" class="button" onClick={() => begin(missed)}>
                Practice the {missed.length === 1 ? 'one' : missed.length} you missed
              </button>
            )}
          </p>
        </div>
      )}

      {attempt &&
        item &&
        (phase === 'question' || phase === 'feedback') &&
        (Screens ? (
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

      {attempt &&
        phase === 'end' &&
        (Screens ? (
          <Screens.Results
            items={items}
            order={attempt.order}
            answers={attempt.answers}
            sureness={attempt.sureness}
            best={practice ? null : record.best}
            practice={!!practice}
            onRetry={() => begin(null)}
            onPractice={begin}
            focusRef={setFocusTarget}
          />
        ) : (
          <div class="quiz-card quiz-results">
            <h2>
              Your score: {score(attempt, items)} of {attempt.order.length}
            </h2>
          </div>
        ))}
    </section>
  );
}
