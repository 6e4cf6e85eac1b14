/**
 * <checklist-progress>: the header's "Checklist 3/7" badge, hidden until the
 * reader has progress. Most readers have none, so the store behind it
 * (nanostores and the checklist decoder) loads only when there is something
 * to show: progress already saved, progress saved by another tab, or a page
 * that edits progress itself (`live`, set on /checklist/).
 */
/** True when something is saved under `key` (decoded later, by the store). */
function hasSaved(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false; // storage blocked: nothing saved on an earlier visit
  }
}

class ChecklistProgress extends HTMLElement {
  #unsubscribe: (() => void) | undefined;
  #disconnected = false;

  connectedCallback() {
    this.#disconnected = false;
    if (this.hasAttribute('live') || hasSaved(this.#key)) void this.#show();
    else window.addEventListener('storage', this.#onStorage);
  }

  disconnectedCallback() {
    this.#disconnected = true;
    window.removeEventListener('storage', this.#onStorage);
    this.#unsubscribe?.();
  }

  // The storage key comes from the page (CHECKLIST_STORAGE_KEY), so this always-loaded script stays tiny.
  get #key() {
    return this.dataset['key'] ?? '';
  }

  #onStorage = (e: StorageEvent) => {
    if (e.key !== this.#key) return;
    window.removeEventListener('storage', this.#onStorage);
    void this.#show();
  };

  async #show() {
    try {
      const { followProgress } = await import('./checklist-badge');
      if (!this.#disconnected) this.#unsubscribe = followProgress(this);
    } catch {
      // Offline, or a deploy replaced the chunk: the link still leads to the checklist.
    }
  }
}

customElements.define('checklist-progress', ChecklistProgress);
