/**
 * The practice list's rules: which statements a reader still has to
 * practise, and how two tabs' lists merge. Pure; the quiz store keeps one
 * list per quiz under `misses` (src/lib/quiz/sync.ts, version 3).
 *
 * A miss enters the list with a streak of 0; each right answer adds one;
 * a statement answered right twice in a row leaves the list. Leaving keeps
 * a stamped tombstone, so a merge never brings it back; every change is
 * stamped, and the later stamp wins per statement, so two tabs never lose
 * an update.
 */
import { isObject } from '../guards';

/** One statement on the list (or a tombstone once it has left). */
export interface MissEntry {
  /** Right answers in a row since the last miss. */
  streak: number;
  /** When it last changed (ms since the epoch). */
  at: number;
  /** Set once the statement has left the list. */
  removed?: true;
}

/** Statement id → entry. */
export type MissList = Readonly<Record<string, MissEntry>>;

/** Right answers in a row that take a statement off the list. */
export const RIGHT_IN_A_ROW = 2;

/** The list after an attempt's answers, stamped `now`. */
export function recordAnswers(list: MissList, results: readonly { id: string; right: boolean }[], now: number): MissList {
  const out: Record<string, MissEntry> = { ...list };
  for (const { id, right } of results) {
    const entry = out[id];
    if (!right) out[id] = { streak: 0, at: now };
    else if (entry && !entry.removed) {
      const streak = entry.streak + 1;
      out[id] = streak >= RIGHT_IN_A_ROW ? { streak: 0, at: now, removed: true } : { streak, at: now };
    }
  }
  return out;
}

/** The ids still to practise, in the given order (e.g. the quiz's), unknown ids left out. */
export function toPractise(list: MissList, ids: readonly string[]): string[] {
  return ids.filter((id) => {
    const entry = list[id];
    return entry !== undefined && !entry.removed;
  });
}

/** Whether `a` should win over `b`: the later stamp; on a tie, a tombstone, then the longer streak. */
function wins(a: MissEntry, b: MissEntry): boolean {
  // Stryker disable next-line EqualityOperator: the stamps differ here, so > and >= agree.
  if (a.at !== b.at) return a.at > b.at;
  if (!!a.removed !== !!b.removed) return !!a.removed;
  // Stryker disable next-line EqualityOperator: on a full tie the entries are equal, so either may stay.
  return a.streak > b.streak;
}

/** Two lists merged statement by statement; the same inputs give the same result in either order. */
export function mergeMissLists(a: MissList, b: MissList): MissList {
  const out: Record<string, MissEntry> = { ...a };
  for (const [id, entry] of Object.entries(b)) {
    const mine = out[id];
    if (!mine || wins(entry, mine)) out[id] = entry;
  }
  return out;
}

/** A stored list, checked entry by entry; damaged entries are dropped. Null when it is not a list at all. */
export function decodeMissList(value: unknown): MissList | null {
  if (!isObject(value)) return null;
  const out: Record<string, MissEntry> = {};
  for (const [id, raw] of Object.entries(value)) {
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id) || !isObject(raw)) continue;
    const { streak, at, removed } = raw;
    // Stryker disable next-line ConditionalExpression: Number.isInteger refuses non-numbers too; typeof narrows the type.
    if (typeof streak !== 'number' || !Number.isInteger(streak) || streak < 0 || streak >= RIGHT_IN_A_ROW) continue;
    // Stryker disable next-line ConditionalExpression: Number.isFinite refuses non-numbers too; typeof narrows the type.
    if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) continue;
    if (removed !== undefined && removed !== true) continue;
    out[id] = removed ? { streak, at, removed } : { streak, at };
  }
  return out;
}
