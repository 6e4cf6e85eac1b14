/**
 * Check-ins in the checklist's export and import files (the checklist's
 * file tools load this with themselves, only when a reader uses them).
 */
import { checkInsForFile, checkInsFromFile } from '../../lib/check-in/file';
import { $checkIns, mergeImportedCheckIns } from '../../stores/check-in';

/** The export file's fields for this browser's check-ins (none when there are none). */
export const checkInsExtra = (): Record<string, unknown> => checkInsForFile($checkIns.get());

/**
 * Merges the check-ins an accepted export file holds into this browser's,
 * keeping every one already here. Returns a sentence for the reader, or ''
 * when the file has none (an older file: nothing changes).
 */
export function importCheckIns(text: string): string {
  const found = checkInsFromFile(text);
  if (found.kind === 'none') return '';
  if (found.kind === 'unreadable') return ` The file's check-ins couldn't be read (${found.error}), so yours are unchanged.`;
  const n = mergeImportedCheckIns(found.doc);
  if (n === false) return ' Its check-ins were not added: yours were saved by a newer version of Kindred.';
  return n === 0 ? '' : ` ${n === 1 ? 'One check-in' : `${n} check-ins`} added to yours.`;
}
