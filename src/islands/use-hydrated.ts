import { useEffect, useState } from 'preact/hooks';

/**
 * False during the server render and the island's first (hydrating) render,
 * true from then on. Islands show their static fallback (what readers without
 * JavaScript get) until this turns true, so the server HTML and the first
 * client render always match and stored progress is read only in the browser.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
