/**
 * The moves of a quiz attempt as pure functions: a seeded shuffle, starting,
 * answering, moving on and folding a finished attempt into the record.
 * Apart from src/lib/quiz/quiz.ts so that pages load them only when a reader
 * starts the quiz.
 */
import { DEFAULT_CONFIDENCE, phaseOf, score, type Attempt, type Confidence, type QuizItem, type QuizRecord, type Verdict } from './quiz';

/** Deterministic pseudo-random numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates); the same seed always gives the same order. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  // Stryker disable next-line EqualityOperator: at i = 0 the swap is of the first item with itself
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A fresh attempt over the given statements, in seeded random order. */
export function startAttempt(ids: readonly string[], seed: number): Attempt {
  return { seed, order: shuffle(ids, seed), answers: [], sureness: [], current: 0, finished: false };
}

/** Records the answer to the statement on screen, and how sure the reader was; ignored once it has an answer. */
export function answer(attempt: Attempt, verdict: Verdict, sureness: Confidence = DEFAULT_CONFIDENCE): Attempt {
  if (phaseOf(attempt) !== 'question') return attempt;
  return { ...attempt, answers: [...attempt.answers, verdict], sureness: [...attempt.sureness, sureness] };
}

/** Moves past the feedback to the next statement, or to the results after the last. */
export function advance(attempt: Attempt): Attempt {
  if (phaseOf(attempt) !== 'feedback') return attempt;
  const last = attempt.current >= attempt.order.length - 1;
  return last ? { ...attempt, finished: true } : { ...attempt, current: attempt.current + 1 };
}

/** Folds a finished attempt into the record: best score and date of the last attempt. */
export function recordFinish(record: QuizRecord, attempt: Attempt, items: readonly QuizItem[], today: string): QuizRecord {
  const s = score(attempt, items);
  const total = attempt.order.length;
  // Stryker disable next-line EqualityOperator: an equal score keeps an equal best score either way
  const better = !record.best || s / total > record.best.score / record.best.total;
  return { ...record, attempt, best: better ? { score: s, total } : record.best, lastAttemptOn: today };
}
