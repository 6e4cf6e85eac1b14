// The one inline script: inlined in every <head> by BaseLayout, bundled and minified by
// integrations/inline-scripts.ts, allowed by its hash in the CSP. It must run before first
// paint, so the saved theme never flashes the other one, and the saved text size and line
// spacing never show the default first (the page would jump).
import { READING_STORAGE_KEY, THEME_STORAGE_KEY } from '../consts';
import { applyReading, savedReading } from '../islands/reading';
import { paintThemeColor, savedTheme } from '../islands/theme';

const saved = savedTheme(THEME_STORAGE_KEY);
if (saved) document.documentElement.dataset['theme'] = saved;
paintThemeColor();
applyReading(savedReading(READING_STORAGE_KEY));
