/**
 * Loads Pagefind on first use and runs searches. Browser only: Pagefind is
 * fetched from /pagefind/ when a reader starts to search, never before.
 */
import { toHit, type PagefindData, type SearchHit, type SearchSection } from './search';

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;

/** Pagefind's runtime, loaded once. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    // Built after Astro by the Pagefind CLI, so the bundler must not resolve it.
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // A small index needs no worker, and skipping it saves ~12 KB on the first query.
    await api.options({ noWorker: true, excerptLength: 22 });
    return api;
  })();
  return loading;
}

/** The top results for a query (optionally within one section), with their data loaded. */
export async function runSearch(query: string, section: SearchSection | null, limit = 8): Promise<{ hits: SearchHit[]; total: number }> {
  const api = await loadPagefind();
  const response = await api.search(query, section ? { filters: { section } } : {});
  if (!response) return { hits: [], total: 0 }; // superseded by a newer query
  const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return { hits: data.map((d) => toHit(d)), total: response.results.length };
}
