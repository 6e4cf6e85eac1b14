/**
 * The live part of the header's checklist badge, loaded by
 * src/islands/chrome/checklist-progress.ts only when there is progress to show.
 */
import { $checklist } from '../../stores/checklist';

/** Keeps the badge's count and visibility in step with the store; returns the unsubscribe. */
export function followProgress(badge: HTMLElement): () => void {
  const count = badge.querySelector('.nav-badge');
  // The plan's length comes from the content: the server wrote it as "0/<total>".
  const total = count?.textContent?.split('/')[1] ?? '';
  return $checklist.subscribe((state) => {
    if (count) count.textContent = `${state.days.length}/${total}`;
    badge.hidden = state.days.length === 0 && !state.startDate;
  });
}
