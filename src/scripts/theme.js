// Inlined in every <head> by BaseLayout (minified), allowed by hash in the CSP (integrations/kindred.ts).
// Applies the saved theme before first paint and wires the theme toggle.
// The storage key comes from the tag's data-key (THEME_STORAGE_KEY in src/consts.ts).
(() => {
  const root = document.documentElement;
  const key = document.currentScript.dataset.key;
  let saved = null;
  try { saved = localStorage.getItem(key); } catch {}
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;

  document.addEventListener('DOMContentLoaded', () => {
    const toggle = document.getElementById('theme-toggle');
    if (!toggle) return;
    const system = matchMedia('(prefers-color-scheme: dark)');
    const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : system.matches);
    const sync = () => toggle.setAttribute('aria-pressed', String(isDark()));
    toggle.hidden = false;
    sync();
    system.addEventListener('change', sync);
    toggle.addEventListener('click', () => {
      root.dataset.theme = isDark() ? 'light' : 'dark';
      try { localStorage.setItem(key, root.dataset.theme); } catch {}
      sync();
    });
  });
})();
