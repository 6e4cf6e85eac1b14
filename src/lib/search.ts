/**
 * Search results as the UI shows them, built from Pagefind's result data.
 * Pure: no DOM, no network; the loader is in ./pagefind.ts.
 */

/** The sections a reader can filter by (Pagefind's "section" filter). */
export const SEARCH_SECTIONS = ['Guide', 'Tips', 'Quiz', 'Checklist', 'Help'] as const;
export type SearchSection = (typeof SEARCH_SECTIONS)[number];

/** What Pagefind's `result.data()` returns, as far as we use it. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** One result as the UI renders it. */
export interface SearchHit {
  url: string;
  title: string;
  section: string;
  /** Safe HTML: text with <mark> around matches, nothing else. */
  excerpt: string;
  /** Headings within the page that match, linking to their anchors. */
  subResults: { title: string; url: string; excerpt: string }[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Keeps only <mark>…</mark> from an excerpt and escapes everything else, so
 * text from the index can never inject markup.
 */
export function safeExcerpt(html: string): string {
  const text = html
    .replace(/<mark>/g, '\u0001')
    .replace(/<\/mark>/g, '\u0002')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
  return escapeHtml(text).replace(/\u0001/g, '<mark>').replace(/\u0002/g, '</mark>');
}

/** The visible text of an excerpt (markup dropped), for comparing excerpts. */
const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

/**
 * An excerpt as shown: safe HTML, without a leading repeat of the heading it
 * sits under, ending with "…" where Pagefind cut a sentence short.
 */
export function formatExcerpt(html: string, heading?: string): string {
  let out = safeExcerpt(html).trim();
  if (heading) {
    const h = escapeHtml(heading);
    if (out.startsWith(h)) out = out.slice(h.length).replace(/^[\s.:–—-]+/, '');
  }
  return out && !/[.!?…:"”)]$/.test(plain(out)) ? `${out}…` : out;
}

/**
 * Turns Pagefind's data for one page into a hit; sub-results only for
 * headings (with an anchor), and only with an excerpt of their own: one
 * that repeats the page's excerpt is left out.
 */
export function toHit(data: PagefindData, maxSubResults = 3): SearchHit {
  const title = data.meta['title'] ?? data.url;
  const excerpt = formatExcerpt(data.excerpt);
  return {
    url: data.url,
    title,
    section: data.filters?.['section']?.[0] ?? '',
    excerpt,
    subResults: (data.sub_results ?? [])
      .filter((s) => s.url.includes('#') && s.title !== title)
      .map((s) => ({ title: s.title, url: s.url, excerpt: formatExcerpt(s.excerpt, s.title) }))
      .filter((s) => plain(s.excerpt) !== plain(excerpt))
      .slice(0, maxSubResults),
  };
}

/** The sentence announced to screen readers when results change. */
export function resultsMessage(query: string, count: number): string {
  if (!query.trim()) return '';
  if (count === 0) return `No results for “${query.trim()}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query.trim()}”.`;
}

/** What a reader sees when search cannot load (offline, or the index is missing). */
export const SEARCH_UNAVAILABLE = 'Search is not available right now. Please try again in a moment, or browse the guide and the tips.';

/** The same, in `astro dev`, where there is never an index: Pagefind runs after a build. */
export const SEARCH_UNAVAILABLE_IN_DEV = 'Search is not available right now: run `npm run build`, then `npm run preview`, to enable search.';

/** The longest query searched or kept in a URL; longer input is cut (a ~16 KB URL is refused by servers). */
export const MAX_QUERY_LENGTH = 200;

/** A query cut to MAX_QUERY_LENGTH characters. */
export const clampQuery = (query: string): string => query.slice(0, MAX_QUERY_LENGTH);

/** Reads the query and section filter from a URL's search string. */
export function readSearchParams(search: string): { query: string; section: SearchSection | null } {
  const params = new URLSearchParams(search);
  const section = params.get('section');
  return {
    query: clampQuery(params.get('q') ?? ''),
    section: SEARCH_SECTIONS.find((s) => s === section) ?? null,
  };
}

/** The search string for a query and section, e.g. "?q=trust&section=Tips". */
export function writeSearchParams(query: string, section: SearchSection | null): string {
  const params = new URLSearchParams();
  if (query) params.set('q', clampQuery(query));
  if (section) params.set('section', section);
  const s = params.toString();
  return s ? `?${s}` : '';
}
