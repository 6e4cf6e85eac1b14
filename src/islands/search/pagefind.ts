/**
 * Loads Pagefind on first use and runs searches. Browser only: Pagefind is
 * fetched from /pagefind/ when a reader starts to search, never before.
 * When it can't load (offline, or `astro dev`, where no index exists yet),
 * searches reject with SearchUnavailableError and a later search tries again.
 */
import { PAGEFIND_OPTIONS, toHit, type PagefindData, type SearchHit, type SearchSection } from '../../lib/search/search';
import type { Vocabulary } from '../../lib/search/spelling';
import { PAGEFIND_RUNTIME_URL } from '../../consts';

/** One page a search found: Pagefind's id and score, and its data on request. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  preload?(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Search could not run: the index or its runtime did not load. */
export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super('Search is not available right now', { cause });
    this.name = 'SearchUnavailableError';
  }
}

let loading: Promise<PagefindApi> | undefined;

/** Pagefind's runtime, loaded once (and loaded again after a failure). */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ PAGEFIND_RUNTIME_URL)) as PagefindApi;
    // A small index needs no worker, and skipping it saves ~12 KB on the first query.
    await api.options(PAGEFIND_OPTIONS);
    // Fetch the WebAssembly and the index now, in parallel, rather than at the first search.
    api.init?.().catch(() => {});
    return api;
  })().catch((error: unknown) => {
    loading = undefined;
    throw new SearchUnavailableError(error);
  });
  return loading;
}

/**
 * Starts fetching Pagefind's WebAssembly (its largest file) beside its runtime: left to
 * itself, the runtime asks for it only after loading and reading its entry file, two round
 * trips later. The runtime's own fetch of the same URL reuses a fetch preload (it runs in
 * the page: no worker); the file is named by the page's language.
 */
function preloadWasm(): void {
  const lang = document.documentElement.lang.split('-')[0]?.toLowerCase();
  if (!lang || document.querySelector('link[data-pagefind-wasm]')) return;
  const link = Object.assign(document.createElement('link'), {
    rel: 'preload',
    as: 'fetch',
    crossOrigin: 'anonymous',
    href: `/pagefind/wasm.${lang}.pagefind`,
  });
  link.dataset['pagefindWasm'] = '';
  document.head.append(link);
}

/** Starts loading the runtime and its WebAssembly without waiting; a failure shows when the reader searches. */
export function preloadPagefind(): void {
  if (!loading) preloadWasm();
  loadPagefind().catch(() => {});
}

/**
 * Loads the index chunks a query needs while the reader is still typing (Pagefind's preload:
 * a search that stops before ranking), so the search after the pause finds them loaded. No
 * excerpts: they are fetched only for the results shown.
 */
export function preloadQuery(query: string, section: SearchSection | null): void {
  loadPagefind()
    .then((api) => api.preload?.(query, section ? { filters: { section } } : {}))
    .catch(() => {}); // the search itself reports a failure
}

/** Every page a query finds, best first, without their data (no excerpt is fetched). */
export async function searchPages(query: string, section: SearchSection | null): Promise<PagefindResult[]> {
  const api = await loadPagefind();
  try {
    return (await api.search(query, section ? { filters: { section } } : {}))?.results ?? [];
  } catch (error) {
    throw new SearchUnavailableError(error); // an index fragment failed to load
  }
}

/** The hits for some results: their data (excerpts) fetched, in parallel. */
export async function hitsOf(results: readonly PagefindResult[]): Promise<SearchHit[]> {
  try {
    return (await Promise.all(results.map((r) => r.data()))).map((d) => toHit(d));
  } catch (error) {
    throw new SearchUnavailableError(error);
  }
}

/**
 * The top results for a query (optionally within one section), with their data loaded;
 * null when `wanted` says the query was superseded before its excerpts were fetched.
 */
export async function runSearch(
  query: string,
  section: SearchSection | null,
  limit: number,
  wanted: () => boolean = () => true,
): Promise<{ hits: SearchHit[]; total: number; results: PagefindResult[] } | null> {
  const results = await searchPages(query, section);
  // Excerpts are the per-query cost: none for a query the reader has already typed past
  // (while the runtime loads, the first letters typed may have started a search).
  if (!wanted()) return null;
  return { hits: await hitsOf(results.slice(0, limit)), total: results.length, results };
}

let vocabulary:
  | Promise<{
      vocabulary: Vocabulary;
      correctQuery: (q: string, v: Vocabulary) => string | null;
      closestWord: (w: string, v: Vocabulary) => string | null;
      isKnownWord: (w: string, v: Vocabulary) => boolean;
    }>
  | undefined;

/** The spelling code and /search-vocabulary.json, loaded in parallel the first time a search needs them. */
function loadSpelling() {
  vocabulary ??= Promise.all([
    import('../../lib/search/spelling'),
    fetch('/search-vocabulary.json').then((r) => (r.ok ? r.json() : null)),
  ]).then(([spelling, json]) => ({
    vocabulary: spelling.decodeVocabulary(json),
    correctQuery: spelling.correctQuery,
    closestWord: spelling.closestWord,
    isKnownWord: spelling.isKnownWord,
  }));
  return vocabulary;
}

/**
 * The query with misspelled words corrected from the site's vocabulary, or
 * null. If the vocabulary fails to load there is simply no correction (and a
 * later search tries again).
 */
export async function suggestCorrection(query: string): Promise<string | null> {
  try {
    const { vocabulary: words, correctQuery } = await loadSpelling();
    return correctQuery(query, words);
  } catch {
    vocabulary = undefined;
    return null;
  }
}

/** The closest real word to a word that is not the site's, or null (see suggestCorrection). */
export async function correctWord(word: string): Promise<string | null> {
  try {
    const { vocabulary: words, closestWord, isKnownWord } = await loadSpelling();
    return isKnownWord(word, words) ? null : closestWord(word, words);
  } catch {
    vocabulary = undefined;
    return null;
  }
}
