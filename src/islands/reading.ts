/**
 * The reader's text size and line spacing in the page, shared by the inline
 * script that applies them before first paint (src/scripts/theme.ts) and the
 * header's reading menu (src/islands/chrome/reading-menu.ts). They are
 * attributes on <html> that global.css turns into the root font size (a
 * share of the browser's own, so everything in rem follows) and the line
 * height.
 */
import { DEFAULT_READING, decodeReading, encodeReading, type ReadingPrefs } from '../lib/reading';

/** The prefs saved under `key`, or the default (nothing saved, a damaged value, or storage blocked). */
export function savedReading(key: string): ReadingPrefs {
  try {
    return decodeReading(localStorage.getItem(key));
  } catch {
    return DEFAULT_READING;
  }
}

/** Shows `prefs` on the page: `data-text-size` and `data-spacing` on <html>, absent for the defaults. */
export function applyReading(prefs: ReadingPrefs): void {
  const root = document.documentElement;
  if (prefs.size === DEFAULT_READING.size) delete root.dataset['textSize'];
  else root.dataset['textSize'] = prefs.size;
  if (prefs.spacious) root.dataset['spacing'] = 'more';
  else delete root.dataset['spacing'];
}

/** Shows `prefs` and keeps them under `key` (if storage lets us). */
export function chooseReading(key: string, prefs: ReadingPrefs): void {
  applyReading(prefs);
  try {
    localStorage.setItem(key, encodeReading(prefs));
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}
