/**
 * The header search's trigger, on every page: "/" and Ctrl/⌘+K focus the
 * field, and the results popup (with Pagefind) loads only once the reader
 * focuses or types in it. Until then, the field is a plain form to /search/.
 */
const input = document.querySelector<HTMLInputElement>('#site-search');

if (input) {
  let started: Promise<void> | undefined;
  const start = () => {
    started ??= import('./header-search').then((m) => m.attachHeaderSearch(input));
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });

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
