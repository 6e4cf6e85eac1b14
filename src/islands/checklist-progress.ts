/**
 * <checklist-progress>: the header's "Checklist 3/7" link. A custom element
 * rather than a Preact island, so every page pays only for the store it
 * reads (nanostores), not for a UI runtime. Hidden until there is progress.
 */
import { PLAN_DAYS } from '../lib/checklist-state';
import { $checklist } from '../stores/checklist';

class ChecklistProgress extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback() {
    const count = this.querySelector('[data-count]');
    this.#unsubscribe = $checklist.subscribe((state) => {
      if (count) count.textContent = `${state.days.length}/${PLAN_DAYS}`;
      this.hidden = state.days.length === 0 && !state.startDate;
    });
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
  }
}

customElements.define('checklist-progress', ChecklistProgress);
