/**
 * Check-ins in the checklist's export file: written under `checkIns`, read
 * back on import and merged with what this browser keeps. A file without
 * check-ins (older files, or none made) changes none.
 */
import { isObject } from '../guards';
import { checkInsValue, decodeCheckIns, type CheckInDoc } from './sync';

/** The field the export file carries check-ins in. */
export const CHECK_INS_FIELD = 'checkIns';

/** The export file's extra fields for these check-ins: none when there are none (files stay as they were). */
export function checkInsForFile(doc: CheckInDoc): Record<string, unknown> {
  return Object.keys(doc.entries).length || Object.keys(doc.deleted).length ? { [CHECK_INS_FIELD]: checkInsValue(doc) } : {};
}

/** What an export file holds about check-ins. */
export type FileCheckIns = { kind: 'none' } | { kind: 'ok'; doc: CheckInDoc } | { kind: 'unreadable'; error: string };

/** Reads the check-ins from an export file's text (already accepted as a checklist export). Never throws. */
export function checkInsFromFile(text: string): FileCheckIns {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', error: 'not JSON' };
  }
  const stored = decodeCheckIns(isObject(value) ? value[CHECK_INS_FIELD] : undefined);
  if (stored.kind === 'empty') return { kind: 'none' };
  if (stored.kind === 'ok') return stored;
  return { kind: 'unreadable', error: stored.kind === 'newer' ? 'saved by a newer version of Kindred' : stored.error };
}
