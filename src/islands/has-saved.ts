/**
 * Whether a browser storage area holds anything under `key`, without
 * decoding it: the cheap check custom elements make before loading a store.
 * False when storage is blocked (nothing can have been saved then).
 */
export function hasSaved(key: string, area: 'localStorage' | 'sessionStorage' = 'localStorage'): boolean {
  try {
    return globalThis[area].getItem(key) !== null;
  } catch {
    return false;
  }
}
