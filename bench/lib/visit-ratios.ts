/**
 * The reading visit against the Starlight peer: the medians of each site's
 * visits and issue 23's four goals (whole visit, first page, later pages,
 * first page's LCP on the slow connection). Pure: no browser.
 */
import { compareToGoals, median, type GoalComparison } from './peer-ratios.ts';

/** The pages of a reading visit, in order, in one browser context: home, a guide section, two tips, the tips index. */
export const VISIT_PATHS = ['/', '/guide/six-strategies/', '/tips/listen-actively/', '/tips/keep-humor/', '/tips/'] as const;

/** What one visit cost. */
export interface VisitFigures {
  /** Bytes on the wire for the whole visit. */
  totalBytes: number;
  /** Bytes for the first page (cold cache). */
  firstBytes: number;
  /** Bytes for every later page together (warm cache). */
  laterBytes: number;
  /** The first page's largest contentful paint, ms from navigation start, on the slow connection. */
  firstLcpMs: number;
}

/** The goals: the most Kindred may be relative to Starlight. */
export const VISIT_GOALS: VisitFigures = { totalBytes: 0.4, laterBytes: 0.6, firstBytes: 0.25, firstLcpMs: 0.9 };

/** What each goal measures, for the report. */
export const VISIT_LABELS: Record<keyof VisitFigures, string> = {
  totalBytes: 'whole visit, bytes',
  laterBytes: 'later pages, bytes',
  firstBytes: 'first page, bytes',
  firstLcpMs: 'first page LCP on a slow connection, ms',
};

/** A visit's figures from each page's bytes (in visit order) and the first page's LCP. */
export function visitFigures(pageBytes: readonly number[], firstLcpMs: number): VisitFigures {
  if (!pageBytes.length) throw new Error('a visit of no pages');
  const [first = 0, ...later] = pageBytes;
  const laterBytes = later.reduce((a, b) => a + b, 0);
  return { totalBytes: first + laterBytes, firstBytes: first, laterBytes, firstLcpMs };
}

/** A site's medians over its visits: each figure, and each page's bytes. */
export function visitMedians(
  runs: readonly { figures: VisitFigures; pageBytes: readonly number[] }[],
): VisitFigures & { pageBytes: number[] } {
  const pick = (k: keyof VisitFigures) => median(runs.map((r) => r.figures[k]));
  const pages = runs[0]?.pageBytes.length ?? 0;
  return {
    totalBytes: pick('totalBytes'),
    firstBytes: pick('firstBytes'),
    laterBytes: pick('laterBytes'),
    firstLcpMs: pick('firstLcpMs'),
    pageBytes: Array.from({ length: pages }, (_, i) => median(runs.map((r) => r.pageBytes[i] ?? 0))),
  };
}

/** Kindred's visit medians against Starlight's, goal by goal. */
export const compareVisits = (kindred: VisitFigures, starlight: VisitFigures): GoalComparison<keyof VisitFigures>[] =>
  compareToGoals(VISIT_GOALS, VISIT_LABELS, kindred, starlight);
