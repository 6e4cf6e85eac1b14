/**
 * The header search's results popup, loaded by ./search-trigger.ts on first
 * use. The field stays a plain form to /search/ (Enter opens the full page);
 * this adds live results below it, drawn by the same renderer as the search
 * page. Keyboard: ↓ and ↑ move through the result links (↑ from the first
 * returns to the field), Esc closes the popup and returns to the field.
 */
import { writeSearchParams } from '../../lib/search';
import { preloadPagefind } from './pagefind';
import { mountResults } from './render-results';
import { createSearchRunner } from './search-runner';

/** Results shown in the popup; the full page shows the rest. */
const POPUP_SIZE = 5;

/** Adds the live results popup under the header's search field. */
export function attachHeaderSearch(input: HTMLInputElement): void {
  const form = input.form;
  const tools = form?.parentElement;
  if (!form || !tools) return;
  preloadPagefind(); // the runtime, WebAssembly and index start loading while the reader types

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
  const setOpen = (open: boolean) => {
    popup.hidden = !open;
  };
  const update = () => {
    runner.search(input.value);
    setOpen(input.value.trim() !== '');
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', () => setOpen(input.value.trim() !== ''));
  tools.addEventListener('keydown', (e) => {
    if (popup.hidden) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      input.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...popup.querySelectorAll('a')];
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
  // Anything typed while this module was loading still gets its results.
  if (input.value.trim()) update();
}
