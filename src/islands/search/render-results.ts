/**
 * The one way Kindred shows search results, used by the header popup and the
 * /search/ page alike: a status line for screen readers, the results as a
 * list of links (with matching headings as sub-results), and the same
 * empty-state and error text in both places. Plain DOM, so the popup on a
 * content page loads no UI library.
 */
import { correctedMessage, resultsMessage, SEARCH_UNAVAILABLE, SEARCH_UNAVAILABLE_IN_DEV, type SearchHit } from '../../lib/search/search';
import type { SearchState } from './search-runner';

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

function result(hit: SearchHit, view: ResultsView): HTMLLIElement {
  const li = el('li');
  const title = el(view.titleLevel === 2 ? 'h2' : 'p', 'search-result-title');
  title.append(link(hit.url, hit.title));
  li.append(title);
  if (hit.section) li.append(el('p', 'search-result-section', hit.section));
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
        ? corrected
          ? correctedMessage(query, corrected, state.results.total)
          : resultsMessage(query, state.results.total)
        : state.status === 'error'
          ? import.meta.env.DEV
            ? SEARCH_UNAVAILABLE_IN_DEV
            : SEARCH_UNAVAILABLE
          : '';
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
        'Try a different or shorter word, or put a phrase in quotes ("video call") to search for it exactly. Or browse ',
      );
      help.append(link('/tips/', 'the trust tips'), ' and ', link('/guide/', 'the guide'), '.');
      parts.push(help);
    }
    if (shown?.hits.length) {
      const list = el('ol', 'search-results');
      list.setAttribute('aria-label', `Results for ${query}`);
      list.setAttribute('aria-busy', String(state.status === 'loading'));
      list.append(...shown.hits.map((hit) => result(hit, view)));
      parts.push(list);
    }
    if (view.moreHref && shown && shown.total > shown.hits.length) {
      const more = el('p', 'search-more');
      more.append(link(view.moreHref(query), `See all ${shown.total} results`));
      parts.push(more);
    }
    body.replaceChildren(...parts);
  };
}
