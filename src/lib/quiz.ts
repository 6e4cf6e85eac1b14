/**
 * The myth-vs-truth quiz as pure functions: shuffling, state transitions,
 * scoring and decoding stored state. The island only renders and dispatches.
 */
import { isIsoDate, isObject } from './guards';

/** A statement's verdict, and a reader's answer. */
export type Verdict = 'myth' | 'truth';

/** One statement, as the island receives it from the build. */
export interface QuizItem {
  id: string;
  statement: string;
  verdict: Verdict;
  explanation: string;
  /** Where the site covers it. */
  href: string;
  /** Link text for href, e.g. "Tip 12: Apologize sincerely…". */
  linkLabel: string;
}

/** An attempt in progress or just finished. */
export interface Attempt {
  /** Seed the order was shuffled with. */
  seed: number;
  /** Statement ids in the order they are asked. */
  order: string[];
  /** Answers given so far, aligned with `order`. */
  answers: Verdict[];
  /** Index in `order` of the statement on screen. */
  current: number;
  /** Set when the reader has seen the last feedback and moved to the results. */
  finished: boolean;
}

/** Everything kept for one quiz (the full quiz, or an embedded subset). */
export interface QuizRecord {
  attempt: Attempt | null;
  /** Best score so far, with the number of statements it was out of. */
  best: { score: number; total: number } | null;
  /** ISO date (YYYY-MM-DD) of the last finished attempt. */
  lastAttemptOn: string | null;
}

/** What is stored under `kindred:quiz:v1`: a record per quiz id. */
export interface QuizState {
  version: 1;
  quizzes: Record<string, QuizRecord>;
}

/** The stored state when nothing has been kept yet. */
export const EMPTY_QUIZ_STATE: QuizState = { version: 1, quizzes: {} };

/** A record before the first attempt. */
export const EMPTY_RECORD: QuizRecord = { attempt: null, best: null, lastAttemptOn: null };

/** Which screen the quiz is on. */
export type Phase = 'start' | 'question' | 'feedback' | 'end';

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
  return { seed, order: shuffle(ids, seed), answers: [], current: 0, finished: false };
}

/** The screen an attempt is on. */
export function phaseOf(attempt: Attempt | null): Phase {
  if (!attempt) return 'start';
  if (attempt.finished) return 'end';
  return attempt.answers.length > attempt.current ? 'feedback' : 'question';
}

/** Records the answer to the statement on screen; ignored once it has an answer. */
export function answer(attempt: Attempt, verdict: Verdict): Attempt {
  if (phaseOf(attempt) !== 'question') return attempt;
  return { ...attempt, answers: [...attempt.answers, verdict] };
}

/** Moves past the feedback to the next statement, or to the results after the last. */
export function advance(attempt: Attempt): Attempt {
  if (phaseOf(attempt) !== 'feedback') return attempt;
  const last = attempt.current >= attempt.order.length - 1;
  return last ? { ...attempt, finished: true } : { ...attempt, current: attempt.current + 1 };
}

/** Number of right answers in an attempt. */
export function score(attempt: Attempt, items: readonly QuizItem[]): number {
  const verdicts = new Map(items.map((i) => [i.id, i.verdict]));
  // Stryker disable next-line StringLiteral: an answer always has a statement at its index (answers never outnumber order)
  return attempt.answers.filter((a, i) => verdicts.get(attempt.order[i] ?? '') === a).length;
}

/** Folds a finished attempt into the record: best score and date of the last attempt. */
export function recordFinish(record: QuizRecord, attempt: Attempt, items: readonly QuizItem[], today: string): QuizRecord {
  const s = score(attempt, items);
  const total = attempt.order.length;
  // Stryker disable next-line EqualityOperator: an equal score keeps an equal best score either way
  const better = !record.best || s / total > record.best.score / record.best.total;
  return { attempt, best: better ? { score: s, total } : record.best, lastAttemptOn: today };
}

// ---------- Decoding stored state ----------

const isVerdict = (v: unknown): v is Verdict => v === 'myth' || v === 'truth';

/** More statements than any quiz will have: larger stored numbers are damage, not progress. */
export const MAX_QUIZ_LENGTH = 500;

/** A stored attempt checked strictly, or null. */
export function decodeAttempt(v: unknown): Attempt | null {
  if (!isObject(v)) return null;
  const { seed, order, answers, current, finished } = v;
  // Stryker disable next-line ConditionalExpression: Number.isSafeInteger already refuses anything that is not a number
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) return null;
  // Stryker disable next-line ConditionalExpression: an empty order fails the position check below, and a non-string id has no length
  if (!Array.isArray(order) || order.length === 0 || order.length > MAX_QUIZ_LENGTH || !order.every((id) => typeof id === 'string' && id.length <= 100)) return null;
  if (new Set(order).size !== order.length) return null;
  if (!Array.isArray(answers) || !answers.every(isVerdict)) return null;
  // Stryker disable next-line ConditionalExpression: Number.isInteger already refuses anything that is not a number
  if (typeof current !== 'number' || !Number.isInteger(current) || current < 0 || current >= order.length) return null;
  if (answers.length < current || answers.length > current + 1) return null;
  if (typeof finished !== 'boolean' || (finished && answers.length !== order.length)) return null;
  return { seed, order: order as string[], answers, current, finished };
}

/** A stored best score, or null when it is impossible (0 of 0, more right than asked, 1e21 statements). */
export function decodeBest(v: unknown): { score: number; total: number } | null {
  if (!isObject(v)) return null;
  const { score, total } = v;
  if (!Number.isInteger(score) || !Number.isInteger(total)) return null;
  const s = score as number;
  const t = total as number;
  return t >= 1 && t <= MAX_QUIZ_LENGTH && s >= 0 && s <= t ? { score: s, total: t } : null;
}

/** A stored date of the last attempt: a real date between 2000 and 2100, or null. */
export function decodeAttemptDate(v: unknown): string | null {
  return isIsoDate(v) && v >= '2000-01-01' && v <= '2100-12-31' ? v : null;
}

function decodeRecord(v: unknown): QuizRecord {
  if (!isObject(v)) return EMPTY_RECORD;
  // A best score without a date of the attempt that set it is not a record either.
  const lastAttemptOn = decodeAttemptDate(v['lastAttemptOn']);
  const best = lastAttemptOn ? decodeBest(v['best']) : null;
  return { attempt: decodeAttempt(v['attempt']), best, lastAttemptOn: best ? lastAttemptOn : null };
}

/**
 * Decodes the stored string. Anything unreadable (not JSON, another
 * version, another app's data) gives the empty state; a damaged record
 * keeps whatever parts of it are sound.
 */
export function decodeQuizState(raw: string | undefined | null): QuizState {
  // Stryker disable next-line ConditionalExpression: JSON.parse of an empty string throws and of null gives null, both the empty state below
  if (!raw) return EMPTY_QUIZ_STATE;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_QUIZ_STATE;
  }
  if (!isObject(value) || value['version'] !== 1 || !isObject(value['quizzes'])) return EMPTY_QUIZ_STATE;
  const quizzes: Record<string, QuizRecord> = {};
  for (const [id, record] of Object.entries(value['quizzes'])) quizzes[id] = decodeRecord(record);
  return { version: 1, quizzes };
}

/**
 * A stored record checked against the statements the site has now: an
 * attempt over statements that were since added, removed or renamed is
 * dropped (the best score stays).
 */
export function reconcile(record: QuizRecord | undefined, ids: readonly string[]): QuizRecord {
  if (!record) return EMPTY_RECORD;
  const a = record.attempt;
  const same = a && a.order.length === ids.length && a.order.every((id) => ids.includes(id));
  return same ? record : { ...record, attempt: null };
}
