/**
 * Quiz progress, one record per quiz (the full quiz, or an embedded one).
 * Results (best score, date of the last attempt, statements to practise)
 * are kept under QUIZ_STORAGE_KEY and merged across tabs; an attempt in
 * progress belongs to this tab (sessionStorage), so two tabs never swap
 * answers. This module is what a page needs at load: reading. Changing
 * progress lives in ./quiz-actions.ts, loaded with the question screens.
 */
import { atom } from 'nanostores';
import { QUIZ_ATTEMPTS_KEY, QUIZ_STORAGE_KEY } from '../consts';
import { reconcile, type Attempt, type QuizItem, type QuizRecord, type QuizState } from '../lib/quiz/quiz';
import type { Stored } from '../lib/stored';
import {
  combineQuiz,
  encodeResults,
  mergeResults,
  readStoredAttempts,
  readStoredQuiz,
  type QuizAttempts,
  type QuizResultsById,
} from '../lib/quiz/sync';
import { localStore, sessionStore } from './storage';
import { syncedStore } from './synced-store';

/** The results every tab shares. */
export const quizResults = syncedStore<QuizResultsById>({
  key: QUIZ_STORAGE_KEY,
  empty: {},
  read: (raw): Stored<QuizResultsById> => {
    const stored = readStoredQuiz(raw);
    return stored.kind === 'ok' ? { kind: 'ok', doc: stored.doc.results } : stored;
  },
  encode: encodeResults,
  merge: mergeResults,
});

/** This tab's attempts, plus any a version 1 value kept with the results (this tab carries them on). */
function initialAttempts(): QuizAttempts {
  if (typeof window === 'undefined') return {};
  const stored = readStoredQuiz(localStore.read(QUIZ_STORAGE_KEY));
  const migrated = stored.kind === 'ok' ? stored.doc.attempts : {};
  return { ...migrated, ...readStoredAttempts(sessionStore.read(QUIZ_ATTEMPTS_KEY)) };
}

const $attempts = atom<QuizAttempts>(initialAttempts());

/** All quiz records: shared results with this tab's attempts. */
export const $quiz = atom<QuizState>(combineQuiz(quizResults.$doc.get(), $attempts.get()));
const recombine = () => $quiz.set(combineQuiz(quizResults.$doc.get(), $attempts.get()));
quizResults.$doc.listen(recombine);
$attempts.listen(recombine);

/** True when a newer version of the site saved the results: they are shown but not changed. */
export const $quizReadOnly = quizResults.$newer;

/** The id a practice round of `quizId` keeps its attempt under, apart from the quiz's own. */
export const practiceIdOf = (quizId: string): string => `${quizId}-practice`;

/** The record of one quiz, checked against its current statements. */
export function quizRecord(state: QuizState, quizId: string, items: readonly QuizItem[]): QuizRecord {
  return reconcile(
    state.quizzes[quizId],
    items.map((i) => i.id),
  );
}

/** Replaces this tab's attempt at one quiz. */
export function setAttempt(quizId: string, attempt: Attempt): void {
  const next = { ...$attempts.get(), [quizId]: attempt };
  $attempts.set(next);
  sessionStore.write(QUIZ_ATTEMPTS_KEY, JSON.stringify(next));
}
