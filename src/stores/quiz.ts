/**
 * Quiz progress, one record per quiz (the full quiz, or an embedded one).
 * Results (best score, date of the last attempt) are kept under
 * QUIZ_STORAGE_KEY and merged across tabs; an attempt in progress belongs to
 * this tab (sessionStorage), so two tabs never swap answers.
 */
import { atom } from 'nanostores';
import { QUIZ_ATTEMPTS_KEY, QUIZ_STORAGE_KEY } from '../consts';
import { localDate } from '../lib/dates';
import {
  advance,
  answer,
  decodeAttemptDate,
  phaseOf,
  recordFinish,
  reconcile,
  startAttempt,
  type Attempt,
  type QuizItem,
  type QuizRecord,
  type QuizState,
  type Verdict,
} from '../lib/quiz';
import {
  combineQuiz,
  encodeResults,
  mergeResults,
  readStoredAttempts,
  readStoredQuiz,
  type QuizAttempts,
  type QuizResultsById,
} from '../lib/quiz-sync';
import { localStore, sessionStore } from './storage';
import { syncedStore, type Stored } from './synced-store';

const results = syncedStore<QuizResultsById>({
  key: QUIZ_STORAGE_KEY,
  empty: {},
  read: (raw): Stored<QuizResultsById> => {
    const stored = readStoredQuiz(raw);
    return stored.kind === 'ok' ? { kind: 'ok', doc: stored.results } : stored;
  },
  encode: encodeResults,
  merge: mergeResults,
});

/** This tab's attempts, plus any a version 1 value kept with the results (this tab carries them on). */
function initialAttempts(): QuizAttempts {
  if (typeof window === 'undefined') return {};
  const stored = readStoredQuiz(localStore.read(QUIZ_STORAGE_KEY));
  const migrated = stored.kind === 'ok' ? stored.attempts : {};
  return { ...migrated, ...readStoredAttempts(sessionStore.read(QUIZ_ATTEMPTS_KEY)) };
}

const $attempts = atom<QuizAttempts>(initialAttempts());

/** All quiz records: shared results with this tab's attempts. */
export const $quiz = atom<QuizState>(combineQuiz(results.$doc.get(), $attempts.get()));
const recombine = () => $quiz.set(combineQuiz(results.$doc.get(), $attempts.get()));
results.$doc.listen(recombine);
$attempts.listen(recombine);

/** True when a newer version of the site saved the results: they are shown but not changed. */
export const $quizReadOnly = results.$newer;

/** The record of one quiz, checked against its current statements. */
export function quizRecord(state: QuizState, quizId: string, items: readonly QuizItem[]): QuizRecord {
  return reconcile(state.quizzes[quizId], items.map((i) => i.id));
}

function setAttempt(quizId: string, attempt: Attempt): void {
  const next = { ...$attempts.get(), [quizId]: attempt };
  $attempts.set(next);
  sessionStore.write(QUIZ_ATTEMPTS_KEY, JSON.stringify(next));
}

/** Starts a new attempt in a freshly shuffled order. */
export function startQuiz(quizId: string, items: readonly QuizItem[], seed: number): void {
  setAttempt(quizId, startAttempt(items.map((i) => i.id), seed));
}

/** Answers the statement on screen. */
export function answerQuiz(quizId: string, items: readonly QuizItem[], verdict: Verdict): void {
  const attempt = quizRecord($quiz.get(), quizId, items).attempt;
  if (attempt) setAttempt(quizId, answer(attempt, verdict));
}

/** Moves on from the feedback; after the last statement, records the result for every tab. */
export function nextQuiz(quizId: string, items: readonly QuizItem[], now = new Date()): void {
  const record = quizRecord($quiz.get(), quizId, items);
  if (!record.attempt) return;
  const moved = advance(record.attempt);
  if (phaseOf(moved) === 'end' && phaseOf(record.attempt) !== 'end') {
    const today = localDate(now);
    const finished = recordFinish(record, moved, items, today);
    // A clock far off (a device booting at 1970) would store a date the reader refuses, and lose the record.
    if (decodeAttemptDate(today)) results.update((r) => mergeResults(r, { [quizId]: { best: finished.best, lastAttemptOn: today } }));
  }
  setAttempt(quizId, moved);
}
