/**
 * The full search page: results for ?q= on load, live results as you type
 * (the URL keeps q and the section, so a search can be shared), and filter
 * chips for the sections. Before it mounts (and without JavaScript) it shows
 * its children, which say search needs JavaScript.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { runSearch } from '../lib/pagefind';
import { readSearchParams, resultsMessage, SEARCH_SECTIONS, writeSearchParams, type SearchHit, type SearchSection } from '../lib/search';

interface Props {
  children?: ComponentChildren;
}

export default function SearchPage({ children }: Props) {
  const [mounted, setMounted] = useState(false);
  const [query, setQuery] = useState('');
  const [section, setSection] = useState<SearchSection | null>(null);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [total, setTotal] = useState(0);
  const [pending, setPending] = useState(false);
  const sequence = useRef(0);

  useEffect(() => {
    const initial = readSearchParams(location.search);
    setQuery(initial.query);
    setSection(initial.section);
    setMounted(true);
  }, []);

  useEffect(() => {
    if (!mounted) return;
    history.replaceState(null, '', `${location.pathname}${writeSearchParams(query.trim(), section)}`);
    const mine = ++sequence.current;
    if (!query.trim()) {
      setHits(null);
      setPending(false);
      return;
    }
    setPending(true);
    runSearch(query.trim(), section, 20).then((r) => {
      if (mine !== sequence.current) return;
      setHits(r.hits);
      setTotal(r.total);
      setPending(false);
    });
  }, [mounted, query, section]);

  if (!mounted) return <div>{children}</div>;

  return (
    <div class="search-page">
      <form role="search" class="search-page-form" onSubmit={(e) => e.preventDefault()}>
        <label for="search-page-input">Search the guide and tips</label>
        <input
          id="search-page-input"
          type="search"
          value={query}
          autoFocus={!query}
          autocomplete="off"
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
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
      <p role="status" class="search-count">{hits ? resultsMessage(query, total) : ''}</p>
      {hits && hits.length === 0 && (
        <p>
          Try a different word, remove the section filter, or browse <a href="/tips/">the 20 trust tips</a> and{' '}
          <a href="/guide/">the guide</a>.
        </p>
      )}
      {hits && hits.length > 0 && (
        <ol class="search-results" aria-busy={pending}>
          {hits.map((hit) => (
            <li key={hit.url}>
              <h2>
                <a href={hit.url}>{hit.title}</a>
              </h2>
              {hit.section && <p class="search-result-section">{hit.section}</p>}
              <p dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
              {hit.subResults.length > 0 && (
                <ul class="search-subresults" aria-label={`Matching sections of ${hit.title}`}>
                  {hit.subResults.map((s) => (
                    <li key={s.url}>
                      <a href={s.url}>{s.title}</a>
                      <span dangerouslySetInnerHTML={{ __html: ` ${s.excerpt}` }} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
