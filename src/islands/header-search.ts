/**
 * The header search's results popup (a combobox with a listbox of results),
 * loaded by ./search-trigger.ts on first use. Plain DOM rather than Preact,
 * so a reader's first query downloads as little as possible.
 */
import { loadPagefind, runSearch } from '../lib/pagefind';
import { resultsMessage, type SearchHit } from '../lib/search';

const LISTBOX_ID = 'site-search-results';

/** Builds an element with a class and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Turns the header field into a live search with a results popup. */
export function attachHeaderSearch(input: HTMLInputElement): void {
  const form = input.form;
  if (!form) return;
  void loadPagefind(); // warm up while the reader types

  const popup = el('div', 'search-popup');
  popup.hidden = true;
  const status = el('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  const listbox = el('ul', 'search-options');
  listbox.id = LISTBOX_ID;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
  const empty = el('div', 'search-empty');
  empty.hidden = true;
  popup.append(listbox, empty);
  form.after(status, popup);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', LISTBOX_ID);
  input.setAttribute('aria-expanded', 'false');

  let options: HTMLLIElement[] = [];
  let active = -1;
  let sequence = 0;

  const setOpen = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };

  const setActive = (index: number) => {
    options[active]?.removeAttribute('aria-selected');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const option = (url: string, title: string, detail: string, excerpt: string, sub: boolean) => {
    const li = el('li', sub ? 'search-option sub' : 'search-option');
    li.id = `${LISTBOX_ID}-${options.length}`;
    li.setAttribute('role', 'option');
    li.dataset['url'] = url;
    li.append(el('span', 'search-option-title', title));
    if (detail) li.append(el('span', 'search-option-section', detail));
    const p = el('span', 'search-option-excerpt');
    p.innerHTML = excerpt; // safeExcerpt: escaped text and <mark> only
    li.append(p);
    options.push(li);
    return li;
  };

  const render = (query: string, hits: SearchHit[], total: number) => {
    options = [];
    active = -1;
    listbox.replaceChildren(
      ...hits.flatMap((hit) => [
        option(hit.url, hit.title, hit.section, hit.excerpt, false),
        ...hit.subResults.slice(0, 2).map((s) => option(s.url, s.title, `in ${hit.title}`, s.excerpt, true)),
      ]),
    );
    empty.hidden = total > 0;
    if (total === 0) {
      empty.innerHTML = '';
      const p = el('p', '', `Nothing matches “${query}”. Try another word, or browse `);
      const tips = Object.assign(el('a', '', 'the 20 trust tips'), { href: '/tips/' });
      const guide = Object.assign(el('a', '', 'the guide'), { href: '/guide/' });
      p.append(tips, ' or ', guide, '.');
      empty.append(p);
    }
    const more = total > hits.length ? ` Press Enter to see all ${total}.` : '';
    status.textContent = resultsMessage(query, total) + more;
    setOpen(true);
  };

  const search = async () => {
    const query = input.value.trim();
    const mine = ++sequence;
    if (!query) {
      setOpen(false);
      status.textContent = '';
      return;
    }
    const { hits, total } = await runSearch(query, null, 5);
    if (mine === sequence) render(query, hits, total);
  };
  input.addEventListener('input', search);
  // Anything typed while this module was loading still gets its results.
  if (input.value.trim()) void search();

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (popup.hidden || !options.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length + (active < 0 && step < 0 ? 1 : 0)) % options.length);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      location.assign(options[active]?.dataset['url'] ?? '/search/');
    } else if (e.key === 'Escape') {
      if (!popup.hidden) {
        e.preventDefault();
        setOpen(false);
      }
    }
  });

  // Keep focus in the field while clicking a result.
  listbox.addEventListener('mousedown', (e) => e.preventDefault());
  listbox.addEventListener('click', (e) => {
    const url = (e.target as HTMLElement).closest<HTMLElement>('[role="option"]')?.dataset['url'];
    if (url) location.assign(url);
  });
  form.parentElement?.addEventListener('focusout', (e) => {
    if (!form.parentElement?.contains(e.relatedTarget as Node | null)) setOpen(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && listbox.childElementCount + (empty.hidden ? 0 : 1) > 0) setOpen(true);
  });
}
