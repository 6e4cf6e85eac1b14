// Inlined into every page's <head> (BaseLayout); its hash is allowed by the CSP
// (astro.config.mjs). Runs before first paint so the saved theme never flashes.
(function () {
  var root = document.documentElement;
  var key = 'kindred:theme';
  var saved = null;
  try { saved = localStorage.getItem(key); } catch (e) { /* storage blocked: follow the system */ }
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
        var next = isDark() ? 'light' : 'dark';
        root.dataset.theme = next;
        try { localStorage.setItem(key, next); } catch (e) { /* not kept, still applied */ }
        sync();
      });
    }

    // Marks the table-of-contents link of the section being read.
    var links = [].slice.call(document.querySelectorAll('.toc a'));
    if (!links.length) return;
    var heads = links.map(function (a) { return document.getElementById(decodeURIComponent(a.hash.slice(1))); });
    var spy = function () {
      var current = 0;
      heads.forEach(function (h, i) { if (h && h.getBoundingClientRect().top < innerHeight * 0.3) current = i; });
      links.forEach(function (a, i) {
        if (i === current) a.setAttribute('aria-current', 'location'); else a.removeAttribute('aria-current');
      });
    };
    addEventListener('scroll', spy, { passive: true });
    spy();
  });
})();
