/** How bench/REPORT.md writes figures and tables. Pure. */
import type { GoalComparison } from './peer-ratios.ts';

/** Bytes as kilobytes with one decimal: "12.3 KB". */
export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** A Markdown table. */
export const table = (head: string[], rows: (string | number)[][]): string =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** A ratio to two decimals, or as many more (up to five) as it takes not to round a missed goal onto it (0.2504 against 0.25). */
export function ratioText(ratio: number, max: number, pass: boolean): string {
  let digits = 2;
  while (!pass && digits < 5 && Number(ratio.toFixed(digits)) <= max) digits++;
  return ratio.toFixed(digits);
}

/** Kindred against Starlight, one row per goal, each with its ratio, the goal and whether it is met. */
export function goalTable(ratios: readonly GoalComparison[]): string {
  // Goals named …Ms are times; every other goal is bytes.
  const fmt = (goal: string, n: number) => (goal.endsWith('Ms') ? `${Math.round(n)} ms` : kb(n));
  return table(
    ['goal', 'Kindred', 'Starlight', 'ratio', 'goal', 'result'],
    ratios.map((r) => [
      r.label,
      fmt(r.goal, r.kindred),
      fmt(r.goal, r.starlight),
      // The stored ratio is rounded to two decimals; the text is worked out from the exact one.
      ratioText(r.kindred / r.starlight, r.max, r.pass),
      `≤ ${r.max.toFixed(2)}`,
      r.pass ? 'pass' : '**FAIL**',
    ]),
  );
}
