/**
 * Runs searches as the reader types and reports where each stands. Typing
 * is debounced (DEBOUNCE_MS), so fast typing costs one lookup and excerpts
 * are fetched only for the results shown; the index chunks a query needs
 * start loading at each keystroke.
 *
 * A query of one word that finds nothing, or whose top results never mark
 * it (Pagefind matched a stray initial, say), is corrected from the site's
 * vocabulary; if the correction finds something, its results are shown
 * instead (the reader can still search the words as typed). A query of
 * several words that fewer than ENOUGH_RESULTS pages match in full looks
 * for closest matches (src/lib/search/closest.ts): without its stop words,
 * each remaining word searched on its own, the pages ranked by how many of the words they match, then by
 * score. Those searches reuse the index chunks the full query loaded; a word
 * that finds few pages and is no word of the site's is corrected.
 *
 * Only the latest query's answer is reported, and a superseded query
 * fetches no excerpts; a failure becomes the 'error' state, never an
 * unhandled rejection. Shared by the header popup and /search/.
 */
import { ENOUGH_RESULTS, queryWords } from '../../lib/search/closest';
import { clampQuery, unmatchedWords, type SearchHit, type SearchSection } from '../../lib/search/search';
import { preloadQuery, runSearch, suggestCorrection } from './pagefind';

/** Pause in typing before a search runs: long enough to skip the keystrokes of fast typing. */
export const DEBOUNCE_MS = 70;

/** Results of one finished search. */
export interface SearchResultsData {
  hits: SearchHit[];
  total: number;
  /** Set when the results are for a corrected query: what ran instead of what was typed. */
  correctedTo?: string;
  /**
   * Set when the results are closest matches: how many of all the results have every one
   * of the reader's words (they come first; the rest have some).
   */
  closest?: { full: number };
}

/** Where a search stands, as both search views render it. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; previous: SearchResultsData | null }
  | { status: 'done'; results: SearchResultsData }
  | { status: 'error' };

/** A search runner: call `search` on every change; `onState` hears each new state. */
export function createSearchRunner(limit: number, onState: (state: SearchState, query: string) => void) {
  let sequence = 0;
  let last: SearchResultsData | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run(q: string, section: SearchSection | null, exact: boolean, wanted: () => boolean): Promise<SearchResultsData | null> {
    const full = await runSearch(q, section, limit, wanted);
    if (!full || exact) return full && { hits: full.hits, total: full.total };
    const results: SearchResultsData = { hits: full.hits, total: full.total };
    const excerpts = full.hits.flatMap((h) => [h.excerpt, ...h.subResults.map((sub) => sub.excerpt)]);
    const unmatched = full.total > 0 ? unmatchedWords(q, excerpts) : [];
    if (full.total >= ENOUGH_RESULTS && unmatched.length === 0) return results;
    // Several words, too few pages with all of them: the pages with most of them.
    if (queryWords(q).length > 1) {
      // Loaded the first time a search needs it (with the stop words), never on a content page's first search.
      const { closestMatches } = await import('./closest-matches');
      const closest = await closestMatches(q, section, limit, full, wanted);
      if (closest || !wanted()) return closest;
    }
    // One word: nothing found, or the top results never mark it; try the closest real word.
    if (full.total > 0 && unmatched.length === 0) return results;
    const corrected = await suggestCorrection(q);
    if (!corrected) return results;
    const fixed = await runSearch(corrected, section, limit, wanted);
    if (!fixed) return null;
    return fixed.total > 0 ? { hits: fixed.hits, total: fixed.total, correctedTo: corrected } : results;
  }

  return {
    /** Searches for `query`; with `exact`, the words as typed, never corrected. */
    search(query: string, section: SearchSection | null = null, exact = false): void {
      const mine = ++sequence;
      clearTimeout(timer);
      const q = clampQuery(query.trim());
      if (!q) {
        last = null;
        onState({ status: 'idle' }, q);
        return;
      }
      onState({ status: 'loading', previous: last }, q);
      // The index starts loading at the first keystroke; the excerpts wait for the pause.
      preloadQuery(q, section);
      timer = setTimeout(() => {
        run(q, section, exact, () => mine === sequence).then(
          (results) => {
            if (mine !== sequence || !results) return;
            last = results;
            onState({ status: 'done', results }, q);
          },
          () => mine === sequence && onState({ status: 'error' }, q),
        );
      }, DEBOUNCE_MS);
    },
  };
}
