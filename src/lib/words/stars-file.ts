/**
 * The starred messages' part of the checklist's export file: one more field,
 * `stars`, beside the checklist's own. Files without it (older exports) still
 * import, and change no stars.
 */
import { isObject } from '../guards';
import { readStarsValue, storedStars, type StarsDoc } from './stars';

/** The fields the stars add to an export file (none when nothing was ever starred). */
export function starsExportFields(doc: StarsDoc): Record<string, unknown> {
  return doc.starred.length || Object.keys(doc.stamps).length ? { stars: storedStars(doc) } : {};
}

/**
 * The stars an export file carries, to merge into this browser's; undefined
 * when it has none, or none this version can read (then nothing changes).
 * Never throws.
 */
export function starsInExport(text: string): StarsDoc | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const read = readStarsValue(value['stars']);
  return read.kind === 'ok' ? read.doc : undefined;
}
