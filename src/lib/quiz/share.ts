/**
 * What a quiz result says when it is shared or reviewed: score bands with
 * their warm lines, the share text and the address of a score page. Pure:
 * no personal data ever goes into a shared text or link.
 */

/** A feedback band: from `min` (fraction of statements right, inclusive) upwards. */
export interface ScoreBand {
  id: 'start' | 'growing' | 'strong' | 'all';
  /** Lowest fraction right that falls in this band. */
  min: number;
  /** A warm line for the results screen, never a grade. */
  line: string;
}

/** The bands, highest first. */
export const SCORE_BANDS: readonly ScoreBand[] = [
  { id: 'all', min: 1, line: 'Every one right. You already see past the common myths; the guide has ideas to put that into practice.' },
  {
    id: 'strong',
    min: 0.75,
    line: 'You know this ground well. The few you missed are worth a second look: they are easy ones to believe.',
  },
  {
    id: 'growing',
    min: 0.5,
    line: 'A good base. Some of these beliefs sound true until you look closer, and now you have.',
  },
  {
    id: 'start',
    min: 0,
    line: 'Lots of common beliefs here are myths. That is why this guide exists, and you have just taken the first step.',
  },
];

/** The band a score falls in (a total of 0 counts as the lowest band). */
export function scoreBand(score: number, total: number): ScoreBand {
  // 0 of 0 is NaN, which no band's minimum admits: it falls through to the lowest band.
  const fraction = score / total;
  return SCORE_BANDS.find((b) => fraction >= b.min) ?? (SCORE_BANDS[SCORE_BANDS.length - 1] as ScoreBand);
}

/** The share text: names no reader. "Someone scored 12 of 15 on Kindred's myth-or-truth quiz." */
export function shareText(score: number, total: number): string {
  return `Someone scored ${score} of ${total} on Kindred's myth-or-truth quiz.`;
}

/** Path of the pre-built page for a score. */
export function scorePath(score: number): string {
  return `/quiz/score/${score}/`;
}

/** Every score from 0 to total, for building one page per score. */
export function possibleScores(total: number): number[] {
  return Array.from({ length: Math.max(0, Math.floor(total)) + 1 }, (_, i) => i);
}
