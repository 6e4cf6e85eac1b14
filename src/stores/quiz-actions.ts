/**
 * What a reader does in the quiz: start (the full quiz or a practice
 * round), answer, move on. Loaded with the question screens, not at page
 * load. After the last statement the result goes to every tab: the full
 * quiz records its best score and date; either kind of round updates the
 * list of statements to practise.
 */
import { localDate } from '../lib/dates';
import { decodeAttemptDate, phaseOf, type Confidence, type QuizItem, type Verdict } from '../lib/quiz/quiz';
import { advance, answer, recordFinish, startAttempt } from '../lib/quiz/moves';
import { recordAnswers } from '../lib/quiz/practice';
import { mergeResults } from '../lib/quiz/sync';
import { $quiz, quizRecord, quizResults, setAttempt } from './quiz';

/** Starts a new attempt in a freshly shuffled order. */
export function startQuiz(quizId: string, items: readonly QuizItem[], seed: number): void {
  setAttempt(
    quizId,
    startAttempt(
      items.map((i) => i.id),
      seed,
    ),
  );
}

/** Answers the statement on screen, with how sure the reader was. */
export function answerQuiz(quizId: string, items: readonly QuizItem[], verdict: Verdict, sureness?: Confidence): void {
  const attempt = quizRecord($quiz.get(), quizId, items).attempt;
  if (attempt) setAttempt(quizId, answer(attempt, verdict, sureness));
}

/**
 * Moves on from the feedback. After the last statement, records the result
 * for every tab under `fullId`, the quiz the round belongs to: a practice
 * round (`quizId` ≠ `fullId`) updates only the practice list, never the best score.
 */
export function nextQuiz(quizId: string, items: readonly QuizItem[], now = new Date(), fullId = quizId): void {
  const record = quizRecord($quiz.get(), quizId, items);
  if (!record.attempt) return;
  const moved = advance(record.attempt);
  if (phaseOf(moved) === 'end' && phaseOf(record.attempt) !== 'end') {
    const today = localDate(now);
    const practice = quizId !== fullId;
    const finished = recordFinish(record, moved, items, today);
    const verdicts = new Map(items.map((i) => [i.id, i.verdict]));
    const answered = moved.order.map((id, i) => ({ id, right: moved.answers[i] === verdicts.get(id) }));
    // A clock far off (a device booting at 1970) would store a date the reader refuses, and lose the record.
    if (decodeAttemptDate(today))
      quizResults.update((r) =>
        mergeResults(r, {
          [fullId]: {
            best: practice ? null : finished.best,
            lastAttemptOn: practice ? null : today,
            misses: recordAnswers(r[fullId]?.misses ?? {}, answered, now.getTime()),
          },
        }),
      );
  }
  setAttempt(quizId, moved);
}
