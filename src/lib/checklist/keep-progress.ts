/**
 * Whether the browser will keep the reader's progress, as the checklist
 * tells it. `navigator.storage.persist()` guards against eviction when a
 * device runs low on space, but not against Safari's rule of deleting a
 * site's script-written storage after 7 days without a visit, which applies
 * in a browser tab but not to a site installed to the home screen. So
 * progress counts as protected only when the browser says it persists it
 * and the page is not a Safari tab.
 */

/** How safe progress is here. */
export type KeepState =
  /** The browser agreed to keep it, and nothing deletes it after a week away. */
  | 'protected'
  /** A Safari tab: deleted after 7 days without a visit, whatever persist() said. */
  | 'safari'
  /** The browser may clear it when space runs low (it declined, or hasn't been asked). */
  | 'unprotected';

/**
 * True in a Safari tab, where WebKit deletes storage after 7 days without a
 * visit: Safari itself, and every browser on iPhone and iPad (all use
 * WebKit), unless the site runs installed (`standalone`).
 */
export function isSafariTab(userAgent: string, standalone: boolean): boolean {
  if (standalone) return false;
  if (/\b(iPhone|iPad|iPod)\b/.test(userAgent)) return true;
  return (
    /AppleWebKit/.test(userAgent) &&
    /Safari/.test(userAgent) &&
    !/(Chrome|Chromium|CriOS|FxiOS|EdgiOS|Edg|OPR|SamsungBrowser|Android)/.test(userAgent)
  );
}

/** The state to show, from what the browser says. */
export function keepStateOf(persisted: boolean, safariTab: boolean): KeepState {
  if (safariTab) return 'safari';
  return persisted ? 'protected' : 'unprotected';
}
