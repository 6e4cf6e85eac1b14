/**
 * The live part of the header's checklist badge, loaded by
 * ./checklist-progress.ts only when there is progress to show.
 */
import { $checklist } from '../stores/checklist';

/** Keeps the badge's count and visibility in step with the store; returns the unsubscribe. */
export function followProgress(badge: HTMLElement): () => void {
  // The plan's length comes from the content, written into the page at build time.
  const count = badge.querySelector<HTMLElement>('[data-count]');
  const total = count?.dataset['total'] ?? '';
  return $checklist.subscribe((state) => {
    if (count) count.textContent = `${state.days.length}/${total}`;
    badge.hidden = state.days.length === 0 && !state.startDate;
  });
}
