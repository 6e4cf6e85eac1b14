/**
 * The checklist's files: the calendar (.ics), the progress export and its
 * import. Loaded by the tracker only when a reader uses one of them.
 */
import type { PlanDay } from '../../lib/checklist/checklist';
import { boundToPlan, exportChecklist, MAX_IMPORT_BYTES, parseChecklistImport } from '../../lib/checklist/file';
import type { Checked, ChecklistState } from '../../lib/checklist/state';
import { buildPlanCalendar } from '../../lib/checklist/ics';
import { starsForExport, takeStarsFrom } from '../words/stars-transfer';
import { checkInsExtra, importCheckIns } from '../check-in/check-in-files';

/** Offers text as a file download. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Downloads the plan as all-day calendar events from `start`, linking back
 * to this site's origin, each with a reminder at `reminder` ("HH:MM") if given.
 */
export function downloadCalendar(days: readonly PlanDay[], start: string, reminder: string | null): void {
  const calendarDays = days.map((d) => ({ ...d, url: new URL(d.href, location.origin).href }));
  download('kindred-7-day-plan.ics', 'text/calendar', buildPlanCalendar(calendarDays, start, new Date(), reminder));
}

/** Downloads the reader's progress as a JSON export file. */
export function downloadExport(state: ChecklistState, today: string): void {
  download(
    `kindred-checklist-${today}.json`,
    'application/json',
    exportChecklist(state, new Date(), { ...starsForExport(), ...checkInsExtra() }),
  );
}

/**
 * Reads and checks an export file the reader chose. A file too big to be an
 * export is refused before it is read; what is accepted keeps only what the
 * tracker keeps (this plan's habits, the last 60 days). `takeTheRest` merges
 * in the starred messages and check-ins the file carries (a file without them
 * changes none) and says what it added.
 */
export async function readImport(
  file: File,
  habitIds: readonly string[],
  today: string,
): Promise<Checked | { ok: true; state: ChecklistState; takeTheRest: () => string }> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: `This file is too big to be a Kindred checklist export (${Math.ceil(file.size / 1024)} KB; exports are under ${MAX_IMPORT_BYTES / 1024} KB).`,
    };
  }
  const text = await file.text();
  const checked = parseChecklistImport(text);
  if (!checked.ok) return checked;
  // Starred messages and check-ins travel in the same file; they are taken in once the progress is (see ChecklistTools).
  const takeTheRest = () => takeStarsFrom(text) + importCheckIns(text);
  return { ok: true, state: boundToPlan(checked.state, habitIds, today), takeTheRest };
}
