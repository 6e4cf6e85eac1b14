// Inlined in every <head> by BaseLayout (minified), allowed by hash in the CSP (integrations/kindred.ts).
// Applies the saved theme before first paint, keeps <meta name="theme-color"> in step with it,
// and wires the theme toggle (a button with aria-pressed: pressed means the dark theme).
// The storage key comes from the tag's data-key (THEME_STORAGE_KEY in src/consts.ts).
(() => {
  const root = document.documentElement;
  const key = document.currentScript.dataset.key;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : system.matches);
  // Each theme-color meta carries both colors; the browser bar follows the theme shown, not only the system's.
  const paint = () => {
    for (const meta of document.querySelectorAll('meta[name="theme-color"]')) {
      meta.content = isDark() ? meta.dataset.dark : meta.dataset.light;
    }
  };
  let saved = null;
  try { saved = localStorage.getItem(key); } catch {}
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  paint();

  document.addEventListener('DOMContentLoaded', () => {
    const toggle = document.getElementById('theme-toggle');
    const sync = () => {
      paint();
      toggle?.setAttribute('aria-pressed', String(isDark()));
    };
    system.addEventListener('change', sync);
    if (!toggle) return;
    toggle.hidden = false;
    sync();
    toggle.addEventListener('click', () => {
      root.dataset.theme = isDark() ? 'light' : 'dark';
      try { localStorage.setItem(key, root.dataset.theme); } catch {}
      sync();
    });
  });
})();
