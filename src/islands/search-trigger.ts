/**
 * The header search's trigger, on every page: "/" and Ctrl/⌘+K focus the
 * field, and the results popup (with Pagefind) loads only once the reader
 * focuses or types in it. Until then, the field is a plain form to /search/.
 */
const input = document.querySelector<HTMLInputElement>('#site-search');

if (input) {
  let started: Promise<void> | undefined;
  const start = () => {
    // Vite's preload helper fetches the popup's chunks in parallel; the popup then starts Pagefind.
    started ??= import('./search/header-search')
      .then((popup) => {
        popup.attachHeaderSearch(input);
        input.removeEventListener('focus', start);
        input.removeEventListener('input', start);
      })
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
      input.focus();
      input.select();
    }
  });
}
