/**
 * `<theme-toggle>`: the header's light/dark button. Its markup is src/components/ThemeToggle.astro;
 * BaseLayout's one script defines it with the rest of the page chrome.
 */
import { THEME_STORAGE_KEY } from '../../consts';
import { chooseTheme, isDark, onSystemThemeChange, paintThemeColor } from '../theme';

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = () => {
      paintThemeColor();
      button.setAttribute('aria-pressed', String(isDark()));
    };
    onSystemThemeChange(sync);
    button.addEventListener('click', () => {
      chooseTheme(THEME_STORAGE_KEY, isDark() ? 'light' : 'dark');
      sync();
    });
    button.hidden = false;
    sync();
  }
}
customElements.define('theme-toggle', ThemeToggle);
