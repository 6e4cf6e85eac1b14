/**
 * What changed between a reader's first check-in and their latest, in
 * plain words. The scale's total going down means those feelings came less
 * often; a theme going up means the reader does that more often. Nothing
 * here is a judgement: it says what moved, and which way.
 */
import type { CheckIn } from './sync';
import { scaleTotal, THEMES, type Theme } from './scale';

/** Totals of one check-in: the scale (3–9) and how often the reader shows up (6–18). */
export interface Totals {
  scale: number;
  themes: number;
}

/** The totals of a check-in. */
export const totalsOf = (c: CheckIn): Totals => ({
  scale: scaleTotal(c.scale),
  themes: THEMES.reduce((sum, t) => sum + c.themes[t], 0),
});

/** What moved from the first check-in to the latest. */
export interface Change {
  first: CheckIn;
  latest: CheckIn;
  /** Latest minus first. */
  scale: number;
  up: Theme[];
  down: Theme[];
  same: Theme[];
}

/** The change from the first check-in to the latest (oldest first), or null with fewer than two. */
export function changeSinceFirst(inOrder: readonly CheckIn[]): Change | null {
  const first = inOrder[0];
  const latest = inOrder.at(-1);
  if (!first || !latest || inOrder.length < 2) return null;
  const diff = (t: Theme) => latest.themes[t] - first.themes[t];
  return {
    first,
    latest,
    scale: totalsOf(latest).scale - totalsOf(first).scale,
    up: THEMES.filter((t) => diff(t) > 0),
    down: THEMES.filter((t) => diff(t) < 0),
    same: THEMES.filter((t) => diff(t) === 0),
  };
}

const list = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** The change as sentences, naming themes with `label`. */
export function describeChange(change: Change, label: (t: Theme) => string): string[] {
  const from = totalsOf(change.first).scale;
  const to = totalsOf(change.latest).scale;
  const lines = [
    change.scale < 0
      ? `Feeling left out, isolated or short of company came less often: your total went down from ${from} to ${to}.`
      : change.scale > 0
        ? `Feeling left out, isolated or short of company came more often: your total went up from ${from} to ${to}.`
        : `Feeling left out, isolated or short of company came about as often as before: your total is ${to}, as it was.`,
  ];
  const names = (ts: readonly Theme[]) => list(ts.map(label));
  if (change.up.length) lines.push(`You do more of this now: ${names(change.up)}.`);
  if (change.down.length) lines.push(`You do less of this now: ${names(change.down)}.`);
  if (change.same.length === THEMES.length) lines.push('How you show up online is the same as the first time.');
  else if (change.same.length) lines.push(`The same as before: ${names(change.same)}.`);
  return lines;
}
