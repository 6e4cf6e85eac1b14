/**
 * Closest matches: when no page has all of a reader's words (or too few do),
 * search drops the stop words (content/search-words.yaml), searches each
 * remaining word on its own and ranks the pages by how many of the words they
 * match, then by Pagefind's score. Pure: the runner
 * (src/islands/search/search-runner.ts) runs the searches.
 */

/** Fewer results than this for all of a reader's words, and search looks for closest matches too. */
export const ENOUGH_RESULTS = 3;

/** What the status line and the heading say first when no page has all of the reader's words. */
export const NO_FULL_MATCH = 'No page has all of these words.';

/** The heading over closest matches when no page has all of the reader's words. */
export const NO_FULL_MATCH_HEADING = `${NO_FULL_MATCH} Closest matches:`;

/** The heading over closest matches that follow pages with all of the words. */
export const SOME_WORDS_HEADING = 'Other pages with some of these words:';

/**
 * The words of a query as search sees them: lowercase, apostrophes dropped
 * ("don't" is "dont"), a quoted phrase kept whole with its quotes, each once.
 */
export function queryWords(query: string): string[] {
  const out: string[] = [];
  for (const m of query.matchAll(/"([^"]+)"|[\p{L}\p{N}'’]+/gu)) {
    const word = m[1] !== undefined ? `"${m[1].trim().toLowerCase()}"` : m[0].replace(/['’]/g, '').toLowerCase();
    if (word && word !== '""' && !out.includes(word)) out.push(word);
  }
  return out;
}

/** The words of a query that are not stop words. */
export function meaningfulWords(query: string, stopWords: ReadonlySet<string>): string[] {
  return queryWords(query).filter((w) => !stopWords.has(w));
}

/** A page one word's search found, with Pagefind's score. */
export interface WordMatch {
  id: string;
  score: number;
}

/** A page among the closest matches. */
export interface ClosestPage {
  id: string;
  /** The reader's words it matches, in the query's order. */
  words: string[];
  /** The sum of its scores for those words. */
  score: number;
  /** It matches every one of the words (or every word as typed). */
  full: boolean;
}

/**
 * Ranks the pages found for each word: first the pages that had every word as
 * typed (`fullIds`, in their order), then by how many of `words` a page
 * matches, then by its summed score.
 */
export function rankClosest(
  words: readonly string[],
  perWord: ReadonlyMap<string, readonly WordMatch[]>,
  fullIds: readonly string[] = [],
): ClosestPage[] {
  const pages = new Map<string, { words: string[]; score: number }>();
  for (const word of words) {
    for (const { id, score } of perWord.get(word) ?? []) {
      const page = pages.get(id) ?? { words: [], score: 0 };
      if (!page.words.includes(word)) {
        page.words.push(word);
        page.score += score;
      }
      pages.set(id, page);
    }
  }
  const first = fullIds.map((id) => ({ id, words: [...words], score: pages.get(id)?.score ?? 0, full: true }));
  const rest = [...pages]
    .filter(([id]) => !fullIds.includes(id))
    .map(([id, p]) => ({ id, words: p.words, score: p.score, full: p.words.length === words.length }))
    .sort((a, b) => b.words.length - a.words.length || b.score - a.score || (a.id < b.id ? -1 : 1));
  return [...first, ...rest];
}

/**
 * Below this Pagefind score, a word's best page is likely a stray match: a misspelled word
 * matches a word that merely looks alike, scoring about 1.5, where a real word's best page
 * scores 3 or more.
 */
export const STRAY_SCORE = 2;

/**
 * Whether a word's own search looks like a misspelling's: nothing found, or only a few pages
 * and none that scores like a real match. A quoted phrase never is. (Whether it is a real
 * word is then asked of the site's vocabulary, loaded only for such words.)
 */
export function mayBeMisspelled(word: string, results: readonly { score: number }[]): boolean {
  if (word.startsWith('"')) return false;
  return results.length === 0 || (results.length < ENOUGH_RESULTS && Math.max(...results.map((r) => r.score)) < STRAY_SCORE);
}

/** The query with each corrected word replaced (`corrections`: word as search saw it → the correction). */
export function replaceWords(query: string, corrections: ReadonlyMap<string, string>): string {
  return query.replace(/[\p{L}\p{N}'’]+/gu, (word) => corrections.get(word.replace(/['’]/g, '').toLowerCase()) ?? word);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentence announced to screen readers for closest matches: `full` pages with every word, `some` with some. */
export function closestMessage(query: string, full: number, some: number): string {
  const q = `“${query.trim()}”`;
  if (full === 0)
    return `${NO_FULL_MATCH_HEADING.replace(/ Closest matches:$/, '')} ${plural(some, 'closest match', 'closest matches')} for ${q}.`;
  if (some === 0) return `${plural(full, 'result', 'results')} for ${q}.`;
  return `${plural(full, 'result', 'results')} for ${q}, and ${plural(some, 'page', 'pages')} with some of its words.`;
}

/** Where a search that finds nothing sends the reader. */
export const NO_RESULT_OFFERS: readonly (readonly [href: string, text: string])[] = [
  ['/tips/', 'Browse the trust tips'],
  ['/guide/', 'Read the guide'],
  ['/words/', 'Not sure what to say? Words to send'],
  ['/help/', 'Need someone to talk to now? Where to find help'],
];
