/**
 * The reader-phrase suite's verdict, from what search returned for each
 * phrase (pure: scripts/check-phrases.ts runs the searches in Chromium).
 */
import type { ReaderPhrase } from './reader-phrases.ts';

/** The share of phrases with a right page in the top three that the suite requires. */
export const MIN_RIGHT_SHARE = 0.9;

/** What /search/ showed for one phrase: result paths in order (fragments and queries dropped). */
export interface PhraseOutcome {
  phrase: ReaderPhrase;
  results: readonly string[];
}

/** A result URL as a site path: "/tips/x/#:~:text=y" → "/tips/x/". */
export const resultPath = (href: string): string => new URL(href, 'http://site.invalid').pathname;

/** The suite's figures: phrases that found nothing, phrases without a right page in the top three, the share right. */
export function judgePhrases(outcomes: readonly PhraseOutcome[]): {
  empty: PhraseOutcome[];
  wrong: PhraseOutcome[];
  right: number;
  share: number;
  pass: boolean;
} {
  const empty = outcomes.filter((o) => o.results.length === 0);
  const wrong = outcomes.filter((o) => !o.results.slice(0, 3).some((r) => o.phrase.pages.includes(resultPath(r))));
  const right = outcomes.length - wrong.length;
  const share = outcomes.length ? right / outcomes.length : 0;
  return { empty, wrong, right, share, pass: outcomes.length > 0 && empty.length === 0 && share >= MIN_RIGHT_SHARE };
}
