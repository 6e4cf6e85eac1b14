/**
 * The full search page: results for ?q= on load, live results as you type
 * (the URL keeps q and the section, so a search can be shared), and filter
 * chips for the sections. Results are drawn by the renderer the header popup
 * uses (./search/render-results.ts). Before it hydrates (and without
 * JavaScript) it shows its children, which say search needs JavaScript.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_QUERY_LENGTH, readSearchParams, SEARCH_SECTIONS, writeSearchParams, type SearchSection } from '../lib/search/search';
import { mountResults } from './search/render-results';
import { createSearchRunner } from './search/search-runner';
import { useHydrated } from './hooks/use-hydrated';
import './search-page.css';

interface Props {
  children?: ComponentChildren;
}

/** Results shown on the search page. */
const PAGE_SIZE = 20;

export default function SearchPage({ children }: Props) {
  const hydrated = useHydrated();
  // Read once in the browser; the server render has no URL (and shows the children anyway).
  const [initial] = useState(() => (typeof location === 'undefined' ? { query: '', section: null } : readSearchParams(location.search)));
  const [query, setQuery] = useState(initial.query);
  const [section, setSection] = useState<SearchSection | null>(initial.section);
  const resultsHost = useRef<HTMLDivElement>(null);
  const runner = useRef<ReturnType<typeof createSearchRunner> | null>(null);
  const sectionRef = useRef(section);
  sectionRef.current = section;

  useEffect(() => {
    if (!hydrated || !resultsHost.current || runner.current) return;
    runner.current = createSearchRunner(
      PAGE_SIZE,
      mountResults(resultsHost.current, {
        titleLevel: 2,
        searchExactly: (q) => runner.current?.search(q, sectionRef.current, true),
      }),
    );
  }, [hydrated]);

  useEffect(() => {
    if (!hydrated) return;
    history.replaceState(null, '', `${location.pathname}${writeSearchParams(query.trim(), section)}`);
    runner.current?.search(query, section);
  }, [hydrated, query, section]);

  if (!hydrated) return <div>{children}</div>;

  return (
    <div class="search-page">
      <form role="search" class="search-page-form" onSubmit={(e) => e.preventDefault()}>
        <label for="search-page-input">Search all of Kindred</label>
        <input
          id="search-page-input"
          type="search"
          value={query}
          autoFocus={!query}
          autocomplete="off"
          maxLength={MAX_QUERY_LENGTH}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </form>
      <div class="filter-links" role="group" aria-label="Show results from">
        <ul>
          {[null, ...SEARCH_SECTIONS].map((s) => (
            <li key={s ?? 'all'}>
              <button type="button" class="chip" aria-pressed={section === s} onClick={() => setSection(s)}>
                {s ?? 'All sections'}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div ref={resultsHost} class="search-results-view" />
    </div>
  );
}
