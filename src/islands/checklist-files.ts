/**
 * The checklist's files: the calendar (.ics), the progress export and its
 * import. Loaded by the tracker only when a reader uses one of them.
 */
import type { PlanDay } from '../lib/checklist';
import { exportChecklist, parseChecklistImport } from '../lib/checklist-file';
import type { Checked, ChecklistState } from '../lib/checklist-state';
import { buildPlanCalendar } from '../lib/ics';

/** Offers text as a file download. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads the plan as all-day calendar events from `start`, linking back to this site's origin. */
export function downloadCalendar(days: readonly PlanDay[], start: string): void {
  const calendarDays = days.map((d) => ({ ...d, url: new URL(d.href, location.origin).href }));
  download('kindred-7-day-plan.ics', 'text/calendar', buildPlanCalendar(calendarDays, start, new Date()));
}

/** Downloads the reader's progress as a JSON export file. */
export function downloadExport(state: ChecklistState, today: string): void {
  download(`kindred-checklist-${today}.json`, 'application/json', exportChecklist(state, new Date()));
}

/** Reads and checks an export file the reader chose. */
export async function readImport(file: File): Promise<Checked> {
  return parseChecklistImport(await file.text());
}
