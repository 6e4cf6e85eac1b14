// Inlined by TableOfContents (minified), allowed by hash in the CSP (integrations/kindred.ts).
// Marks the contents link of the section being read with aria-current="location".
(() => {
  const links = [...document.querySelectorAll('nav.toc a')];
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
  addEventListener('scroll', spy, { passive: true });
  addEventListener('hashchange', spy);
  spy();
})();
