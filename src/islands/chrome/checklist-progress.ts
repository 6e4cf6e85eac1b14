/**
 * `<checklist-progress>`: the plan's progress on the header's Checklist link, once a reader has some. Its markup is src/components/ChecklistBadge.astro;
 * BaseLayout's one script defines it with the rest of the page chrome.
 */
import { CHECKLIST_STORAGE_KEY } from '../../consts';
import { hasSaved } from '../has-saved';

class ChecklistProgress extends HTMLElement {
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  connectedCallback() {
    this.#connected = true;
    if (this.hasAttribute('live') || hasSaved(CHECKLIST_STORAGE_KEY)) void this.#show();
    else addEventListener('storage', this.#onStorage);
  }

  disconnectedCallback() {
    this.#connected = false;
    removeEventListener('storage', this.#onStorage);
    this.#unsubscribe?.();
  }

  #onStorage = (e: StorageEvent) => {
    if (e.key !== CHECKLIST_STORAGE_KEY) return;
    removeEventListener('storage', this.#onStorage);
    void this.#show();
  };

  async #show() {
    try {
      const { followProgress } = await import('../checklist/follow-progress');
      if (this.#connected) this.#unsubscribe = followProgress(this);
    } catch {
      // Offline, or a deploy replaced the chunk: the link still leads to the checklist.
    }
  }
}
customElements.define('checklist-progress', ChecklistProgress);
