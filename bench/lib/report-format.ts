/** How bench/REPORT.md writes figures and tables. Pure. */
import type { GoalComparison } from './peer-ratios.ts';

/** Bytes as kilobytes with one decimal: "12.3 KB". */
export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** A Markdown table. */
export const table = (head: string[], rows: (string | number)[][]): string =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

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
      r.ratio.toFixed(2),
      `≤ ${r.max.toFixed(2)}`,
      r.pass ? 'pass' : '**FAIL**',
    ]),
  );
}
