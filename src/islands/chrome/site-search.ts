/**
 * `<site-search>`: the header's search button, its field, and the results popup loaded on first use. Its markup is src/components/SiteSearch.astro;
 * BaseLayout's one script defines it with the rest of the page chrome.
 */
import { PAGEFIND_RUNTIME_URL } from '../../consts';

class SiteSearch extends HTMLElement {
  #popup: Promise<void> | undefined;

  connectedCallback() {
    const link = this.querySelector<HTMLElement>('.search-link');
    const button = this.querySelector<HTMLButtonElement>('.search-toggle');
    const panel = this.querySelector<HTMLElement>('.search-panel');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!link || !button || !panel || !input) return;
    // With JavaScript, the button takes the link's place.
    link.hidden = true;
    button.hidden = false;

    const setOpen = (open: boolean, focus: HTMLElement | null) => {
      panel.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      focus?.focus();
      if (open) input.select();
    };
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      setOpen(open, open ? input : null);
    });
    // Esc with no results showing (an empty field) closes the field and returns to the button.
    panel.addEventListener('keydown', (e) => {
      const popup = panel.querySelector<HTMLElement>('.search-popup');
      if (e.key === 'Escape' && (!popup || popup.hidden || !input.value.trim())) {
        e.preventDefault();
        setOpen(false, button);
      }
    });
    // Leaving the field and its results (by Tab or a click elsewhere) folds it away.
    panel.addEventListener('focusout', (e) => {
      const to = e.relatedTarget as Node | null;
      if (to && !panel.contains(to) && to !== button) setOpen(false, null);
    });
    const start = () => this.#startPopup(input);
    input.addEventListener('focus', start);
    input.addEventListener('input', start);
    document.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement | null;
      const typing = !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)) {
        e.preventDefault();
        setOpen(true, input);
      }
    });
  }

  /** Loads the results popup once; Pagefind's runtime starts loading alongside it, not after it. */
  #startPopup(input: HTMLInputElement) {
    if (!this.#popup) {
      import(/* @vite-ignore */ PAGEFIND_RUNTIME_URL).catch(() => {});
    }
    this.#popup ??= import('../search/header-search')
      .then((popup) => popup.attachHeaderSearch(input))
      .catch(() => {
        // Offline, or a deploy replaced the chunks: the form still submits to /search/; try again next time.
        this.#popup = undefined;
      });
  }
}
customElements.define('site-search', SiteSearch);
