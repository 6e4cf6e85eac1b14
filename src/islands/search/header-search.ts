/**
 * The header search's results popup, loaded by <site-search> (src/islands/chrome/site-search.ts) on first
 * use. The field stays a plain form to /search/ (Enter opens the full page);
 * this adds live results below it, drawn by the same renderer as the search
 * page. Keyboard: ↓ and ↑ move through the result links (↑ from the first
 * returns to the field), Esc closes the popup and returns to the field.
 */
import { addRecent, decodeRecent } from '../../lib/search/recent';
import { writeSearchParams } from '../../lib/search/search';
import { RECENT_SEARCHES_KEY } from '../../consts';
import { preloadPagefind } from './pagefind';
import { mountResults } from './render-results';
import { createSearchRunner } from './search-runner';
// A URL, not an import of the CSS: Astro links a stylesheet that a script imports, even lazily, from every
// page (withastro/astro#9495), and only a reader who searches needs these styles.
import resultsStylesheet from '../../styles/search-results.css?url';

/**
 * Results shown in the popup; the full page shows the rest. Each shown result costs one
 * excerpt fetch, so the popup shows the top 3 (the relevance suite's bar) and links to the rest.
 */
const POPUP_SIZE = 3;

/** The reader's recent searches, in this browser only (src/lib/search/recent.ts). */
const readRecent = (): string[] => {
  try {
    return decodeRecent(localStorage.getItem(RECENT_SEARCHES_KEY));
  } catch {
    return [];
  }
};
const writeRecent = (list: string[]): void => {
  try {
    if (list.length) localStorage.setItem(RECENT_SEARCHES_KEY, JSON.stringify(list));
    else localStorage.removeItem(RECENT_SEARCHES_KEY);
  } catch {
    // Storage refused: recent searches just aren't kept.
  }
};

/** Where an empty field offers to go. */
const QUICK_LINKS = [
  ['/quiz/', 'Take the myth-or-truth quiz'],
  ['/checklist/', 'Start the 7-day plan'],
] as const;

function list(label: string, items: [href: string, text: string][]): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'search-suggestion-list';
  ul.setAttribute('aria-label', label);
  for (const [href, text] of items) {
    const li = document.createElement('li');
    li.append(Object.assign(document.createElement('a'), { href, textContent: text }));
    ul.append(li);
  }
  return ul;
}

/** What the empty field offers: recent searches (with a button to clear them) and quick links. */
function drawSuggestions(host: HTMLElement, onClear: () => void): void {
  const recent = readRecent();
  const parts: HTMLElement[] = [];
  if (recent.length) {
    parts.push(
      list(
        'Recent searches',
        recent.map((q) => [`/search/${writeSearchParams(q, null)}`, q]),
      ),
    );
    const clear = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'search-clear-recent',
      textContent: 'Clear recent searches',
    });
    clear.addEventListener('click', onClear);
    parts.push(clear);
  }
  parts.push(
    list(
      'Quick links',
      QUICK_LINKS.map(([href, text]) => [href, text]),
    ),
  );
  host.replaceChildren(...parts);
}

/**
 * Adds a stylesheet once (/search/ links the same file); resolves when it has loaded. On failure it
 * removes the link and rejects, so no popup is drawn unstyled and the next use of the field tries again.
 */
function addStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return resolve();
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => {
      link.remove();
      reject(new Error(`${href} did not load`));
    });
    document.head.append(link);
  });
}

/** Adds the live results popup under the header's search field, once its styles have loaded. */
export async function attachHeaderSearch(input: HTMLInputElement): Promise<void> {
  const form = input.form;
  const tools = form?.parentElement;
  if (!form || !tools) return;
  preloadPagefind(); // the runtime, WebAssembly and index start loading while the reader types
  await addStylesheet(resultsStylesheet);

  const popup = document.createElement('div');
  popup.className = 'search-popup';
  popup.id = 'site-search-popup';
  popup.hidden = true;
  form.after(popup);
  input.setAttribute('aria-controls', popup.id);

  const show = mountResults(popup, {
    moreHref: (q) => `/search/${writeSearchParams(q, null)}`,
    searchExactly: (q) => {
      runner.search(q, null, true);
      input.focus();
    },
  });
  const runner = createSearchRunner(POPUP_SIZE, show);
  const suggestions = document.createElement('div');
  suggestions.className = 'search-suggestions';
  popup.prepend(suggestions);
  const setOpen = (open: boolean) => {
    popup.hidden = !open;
  };
  const empty = () => input.value.trim() === '';
  const suggest = () => {
    drawSuggestions(suggestions, () => {
      writeRecent([]);
      suggest();
      input.focus();
    });
    suggestions.hidden = !empty();
  };
  const update = () => {
    runner.search(input.value);
    suggest();
    setOpen(true);
  };
  const remember = () => {
    if (!empty()) writeRecent(addRecent(readRecent(), input.value));
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', () => {
    suggest();
    setOpen(true);
  });
  form.addEventListener('submit', remember);
  popup.addEventListener('click', (e) => {
    if ((e.target as Element | null)?.closest('.search-results a, .search-more a')) remember();
  });
  tools.addEventListener('keydown', (e) => {
    if (popup.hidden) return;
    // With only suggestions showing, Esc folds the whole field away (<site-search>).
    if (e.key === 'Escape' && empty()) return setOpen(false);
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      input.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...popup.querySelectorAll('a')].filter((a) => !a.closest('[hidden]'));
    if (!links.length) return;
    e.preventDefault();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const step = e.key === 'ArrowDown' ? 1 : -1;
    if (at === 0 && step < 0) input.focus();
    else links[at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(at + step, links.length - 1)]?.focus();
  });
  tools.addEventListener('focusout', (e) => {
    if (!tools.contains(e.relatedTarget as Node | null)) setOpen(false);
  });
  // Anything typed while this module and its styles loaded still gets its results, but the popup opens only
  // if the reader is still in the field: they may have pressed Esc or clicked elsewhere meanwhile.
  if (document.activeElement === input) update();
  else if (!empty()) runner.search(input.value); // ready for when the reader comes back to the field
}
