/**
 * The reader's theme, shared by the inline script that applies it before
 * first paint (src/scripts/theme.ts) and the header's toggle
 * (src/islands/chrome/theme-toggle.ts). Browser only, but imports nothing.
 */

/** `light` or `dark`: the theme a reader can pick. */
export type Theme = 'light' | 'dark';

const root = () => document.documentElement;
const systemDark = () => matchMedia('(prefers-color-scheme: dark)');

/** Whether the page shows the dark theme: the reader's choice, else the system's. */
export const isDark = (): boolean => (root().dataset['theme'] ? root().dataset['theme'] === 'dark' : systemDark().matches);

/**
 * Keeps `<meta name="theme-color">` on the theme shown, not only the
 * system's: each meta carries both colors (BaseLayout).
 */
export function paintThemeColor(): void {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    meta.content = (isDark() ? meta.dataset['dark'] : meta.dataset['light']) ?? meta.content;
  }
}

/** The theme saved under `key`, or null (nothing saved, a foreign value, or storage blocked). */
export function savedTheme(key: string): Theme | null {
  try {
    const value = localStorage.getItem(key);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** Shows `theme` and keeps it under `key` (if storage lets us). */
export function chooseTheme(key: string, theme: Theme): void {
  root().dataset['theme'] = theme;
  try {
    localStorage.setItem(key, theme);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
  paintThemeColor();
}

/** Calls `onChange` when the system's light/dark setting changes. */
export const onSystemThemeChange = (onChange: () => void): void => systemDark().addEventListener('change', onChange);
