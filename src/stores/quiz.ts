/**
 * Quiz progress and best scores, kept in the reader's browser under
 * `kindred:quiz:v1`, one record per quiz (the full quiz, or an embedded one).
 */
import { persistentAtom } from '@nanostores/persistent';
import { QUIZ_STORAGE_KEY } from '../consts';
import './storage';
import {
  advance,
  answer,
  decodeQuizState,
  EMPTY_QUIZ_STATE,
  phaseOf,
  recordFinish,
  reconcile,
  startAttempt,
  type QuizItem,
  type QuizRecord,
  type QuizState,
  type Verdict,
} from '../lib/quiz';
import { localDate } from '../lib/dates';


/** All quiz records. */
export const $quiz = persistentAtom<QuizState>(QUIZ_STORAGE_KEY, EMPTY_QUIZ_STATE, {
  encode: JSON.stringify,
  decode: decodeQuizState,
});

/** The record of one quiz, checked against its current statements. */
export function quizRecord(state: QuizState, quizId: string, items: readonly QuizItem[]): QuizRecord {
  return reconcile(state.quizzes[quizId], items.map((i) => i.id));
}

function update(quizId: string, items: readonly QuizItem[], change: (r: QuizRecord) => QuizRecord): void {
  const state = $quiz.get();
  const record = quizRecord(state, quizId, items);
  $quiz.set({ ...state, quizzes: { ...state.quizzes, [quizId]: change(record) } });
}

/** Starts a new attempt in a freshly shuffled order. */
export function startQuiz(quizId: string, items: readonly QuizItem[], seed: number): void {
  update(quizId, items, (r) => ({ ...r, attempt: startAttempt(items.map((i) => i.id), seed) }));
}

/** Answers the statement on screen. */
export function answerQuiz(quizId: string, items: readonly QuizItem[], verdict: Verdict): void {
  update(quizId, items, (r) => (r.attempt ? { ...r, attempt: answer(r.attempt, verdict) } : r));
}

/** Moves on from the feedback; after the last statement, records the result. */
export function nextQuiz(quizId: string, items: readonly QuizItem[], now = new Date()): void {
  update(quizId, items, (r) => {
    if (!r.attempt) return r;
    const moved = advance(r.attempt);
    return phaseOf(moved) === 'end' && phaseOf(r.attempt) !== 'end'
      ? recordFinish(r, moved, items, localDate(now))
      : { ...r, attempt: moved };
  });
}
