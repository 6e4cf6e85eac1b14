/**
 * `<reading-menu>`: the header's text size and line spacing panel. Its markup is src/components/ReadingMenu.astro;
 * BaseLayout's one script defines it with the rest of the page chrome.
 */
import { READING_STORAGE_KEY } from '../../consts';
import { chooseReading } from '../reading';
import type { TextSize } from '../../lib/reading';

/** Opens the panel under its button, shows the choice in force, and saves each change. */
class ReadingMenu extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const panel = this.querySelector<HTMLElement>('[popover]');
    if (!button || !panel || !('popover' in HTMLElement.prototype)) return;
    const sizes = [...panel.querySelectorAll<HTMLInputElement>('[name="text-size"]')];
    const spacing = panel.querySelector<HTMLInputElement>('[name="spacing"]');
    // Under the button and on the screen: the header grows (and may wrap) with the text.
    const place = () => {
      const box = button.getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      const top = box.bottom + 200 > innerHeight ? 8 : Math.round(box.bottom + 4);
      panel.style.top = `${top}px`;
      panel.style.maxHeight = `${innerHeight - top - 8}px`;
      panel.style.right = `${Math.max(8, Math.min(Math.round(width - box.right), width - panel.offsetWidth - 8))}px`;
    };
    panel.addEventListener('change', () => {
      // The values are the steps this component rendered.
      const size = (sizes.find((i) => i.checked)?.value ?? 'standard') as TextSize;
      chooseReading(READING_STORAGE_KEY, { size, spacious: !!spacing?.checked });
      place();
    });
    panel.addEventListener('toggle', (event) => {
      const open = (event as ToggleEvent).newState === 'open';
      button.setAttribute('aria-expanded', String(open));
      if (!open) return;
      // What the page shows (applied before first paint), even where storage is blocked.
      const { textSize = 'standard', spacing: lines } = document.documentElement.dataset;
      for (const input of sizes) input.checked = input.value === textSize;
      if (spacing) spacing.checked = lines === 'more';
      place();
    });
    button.hidden = false;
  }
}
customElements.define('reading-menu', ReadingMenu);
