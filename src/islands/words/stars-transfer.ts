/**
 * Starred messages in the checklist's export and import file: what the file
 * carries, and taking in what an imported file carries. Loaded with the
 * checklist's file tools (../checklist/checklist-files.ts), only when used.
 */
import { starsExportFields, starsInExport } from '../../lib/words/stars-file';
import { $stars, mergeStarsIn } from '../../stores/stars';

/** The fields the reader's stars add to an export file. */
export const starsForExport = (): Record<string, unknown> => starsExportFields($stars.get());

/**
 * Merges the stars an imported file carries into this browser's. Returns a
 * sentence for the reader (how many were added, or why none could be), or ''
 * when the file has none or adds none.
 */
export function takeStarsFrom(text: string): string {
  const found = starsInExport(text);
  if (found.kind === 'empty') return '';
  if (found.kind === 'invalid') return ` The file's starred messages couldn't be read (${found.error}), so yours are unchanged.`;
  if (found.kind === 'newer') return " Its starred messages were saved by a newer version of Kindred, so they weren't added.";
  const before = new Set($stars.get().starred);
  if (!mergeStarsIn(found.doc)) return " Its starred messages weren't added: yours were saved by a newer version of Kindred.";
  const added = $stars.get().starred.filter((id) => !before.has(id)).length;
  return added === 0 ? '' : ` ${added === 1 ? 'One starred message' : `${added} starred messages`} added to yours.`;
}
