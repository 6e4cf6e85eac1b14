/**
 * Checklist export and import files. Kept apart from ./checklist.ts so the
 * tracker loads this only when a reader exports or imports.
 */
import { checkChecklist, type Checked, type ChecklistState } from './state';

// Lives beside the state, so restore links (./restore.ts) share it without loading this file.
export { boundToPlan } from './state';
import { isObject } from '../guards';

/** Marks an export file as Kindred checklist progress. */
const EXPORT_FORMAT = 'kindred-checklist';

/** Larger files are refused before they are read: a real export is a few KB. */
export const MAX_IMPORT_BYTES = 256 * 1024;

/** The contents of an export file; `extra` adds other kept things beside the progress (starred messages, check-ins). */
export function exportChecklist(state: ChecklistState, now: Date, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: state, ...extra }, null, 2) + '\n';
}

/** Reads an export file; a file that isn't one says why, and nothing changes. */
export function parseChecklistImport(text: string): Checked {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: 'This file is too big to be a Kindred checklist export. Choose a file saved with \u201cExport progress\u201d.',
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: "This file isn't valid JSON, so it can't be Kindred checklist progress." };
  }
  if (!isObject(value) || value['format'] !== EXPORT_FORMAT) {
    return { ok: false, error: "This file isn't a Kindred checklist export. Choose a file saved with \u201cExport progress\u201d." };
  }
  const checked = checkChecklist(value['progress']);
  return checked.ok ? checked : { ok: false, error: `This export is damaged: ${checked.error}.` };
}
