/**
 * The one way Kindred shows search results, used by the header popup and the
 * /search/ page alike: a status line for screen readers, the results as a
 * list of links (with matching headings as sub-results), and the same
 * empty-state and error text in both places. Plain DOM, so the popup on a
 * content page loads no UI library.
 */
import { closestMessage, NO_FULL_MATCH, NO_FULL_MATCH_HEADING, NO_RESULT_OFFERS, SOME_WORDS_HEADING } from '../../lib/search/closest';
import { correctedMessage, resultsMessage, SEARCH_UNAVAILABLE, SEARCH_UNAVAILABLE_IN_DEV, type SearchHit } from '../../lib/search/search';
import type { SearchResultsData, SearchState } from './search-runner';

/** How one view shows results. */
export interface ResultsView {
  /** Heading level of each result's title: 2 on the search page; the popup uses no headings. */
  titleLevel?: 2;
  /** Link to the full results for a query, shown when there are more results than hits. */
  moreHref?: (query: string) => string;
  /** Searches the words as typed, when the results shown are for a correction. */
  searchExactly?: (query: string) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  return Object.assign(el('a', '', text), { href });
}

/** An excerpt: safeExcerpt output, i.e. escaped text with <mark> only. */
function excerpt(tag: 'p' | 'span', html: string): HTMLElement {
  const node = el(tag, 'search-result-excerpt');
  node.innerHTML = html;
  return node;
}

function result(hit: SearchHit, level: 2 | 3 | undefined): HTMLLIElement {
  const li = el('li');
  const title = el(level === 2 ? 'h2' : level === 3 ? 'h3' : 'p', 'search-result-title');
  title.append(link(hit.url, hit.title));
  li.append(title);
  if (hit.section) li.append(el('p', 'search-result-section', hit.section));
  if (hit.matched?.length) {
    // Which of the reader's words this closest match has.
    const words = el('p', 'search-result-words', 'Has ');
    hit.matched.forEach((w, i) => {
      words.append(...(i === 0 ? [] : [i === (hit.matched?.length ?? 0) - 1 ? ' and ' : ', ']), el('mark', '', w.replace(/"/g, '')));
    });
    li.append(words);
  }
  li.append(excerpt('p', hit.excerpt));
  if (hit.subResults.length) {
    const subs = el('ul', 'search-subresults');
    subs.setAttribute('aria-label', `Matching sections of ${hit.title}`);
    for (const s of hit.subResults) {
      const item = el('li');
      item.append(link(s.url, s.title), ' ', excerpt('span', s.excerpt));
      subs.append(item);
    }
    li.append(subs);
  }
  return li;
}

/** The sentence for the status line once a search is done. */
function doneMessage(results: SearchResultsData, query: string): string {
  const { closest, correctedTo, total } = results;
  const shownQuery = correctedTo ?? query;
  const message = closest ? closestMessage(shownQuery, closest.full, total - closest.full) : resultsMessage(shownQuery, total);
  return correctedTo ? `No results for “${query.trim()}”. ${message}` : message;
}

/** A list of result items. */
function resultList(label: string, hits: SearchHit[], level: 2 | 3 | undefined, busy: boolean): HTMLOListElement {
  const list = el('ol', 'search-results');
  list.setAttribute('aria-label', label);
  list.setAttribute('aria-busy', String(busy));
  list.append(...hits.map((hit) => result(hit, level)));
  return list;
}

/** Creates the results region inside `host`; returns a function that shows a new state. */
export function mountResults(host: HTMLElement, view: ResultsView): (state: SearchState, query: string) => void {
  // The status line stays in place so screen readers announce each change.
  const status = el('p', 'search-count');
  status.setAttribute('role', 'status');
  const body = el('div');
  host.append(status, body);

  return (state, query) => {
    const shown = state.status === 'done' ? state.results : state.status === 'loading' ? state.previous : null;
    status.classList.toggle('search-error', state.status === 'error');
    const corrected = state.status === 'done' ? state.results.correctedTo : undefined;
    status.textContent =
      state.status === 'done'
        ? corrected && !state.results.closest
          ? correctedMessage(query, corrected, state.results.total)
          : doneMessage(state.results, query)
        : state.status === 'error'
          ? import.meta.env.DEV
            ? SEARCH_UNAVAILABLE_IN_DEV
            : SEARCH_UNAVAILABLE
          : '';
    // The heading below shows "No page has all of these words."; screen readers hear it in the status line.
    if (status.textContent.startsWith(`${NO_FULL_MATCH} `)) {
      status.replaceChildren(el('span', 'visually-hidden', `${NO_FULL_MATCH} `), status.textContent.slice(NO_FULL_MATCH.length + 1));
    }
    const parts: HTMLElement[] = [];
    if (corrected) {
      const note = el('p', 'search-correction', 'Showing results for ');
      note.append(el('em', '', corrected), '. ');
      if (view.searchExactly) {
        const exact = el('button', 'search-exact');
        exact.type = 'button';
        exact.append('Search for ', el('em', '', query), ' instead');
        exact.addEventListener('click', () => view.searchExactly?.(query));
        note.append(exact, '.');
      }
      parts.push(note);
    }
    if (state.status === 'done' && state.results.total === 0) {
      const help = el(
        'p',
        'search-help',
        'No page shares a word with your search. Try a different or shorter word, or put a phrase in quotes ("video call") to search for it exactly. Or:',
      );
      const offers = el('ul', 'search-offers');
      offers.setAttribute('aria-label', 'Places to look instead');
      for (const [href, text] of NO_RESULT_OFFERS) {
        const li = el('li');
        li.append(link(href, text));
        offers.append(li);
      }
      parts.push(help, offers);
    }
    if (shown?.hits.length) {
      const busy = state.status === 'loading';
      // Closest matches follow the pages with every word, under a heading of their own.
      const fullCount = shown.closest ? Math.min(shown.closest.full, shown.hits.length) : shown.hits.length;
      const fullHits = shown.hits.slice(0, fullCount);
      const closestHits = shown.hits.slice(fullCount);
      if (fullHits.length) parts.push(resultList(`Results for ${query}`, fullHits, view.titleLevel, busy));
      if (closestHits.length) {
        const text = fullCount === 0 ? NO_FULL_MATCH_HEADING : SOME_WORDS_HEADING;
        const heading = el(view.titleLevel === 2 ? 'h2' : 'p', 'search-closest-heading', text);
        parts.push(heading, resultList(`Closest matches for ${query}`, closestHits, view.titleLevel ? 3 : undefined, busy));
      }
    }
    if (view.moreHref && shown && shown.total > shown.hits.length) {
      const more = el('p', 'search-more');
      more.append(link(view.moreHref(query), `See all ${shown.total} results`));
      parts.push(more);
    }
    body.replaceChildren(...parts);
  };
}
