/**
 * Restore links: checklist progress carried in a URL fragment
 * (`/checklist/#restore=…`), so a reader can continue on another device with
 * nothing sent to a server. The fragment is base64url of a few bytes:
 *
 *   0        format version (RESTORE_FORMAT)
 *   1..3     plan hash: the day and habit ids the link was made for
 *   4        plan days ticked, one bit each (bit 0 = day 1)
 *   5..6     start date, days since 2000-01-01 plus one (0: none)
 *   7..8     the date the link was made, days since 2000-01-01
 *   9        n: how many days of habit history follow (0..HABIT_HISTORY_DAYS)
 *   10..     n × (habits in the plan) bits, newest day first, each day's
 *            habits in plan order, packed from the high bit, zero-padded
 *   last 2   checksum of every byte before it
 *
 * The checksum always closes the link, whatever the version, so a damaged
 * link is told apart from one made by newer code. A decoded link goes
 * through the same checks as an imported file (checkChecklist, boundToPlan).
 */
import { addDays, boundToPlan, checkChecklist, daysBetween, HABIT_HISTORY_DAYS, isSaneDate, PLAN_DAYS, type ChecklistState } from './state';

/** The version of the byte layout above; links with a higher one come from newer code. */
export const RESTORE_FORMAT = 1;

/** The fragment parameter that holds the progress. */
export const RESTORE_PARAM = 'restore';

/** Longer fragments are refused unread: a full plan's link is about 60 characters. */
export const MAX_RESTORE_CHARS = 256;

/** The plan a link belongs to: its day and habit ids, in plan order. */
export interface PlanIds {
  dayIds: readonly string[];
  habitIds: readonly string[];
}

/** Why a link was turned away. */
export type RestoreProblem = 'damaged' | 'foreign' | 'newer' | 'too-long';

/** A decoded link: the progress it holds (checked and bound to this plan), or why it can't be used. */
export type RestoreResult = { ok: true; state: ChecklistState; madeOn: string } | { ok: false; problem: RestoreProblem; error: string };

/** What the reader is told for each problem; every one ends with nothing changed. */
export const RESTORE_ERRORS: Record<RestoreProblem, string> = {
  damaged:
    "This restore link is damaged or incomplete, so it can't be read. Nothing was changed. Copy the whole link again on the other device.",
  foreign:
    'This restore link was made for a different version of the 7-day plan, so its ticks would land on the wrong days. Nothing was changed.',
  newer: 'This restore link was made by a newer version of Kindred. Nothing was changed. Reload the page, then open the link again.',
  'too-long': 'This link is far longer than any restore link Kindred makes, so it was not read. Nothing was changed.',
};

const EPOCH = '2000-01-01';
const HEADER_BYTES = 10;
const CHECKSUM_BYTES = 2;

/** FNV-1a over bytes, 32 bits. */
function fnv1a(bytes: Iterable<number>): number {
  let hash = 0x811c9dc5;
  for (const b of bytes) {
    hash ^= b;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A 24-bit hash of the plan's day and habit ids, in order. */
export function planHash(plan: PlanIds): number {
  return fnv1a(new TextEncoder().encode(`${plan.dayIds.join(',')}|${plan.habitIds.join(',')}`)) >>> 8;
}

const checksum = (bytes: Uint8Array): number => fnv1a(bytes) & 0xffff;

function toBase64url(bytes: Uint8Array): string {
  // Stryker disable next-line Regex: btoa writes "=" only at the end
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Bytes of a base64url string, or undefined if it isn't one. */
function fromBase64url(text: string): Uint8Array | undefined {
  // A length of 4k+1 can't come from whole bytes (atob would throw on it too).
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: atob refuses such a length as well, caught below
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
    // Stryker disable next-line BlockStatement: an empty catch returns undefined all the same
  } catch {
    return undefined;
  }
}

/**
 * The fragment payload for `state` on this plan, made on `today`. Habits
 * outside the plan or the history window are left out; days beyond the
 * plan cannot be written.
 */
export function encodeRestore(state: ChecklistState, plan: PlanIds, today: string): string {
  const { habitIds } = plan;
  // Days of habit history to carry: up to the oldest day with a tick.
  let n = 0;
  for (let back = 0; back < HABIT_HISTORY_DAYS; back++) {
    // Stryker disable next-line ArrayDeclaration: "Stryker was here" can never be a habit id (they are kebab-case)
    const done = state.habits[addDays(today, -back)] ?? [];
    if (habitIds.some((id) => done.includes(id))) n = back + 1;
  }
  const bits = n * habitIds.length;
  const bytes = new Uint8Array(HEADER_BYTES + Math.ceil(bits / 8) + CHECKSUM_BYTES);
  const hash = planHash(plan);
  const start = state.startDate ? daysBetween(EPOCH, state.startDate) + 1 : 0;
  const made = daysBetween(EPOCH, today);
  bytes.set([RESTORE_FORMAT, hash >>> 16, (hash >>> 8) & 0xff, hash & 0xff]);
  // Stryker disable next-line ConditionalExpression: a day below 1 would shift past the byte and set nothing
  for (const d of state.days) if (d >= 1 && d <= Math.min(plan.dayIds.length, PLAN_DAYS)) bytes[4] = (bytes[4] ?? 0) | (1 << (d - 1));
  bytes.set([start >>> 8, start & 0xff, made >>> 8, made & 0xff, n], 5);
  let bit = 0;
  // Stryker disable next-line EqualityOperator: day n has no ticks (n is one past the oldest day with any), so one more pass writes nothing
  for (let back = 0; back < n; back++) {
    // Stryker disable next-line ArrayDeclaration: "Stryker was here" can never be a habit id (they are kebab-case)
    const done = state.habits[addDays(today, -back)] ?? [];
    for (const id of habitIds) {
      if (done.includes(id)) bytes[HEADER_BYTES + (bit >> 3)] = (bytes[HEADER_BYTES + (bit >> 3)] ?? 0) | (0x80 >> (bit & 7));
      bit++;
    }
  }
  const sum = checksum(bytes.subarray(0, bytes.length - CHECKSUM_BYTES));
  bytes.set([sum >>> 8, sum & 0xff], bytes.length - CHECKSUM_BYTES);
  return toBase64url(bytes);
}

/** The full link: this site's checklist page with the progress in its fragment. */
export function restoreLink(origin: string, payload: string): string {
  return `${origin}/checklist/#${RESTORE_PARAM}=${payload}`;
}

/** The payload of a `#restore=…` fragment (location.hash), or null when the fragment is something else. */
export function restorePayload(hash: string): string | null {
  const prefix = `#${RESTORE_PARAM}=`;
  return hash.startsWith(prefix) ? hash.slice(prefix.length) : null;
}

const fail = (problem: RestoreProblem): RestoreResult => ({ ok: false, problem, error: RESTORE_ERRORS[problem] });

/**
 * Reads a payload for this plan, as the reader's device sees `today`.
 * Anything wrong (characters, length, checksum, version, plan, layout,
 * dates) turns the whole link away; what is accepted keeps only what an
 * import keeps (this plan's habits, the last 60 days up to today).
 */
export function decodeRestore(payload: string, plan: PlanIds, today: string): RestoreResult {
  if (payload.length > MAX_RESTORE_CHARS) return fail('too-long');
  const bytes = fromBase64url(payload);
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: the layout check below refuses a short link too; this spares reading a header out of nothing
  if (!bytes || bytes.length < HEADER_BYTES + CHECKSUM_BYTES) return fail('damaged');
  const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  const sum = ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  if (checksum(body) !== sum) return fail('damaged');
  const at = (i: number) => bytes[i] ?? 0;
  if (at(0) > RESTORE_FORMAT) return fail('newer');
  if (at(0) !== RESTORE_FORMAT) return fail('damaged');
  if (((at(1) << 16) | (at(2) << 8) | at(3)) !== planHash(plan)) return fail('foreign');

  const { habitIds } = plan;
  const n = at(9);
  if (n > HABIT_HISTORY_DAYS || body.length !== HEADER_BYTES + Math.ceil((n * habitIds.length) / 8)) return fail('damaged');
  const dayCount = Math.min(plan.dayIds.length, PLAN_DAYS);
  if (at(4) >> dayCount) return fail('damaged');
  const days = Array.from({ length: dayCount }, (_, i) => i + 1).filter((d) => at(4) & (1 << (d - 1)));
  const start = (at(5) << 8) | at(6);
  const startDate = start ? addDays(EPOCH, start - 1) : null;
  const madeOn = addDays(EPOCH, (at(7) << 8) | at(8));
  // The start date is checked with the rest below, as an import's would be; the date the link was made is checked here.
  if (!isSaneDate(madeOn)) return fail('damaged');

  const habits: Record<string, string[]> = {};
  let bit = 0;
  for (let back = 0; back < n; back++) {
    const date = addDays(madeOn, -back);
    for (const id of habitIds) {
      if (at(HEADER_BYTES + (bit >> 3)) & (0x80 >> (bit & 7))) {
        habits[date] ??= [];
        habits[date].push(id);
      }
      bit++;
    }
  }
  // Padding bits are always zero in a link Kindred made.
  for (; bit % 8; bit++) if (at(HEADER_BYTES + (bit >> 3)) & (0x80 >> (bit & 7))) return fail('damaged');

  const checked = checkChecklist({ version: 2, days, startDate, habits });
  if (!checked.ok) return fail('damaged');
  return { ok: true, state: boundToPlan(checked.state, habitIds, today), madeOn };
}

/**
 * Both progresses in one, for "merge": every day ticked on either side, every
 * habit done on either side, and the start date already here (or else the
 * link's).
 */
export function mergeProgress(here: ChecklistState, incoming: ChecklistState): ChecklistState {
  const habits: Record<string, string[]> = { ...here.habits };
  for (const [date, ids] of Object.entries(incoming.habits)) habits[date] = [...new Set([...(habits[date] ?? []), ...ids])].sort();
  return {
    version: 2,
    days: [...new Set([...here.days, ...incoming.days])].sort((a, b) => a - b),
    startDate: here.startDate ?? incoming.startDate,
    habits,
  };
}
