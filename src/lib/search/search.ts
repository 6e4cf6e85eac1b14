/**
 * Search results as the UI shows them, built from Pagefind's result data.
 * Pure: no DOM, no network; the loader is in src/islands/search/pagefind.ts.
 */

/** The sections a reader can filter by (Pagefind's "section" filter). */
export const SEARCH_SECTIONS = ['Guide', 'Tips', 'Quiz', 'Checklist', 'Help'] as const;
export type SearchSection = (typeof SEARCH_SECTIONS)[number];

/**
 * Pagefind's options, the same for the header popup and /search/. A small
 * index needs no worker (skipping it saves ~12 KB on the first query).
 * Keywords (front matter, indexed as metadata) rank above body text and
 * below titles: a reader's word for a page counts, but never beats a page
 * named for it.
 */
export const PAGEFIND_OPTIONS = {
  noWorker: true,
  excerptLength: 22,
  ranking: { metaWeights: { title: 5, keywords: 2 } },
} as const;

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
  /** For a closest match (src/lib/search/closest.ts): the reader's words the page has. */
  matched?: readonly string[];
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
  // \u0001 and \u0002 stand in for <mark> and </mark> while the text is escaped.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the stand-in for <mark>
  const open = /\u0001/g;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the stand-in for </mark>
  const close = /\u0002/g;
  return escapeHtml(text).replace(open, '<mark>').replace(close, '</mark>');
}

/** The visible text of an excerpt (markup dropped), for comparing excerpts. */
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

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

/** Plain text from safe excerpt HTML: tags dropped, entities decoded. */
const unescapeText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** One part of a text directive, percent-encoded including the "-", "," and "&" the syntax uses. */
const encodeFragmentPart = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** Up to `n` words of a run of text that stays within one sentence. */
const lastWords = (text: string, n: number) =>
  (text.split(/[.!?;:…]\s/).pop() ?? '').trim().split(/\s+/).filter(Boolean).slice(-n).join(' ');
const firstWords = (text: string, n: number) =>
  (text.split(/[.!?;:…](?:\s|$)/)[0] ?? '').trim().split(/\s+/).filter(Boolean).slice(0, n).join(' ');

/**
 * A text fragment (`:~:text=prefix-,term,-suffix`) that scrolls the
 * destination page to the first marked words of an excerpt and highlights
 * them. The words around the match say which occurrence is meant (a bare
 * term jumps to its first occurrence anywhere on the page). Empty when the
 * excerpt marks nothing, e.g. when a page matched on its keywords or on a
 * corrected word its text doesn't contain.
 */
export function textFragment(excerptHtml: string): string {
  const safe = safeExcerpt(excerptHtml);
  // The first marked run: consecutive marks separated by spaces are one phrase.
  const match = /<mark>([^<]*)<\/mark>(?:\s*<mark>[^<]*<\/mark>)*/.exec(safe);
  if (!match) return '';
  const term = unescapeText(match[0])
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!term) return '';
  const prefix = lastWords(unescapeText(safe.slice(0, match.index)), 3);
  const suffix = prefix ? '' : firstWords(unescapeText(safe.slice(match.index + match[0].length)), 3);
  return `:~:text=${prefix ? `${encodeFragmentPart(prefix)}-,` : ''}${encodeFragmentPart(term)}${suffix ? `,-${encodeFragmentPart(suffix)}` : ''}`;
}

/** A result URL that lands on the excerpt's match: its anchor (if any) plus the text fragment. */
export function withTextFragment(url: string, excerptHtml: string): string {
  const fragment = textFragment(excerptHtml);
  if (!fragment) return url;
  return url.includes('#') ? `${url}${fragment}` : `${url}#${fragment}`;
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
    url: withTextFragment(data.url, data.excerpt),
    title,
    section: data.filters?.['section']?.[0] ?? '',
    excerpt,
    subResults: (data.sub_results ?? [])
      .filter((s) => s.url.includes('#') && s.title !== title)
      .map((s) => ({ title: s.title, url: withTextFragment(s.url, s.excerpt), excerpt: formatExcerpt(s.excerpt, s.title) }))
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

/** The sentence announced when results are for a corrected query. */
export function correctedMessage(query: string, corrected: string, count: number): string {
  return `No results for “${query.trim()}”. ${resultsMessage(corrected, count)}`;
}

/** What a reader sees when search cannot load (offline, or the index is missing). */
export const SEARCH_UNAVAILABLE = 'Search is not available right now. Please try again in a moment, or browse the guide and the tips.';

/** The same, in `astro dev`, where there is never an index: Pagefind runs after a build. */
export const SEARCH_UNAVAILABLE_IN_DEV =
  'Search is not available right now: run `npm run build`, then `npm run preview`, to enable search.';

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

/**
 * The words of a query (4 or more letters) that the results' excerpts never
 * mark: Pagefind answered them with something else (a stray initial, a
 * keyword), so they may be misspelled. A marked word counts as a match when
 * it starts with the query word's first 3 letters ("listen" for "listening").
 */
export function unmatchedWords(query: string, excerpts: readonly string[]): string[] {
  const marked = excerpts.flatMap((e) => [...e.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => (m[1] ?? '').toLowerCase()));
  return (query.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 4 && !marked.some((m) => m.startsWith(w.slice(0, 3))));
}
