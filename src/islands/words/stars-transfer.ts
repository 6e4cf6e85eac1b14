/**
 * Starred messages in the checklist's export and import file: what the file
 * carries, and taking in what an imported file carries. Loaded with the
 * checklist's file tools (../checklist/checklist-files.ts), only when used.
 */
import { starsExportFields, starsInExport } from '../../lib/words/stars-file';
import { $stars, mergeStarsIn } from '../../stores/stars';

/** The fields the reader's stars add to an export file. */
export const starsForExport = (): Record<string, unknown> => starsExportFields($stars.get());

/** Merges the stars an imported file carries into this browser's; a file without stars changes none. */
export function takeStarsFrom(text: string): void {
  const stars = starsInExport(text);
  if (stars) mergeStarsIn(stars);
}
