/**
 * The myth-vs-truth quiz as pure functions: its shapes, which screen an
 * attempt is on, scoring and decoding stored state: what a page needs at
 * load. The moves of an attempt (shuffling, answering, finishing) are in
 * ./moves.ts, loaded with the question screens.
 */
import { isIsoDate, isObject } from '../guards';
import type { MissList } from './practice';

/** A statement's verdict, and a reader's answer. */
export type Verdict = 'myth' | 'truth';

/** How sure the reader was before answering a statement. */
export type Confidence = 'sure' | 'think' | 'guess';

/** The choices, in the order they are offered, with their labels. */
export const CONFIDENCE_CHOICES: readonly { value: Confidence; label: string }[] = [
  { value: 'sure', label: 'Sure' },
  { value: 'think', label: 'Think so' },
  { value: 'guess', label: 'Guessing' },
];

/** What the reader picks unless they change it. */
export const DEFAULT_CONFIDENCE: Confidence = 'think';

/** Whether a stored value is one of the choices. */
export const isConfidence = (v: unknown): v is Confidence => v === 'sure' || v === 'think' || v === 'guess';

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
  /** How sure the reader was of each answer, aligned with `answers`. */
  sureness: Confidence[];
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
  /** Statements missed and not yet answered right twice in a row (src/lib/quiz/practice.ts). */
  misses: MissList;
}

/** Every quiz's record, as the quiz island reads them (src/lib/quiz/sync.ts builds it from storage). */
export interface QuizState {
  quizzes: Record<string, QuizRecord>;
}

/** A record before the first attempt. */
export const EMPTY_RECORD: QuizRecord = { attempt: null, best: null, lastAttemptOn: null, misses: {} };

/** Which screen the quiz is on. */
export type Phase = 'start' | 'question' | 'feedback' | 'end';

/** The screen an attempt is on. */
export function phaseOf(attempt: Attempt | null): Phase {
  if (!attempt) return 'start';
  if (attempt.finished) return 'end';
  return attempt.answers.length > attempt.current ? 'feedback' : 'question';
}

/** Number of right answers in an attempt. */
export function score(attempt: Attempt, items: readonly QuizItem[]): number {
  const verdicts = new Map(items.map((i) => [i.id, i.verdict]));
  // Stryker disable next-line StringLiteral: an answer always has a statement at its index (answers never outnumber order)
  return attempt.answers.filter((a, i) => verdicts.get(attempt.order[i] ?? '') === a).length;
}

// ---------- Decoding stored state ----------

const isVerdict = (v: unknown): v is Verdict => v === 'myth' || v === 'truth';

/** More statements than any quiz will have: larger stored numbers are damage, not progress. */
export const MAX_QUIZ_LENGTH = 500;

/** A stored attempt checked strictly, or null. */
export function decodeAttempt(v: unknown): Attempt | null {
  if (!isObject(v)) return null;
  const { seed, order, answers, sureness, current, finished } = v;
  // Stryker disable next-line ConditionalExpression: Number.isSafeInteger already refuses anything that is not a number
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) return null;
  // Stryker disable next-line ConditionalExpression: an empty order fails the position check below, and a non-string id has no length
  if (
    !Array.isArray(order) ||
    order.length === 0 ||
    order.length > MAX_QUIZ_LENGTH ||
    !order.every((id) => typeof id === 'string' && id.length <= 100)
  )
    return null;
  if (new Set(order).size !== order.length) return null;
  if (!Array.isArray(answers) || !answers.every(isVerdict)) return null;
  // Stryker disable next-line ConditionalExpression: Number.isInteger already refuses anything that is not a number
  if (typeof current !== 'number' || !Number.isInteger(current) || current < 0 || current >= order.length) return null;
  if (answers.length < current || answers.length > current + 1) return null;
  if (typeof finished !== 'boolean' || (finished && answers.length !== order.length)) return null;
  // How sure the reader was is a detail: missing (saved before it was kept) or damaged, it falls back to the default.
  const sure = Array.isArray(sureness) && sureness.length === answers.length && sureness.every(isConfidence);
  return { seed, order: order as string[], answers, sureness: sure ? sureness : answers.map(() => DEFAULT_CONFIDENCE), current, finished };
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
