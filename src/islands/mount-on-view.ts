/**
 * Renders a Preact component into a page element once the reader scrolls
 * near it. The checklist plan uses it for the habits and the tools, instead
 * of two client:visible islands: one island on the page spares Astro's
 * visibility script and the islands' own hydration plumbing.
 */
import { h, render, type ComponentType } from 'preact';

/**
 * Loads `load()` when `el` comes within 300px of the viewport and renders it
 * there with `props`, replacing the element's static content (the no-JS
 * version). If the code cannot load (offline, a failed deploy), the static
 * content stays.
 */
export function mountOnView<P>(el: Element | null, load: () => Promise<ComponentType<P>>, props: P): void {
  if (!el) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      load().then(
        (component) => {
          el.textContent = '';
          render(h(component as ComponentType<object>, props as object), el);
        },
        () => {},
      );
    },
    { rootMargin: '300px' },
  );
  observer.observe(el);
}
