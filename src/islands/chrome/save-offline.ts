/**
 * `<save-offline>`: the "Save for offline" button, whose panel loads on first press. Its markup is src/components/SaveOffline.astro;
 * BaseLayout's one script defines it with the rest of the page chrome.
 */
import { canRunWorker } from '../offline/worker';

class SaveOffline extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button || !canRunWorker()) return;
    this.hidden = false;
    // The panel takes the button over on its first press; if its code can't load (offline), the next press tries again.
    button.onclick = () =>
      import('../offline/save-panel').then(
        (panel) => panel.attach(this),
        () => {},
      );
  }
}
customElements.define('save-offline', SaveOffline);
