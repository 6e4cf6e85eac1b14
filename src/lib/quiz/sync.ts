/**
 * Quiz progress as it is stored and shared between tabs. Records (best
 * score, date of the last attempt, the statements still to practise) are
 * shared by every tab and merged: the better best, the later date and the
 * later change per missed statement win, so two tabs never lose each
 * other's results. An attempt in progress belongs to the tab that runs it
 * (kept in that tab's sessionStorage), so two tabs never swap answers.
 *
 * Versions: 1 kept attempts inside the records, 2 moved them out, 3 adds
 * `misses`. Older values are read and rewritten as 3.
 */
import { isObject } from '../guards';
import { readStored, type Stored } from '../stored';
import { decodeAttempt, decodeAttemptDate, decodeBest, EMPTY_RECORD, type Attempt, type QuizRecord, type QuizState } from './quiz';
import { decodeMissList, mergeMissLists, type MissList } from './practice';

/** The stored records' version; stored values with a higher one come from newer code. */
export const QUIZ_DOC_VERSION = 3;

/** What one quiz keeps across tabs and visits. */
export interface QuizResults {
  best: { score: number; total: number } | null;
  lastAttemptOn: string | null;
  /** The statements to practise (src/lib/quiz/practice.ts). */
  misses: MissList;
}

/** Results per quiz id. */
export type QuizResultsById = Record<string, QuizResults>;

/** Attempts in progress per quiz id, in one tab. */
export type QuizAttempts = Record<string, Attempt>;

/** What a stored records value holds. */
export interface StoredQuiz {
  results: QuizResultsById;
  /** In-progress attempts found in a version 1 value, for this tab to take over. */
  attempts: QuizAttempts;
}

/** More quiz records than the site could ever have made: larger stored values are damage. */
const MAX_QUIZZES = 64;

/** Quiz ids are content ids or short names: anything else in storage is not ours. */
const QUIZ_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The better of two best scores: the higher share right; on a tie, more statements. */
export function betterBest(a: QuizResults['best'], b: QuizResults['best']): QuizResults['best'] {
  if (!a || !b) return a ?? b;
  const ra = a.score / a.total;
  const rb = b.score / b.total;
  if (ra !== rb) return ra > rb ? a : b;
  return a.total >= b.total ? a : b;
}

const NO_RESULTS: QuizResults = { best: null, lastAttemptOn: null, misses: {} };

/** Both sides' results in one: per quiz, the better best, the later date and both practice lists merged. */
export function mergeResults(a: QuizResultsById, b: QuizResultsById): QuizResultsById {
  const out: QuizResultsById = {};
  for (const id of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[id] ?? NO_RESULTS;
    const y = b[id] ?? NO_RESULTS;
    const dates = [x.lastAttemptOn, y.lastAttemptOn].filter((d): d is string => !!d).sort();
    out[id] = { best: betterBest(x.best, y.best), lastAttemptOn: dates.at(-1) ?? null, misses: mergeMissLists(x.misses, y.misses) };
  }
  return out;
}

/** Keys in a fixed order, so equal values always encode the same. */
const sorted = <T>(o: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k] as T]),
  );

/** The stored JSON: canonical, so equal results always encode the same. */
export function encodeResults(results: QuizResultsById): string {
  const quizzes = sorted(results);
  for (const [id, r] of Object.entries(quizzes)) quizzes[id] = { ...r, misses: sorted(r.misses) };
  return JSON.stringify({ version: QUIZ_DOC_VERSION, quizzes });
}

function decodeResults(v: unknown): QuizResults {
  if (!isObject(v)) return NO_RESULTS;
  const lastAttemptOn = decodeAttemptDate(v['lastAttemptOn']);
  // A best score without a sound date of the attempt that set it is not a record.
  const best = lastAttemptOn ? decodeBest(v['best']) : null;
  // Versions 1 and 2 had no practice list: an empty one is their migration.
  return { best, lastAttemptOn: best ? lastAttemptOn : null, misses: decodeMissList(v['misses']) ?? {} };
}

/**
 * Reads the stored records: version 1 (records with attempts inside) and
 * version 2 (no practice list) are migrated, version 3 checked, a higher
 * version reported as newer. Damaged
 * records of one quiz are dropped; the rest are kept. Never throws.
 */
export function readStoredQuiz(raw: string | null | undefined): Stored<StoredQuiz> {
  return readStored(raw, QUIZ_DOC_VERSION, 'not quiz records', (value) => {
    const version = value['version'];
    if (!isObject(value['quizzes'])) return { kind: 'invalid', error: 'not quiz records' };
    if (Object.keys(value['quizzes']).length > MAX_QUIZZES) return { kind: 'invalid', error: 'too many quiz records' };
    if (version !== 1 && version !== 2 && version !== QUIZ_DOC_VERSION) return { kind: 'invalid', error: 'unknown version' };
    const results: QuizResultsById = {};
    const attempts: QuizAttempts = {};
    for (const [id, record] of Object.entries(value['quizzes'])) {
      if (!QUIZ_ID.test(id)) continue;
      const r = decodeResults(record);
      if (r.best) results[id] = r;
      const attempt = version === 1 && isObject(record) ? decodeAttempt(record['attempt']) : null;
      if (attempt) attempts[id] = attempt;
    }
    return { kind: 'ok', doc: { results, attempts } };
  });
}

/** Reads this tab's attempts; anything damaged is dropped. */
export function readStoredAttempts(raw: string | null | undefined): QuizAttempts {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!isObject(value)) return {};
    const out: QuizAttempts = {};
    for (const [id, a] of Object.entries(value)) {
      const attempt = QUIZ_ID.test(id) ? decodeAttempt(a) : null;
      if (attempt) out[id] = attempt;
    }
    return out;
  } catch {
    return {};
  }
}

/** Results and this tab's attempts as one QuizState, the shape the quiz island reads. */
export function combineQuiz(results: QuizResultsById, attempts: QuizAttempts): QuizState {
  const quizzes: Record<string, QuizRecord> = {};
  for (const id of new Set([...Object.keys(results), ...Object.keys(attempts)])) {
    quizzes[id] = { ...EMPTY_RECORD, ...results[id], attempt: attempts[id] ?? null };
  }
  return { quizzes };
}
