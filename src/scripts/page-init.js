// Inlined in <head> by BaseLayout, allowed by hash in the CSP (astro.config.mjs).
// Applies the saved theme before first paint; wires the theme toggle; marks the TOC link in view.
(function () {
  var root = document.documentElement, key = 'kindred:theme', saved = null;
  try { saved = localStorage.getItem(key); } catch (e) {}
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;

  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('theme-toggle');
    if (toggle) {
      var system = matchMedia('(prefers-color-scheme: dark)');
      var isDark = function () { return root.dataset.theme ? root.dataset.theme === 'dark' : system.matches; };
      var sync = function () { toggle.setAttribute('aria-pressed', String(isDark())); };
      toggle.hidden = false;
      sync();
      system.addEventListener('change', sync);
      toggle.addEventListener('click', function () {
        root.dataset.theme = isDark() ? 'light' : 'dark';
        try { localStorage.setItem(key, root.dataset.theme); } catch (e) {}
        sync();
      });
    }

    var links = [].slice.call(document.querySelectorAll('.toc a'));
    var spy = function () {
      var current = 0, jumped = -1;
      links.forEach(function (a, i) {
        var h = document.getElementById(decodeURIComponent(a.hash.slice(1)));
        var top = h ? h.getBoundingClientRect().top : Infinity;
        if (top < innerHeight * 0.3) current = i;
        if (a.hash === location.hash && top >= 0 && top < innerHeight) jumped = i;
      });
      // The heading the reader jumped to wins while it is on screen: short sections share a screen.
      if (jumped >= 0) current = jumped;
      links.forEach(function (a, i) {
        if (i === current) a.setAttribute('aria-current', 'location'); else a.removeAttribute('aria-current');
      });
    };
    if (links.length) {
      addEventListener('scroll', spy, { passive: true });
      addEventListener('hashchange', spy);
      spy();
    }
  });
})();
