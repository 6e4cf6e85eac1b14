/**
 * Runs searches as the reader types and reports where each stands. Only the
 * latest query's answer is reported; a failure becomes the 'error' state,
 * never an unhandled rejection. Shared by the header popup and /search/.
 */
import { clampQuery, type SearchHit, type SearchSection } from '../../lib/search';
import { runSearch } from './pagefind';

/** Results of one finished search. */
export interface SearchResultsData {
  hits: SearchHit[];
  total: number;
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
  return {
    search(query: string, section: SearchSection | null = null): void {
      const mine = ++sequence;
      const q = clampQuery(query.trim());
      if (!q) {
        last = null;
        onState({ status: 'idle' }, q);
        return;
      }
      onState({ status: 'loading', previous: last }, q);
      runSearch(q, section, limit).then(
        (results) => {
          if (mine !== sequence) return;
          last = results;
          onState({ status: 'done', results }, q);
        },
        () => mine === sequence && onState({ status: 'error' }, q),
      );
    },
  };
}
