/**
 * The header search, on every page. Without JavaScript the search control
 * is a link to /search/. Here it becomes a button that opens the search
 * field below the header; "/" and Ctrl/⌘+K open it too. The results popup
 * (with Pagefind) loads only once the reader focuses or types in the field.
 */
const link = document.querySelector<HTMLElement>('.search-link');
const button = document.querySelector<HTMLButtonElement>('.search-toggle');
const panel = document.querySelector<HTMLElement>('#search-panel');
const input = document.querySelector<HTMLInputElement>('#site-search');

if (link && button && panel && input) {
  // The page carries both; with JavaScript, the button takes the link's place.
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

  let started: Promise<void> | undefined;
  const start = () => {
    // Vite's preload helper fetches the popup's chunks in parallel; the popup then starts Pagefind.
    // Pagefind's runtime starts loading alongside the popup's code, not after it.
    const runtime = '/pagefind/pagefind.js';
    if (!started) import(/* @vite-ignore */ runtime).catch(() => {});
    started ??= import('./search/header-search')
      // Once attached, later focus and input events find `started` set and do nothing.
      .then((popup) => popup.attachHeaderSearch(input))
      .catch(() => {
        // Offline or a deploy replaced the chunks: the form still submits to /search/; try again next time.
        started = undefined;
      });
  };
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
