// Inlined in <head> by BaseLayout (minified), allowed by hash in the CSP (astro.config.mjs).
// Applies the saved theme before first paint; wires the theme toggle; marks the TOC link in view.
(() => {
  const root = document.documentElement;
  const key = 'kindred:theme';
  let saved = null;
  try { saved = localStorage.getItem(key); } catch {}
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;

  document.addEventListener('DOMContentLoaded', () => {
    const toggle = document.getElementById('theme-toggle');
    if (toggle) {
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
    }

    const links = [...document.querySelectorAll('.toc a')];
    const spy = () => {
      let current = 0;
      let jumped = -1;
      links.forEach((a, i) => {
        const h = document.getElementById(decodeURIComponent(a.hash.slice(1)));
        const top = h ? h.getBoundingClientRect().top : Infinity;
        if (top < innerHeight * 0.3) current = i;
        if (a.hash === location.hash && top >= 0 && top < innerHeight) jumped = i;
      });
      // The heading the reader jumped to wins while it is on screen: short sections share a screen.
      if (jumped >= 0) current = jumped;
      links.forEach((a, i) => (i === current ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
    };
    if (links.length) {
      addEventListener('scroll', spy, { passive: true });
      addEventListener('hashchange', spy);
      spy();
    }
  });
})();
