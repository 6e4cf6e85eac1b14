/**
 * <checklist-progress>: the header's "Checklist 3/7" badge, hidden until the
 * reader has progress. Most readers have none, so the store behind it
 * (nanostores and the checklist decoder) loads only when there is something
 * to show: progress already saved, progress saved by another tab, or a page
 * that edits progress itself (`live`, set on /checklist/).
 */
import { CHECKLIST_STORAGE_KEY } from '../consts';

/** True when something is saved under the checklist key (decoded later, by the store). */
function hasSavedProgress(): boolean {
  try {
    return localStorage.getItem(CHECKLIST_STORAGE_KEY) !== null;
  } catch {
    return false; // storage blocked: nothing saved on an earlier visit
  }
}

class ChecklistProgress extends HTMLElement {
  #unsubscribe: (() => void) | undefined;
  #disconnected = false;

  connectedCallback() {
    this.#disconnected = false;
    if (this.hasAttribute('live') || hasSavedProgress()) void this.#show();
    else window.addEventListener('storage', this.#onStorage);
  }

  disconnectedCallback() {
    this.#disconnected = true;
    window.removeEventListener('storage', this.#onStorage);
    this.#unsubscribe?.();
  }

  #onStorage = (e: StorageEvent) => {
    if (e.key !== CHECKLIST_STORAGE_KEY) return;
    window.removeEventListener('storage', this.#onStorage);
    void this.#show();
  };

  async #show() {
    const { followProgress } = await import('./checklist-badge');
    if (!this.#disconnected) this.#unsubscribe = followProgress(this);
  }
}

customElements.define('checklist-progress', ChecklistProgress);
