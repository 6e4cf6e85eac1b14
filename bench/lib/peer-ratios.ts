/**
 * Kindred against the Starlight peer, as issue 15's three goals: medians of
 * each site's runs, their ratios, and pass or fail; and which part of the
 * first search's bytes is whose. Pure: no browser.
 */
import type { PeerRun } from './peer-search.ts';

/** What a response is, for the first-search breakdown. */
export const BYTE_KINDS = ['page and search UI', 'Pagefind runtime, WebAssembly and index', 'excerpts'] as const;
export type ByteKind = (typeof BYTE_KINDS)[number];

/** The kind of a response by its URL: both sites serve Pagefind's files from /pagefind/. */
export function byteKind(url: string): ByteKind {
  const path = new URL(url).pathname;
  if (path.startsWith('/pagefind/fragment/')) return 'excerpts';
  if (path.startsWith('/pagefind/')) return 'Pagefind runtime, WebAssembly and index';
  return 'page and search UI';
}

/** The goals, as the most Kindred may be relative to Starlight. */
export const PEER_GOALS = {
  firstSearchBytes: 0.7,
  laterBytes: 1.0,
  slowFirstResultMs: 0.85,
} as const;

/** What each goal measures, for the report. */
export const GOAL_LABELS: Record<keyof typeof PEER_GOALS, string> = {
  firstSearchBytes: 'tip page + first search, bytes',
  laterBytes: 'five later queries, bytes',
  slowFirstResultMs: 'first result on a slow connection, ms',
};

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One site's medians over its runs. */
export interface PeerMedians {
  firstSearchBytes: number;
  laterBytes: number;
  slowFirstResultMs: number;
  /** Median per later query (bytes), in query order. */
  laterBytesPerQuery: number[];
  /** Median first-search bytes by kind. */
  firstSearchParts: Record<ByteKind, number>;
}

/** The medians of a site's runs (later bytes: the median of each run's total). */
export function peerMedians(runs: readonly PeerRun[]): PeerMedians {
  const queries = runs[0]?.laterBytes.length ?? 0;
  return {
    firstSearchBytes: median(runs.map((r) => r.firstSearchBytes)),
    laterBytes: median(runs.map((r) => r.laterBytes.reduce((a, b) => a + b, 0))),
    slowFirstResultMs: median(runs.map((r) => r.firstResultMs)),
    laterBytesPerQuery: Array.from({ length: queries }, (_, i) => median(runs.map((r) => r.laterBytes[i] ?? 0))),
    firstSearchParts: Object.fromEntries(BYTE_KINDS.map((k) => [k, median(runs.map((r) => r.firstSearchParts[k]))])) as Record<
      ByteKind,
      number
    >,
  };
}

/** One goal's outcome. */
export interface GoalComparison<K extends string = string> {
  goal: K;
  label: string;
  kindred: number;
  starlight: number;
  /** Kindred ÷ Starlight, to 2 decimals. */
  ratio: number;
  max: number;
  pass: boolean;
}

/** Kindred's figures against Starlight's, one row per goal (a goal is the most Kindred ÷ Starlight may be). */
export function compareToGoals<K extends string>(
  goals: Record<K, number>,
  labels: Record<K, string>,
  kindred: Record<K, number>,
  starlight: Record<K, number>,
): GoalComparison<K>[] {
  return (Object.keys(goals) as K[]).map((goal) => {
    const exact = starlight[goal] > 0 ? kindred[goal] / starlight[goal] : Number.POSITIVE_INFINITY;
    // Judged on the exact ratio: 0.704 shows as 0.70 but misses a 0.70 goal.
    return {
      goal,
      label: labels[goal],
      kindred: kindred[goal],
      starlight: starlight[goal],
      ratio: Math.round(exact * 100) / 100,
      max: goals[goal],
      pass: exact <= goals[goal],
    };
  });
}

/** One search goal's outcome. */
export type PeerComparison = GoalComparison<keyof typeof PEER_GOALS>;

/** Kindred's search medians against Starlight's, goal by goal. */
export const comparePeers = (kindred: PeerMedians, starlight: PeerMedians): PeerComparison[] =>
  compareToGoals(PEER_GOALS, GOAL_LABELS, kindred, starlight);
