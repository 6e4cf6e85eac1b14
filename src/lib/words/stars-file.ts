/**
 * The starred messages' part of the checklist's export file: one more field,
 * `stars`, beside the checklist's own. Files without it (older exports) still
 * import, and change no stars.
 */
import { isObject } from '../guards';
import type { Stored } from '../stored';
import { readStarsValue, storedStars, type StarsDoc } from './stars';

/** The fields the stars add to an export file (none when nothing was ever starred). */
export function starsExportFields(doc: StarsDoc): Record<string, unknown> {
  return doc.starred.length || Object.keys(doc.stamps).length ? { stars: storedStars(doc) } : {};
}

/**
 * The stars an export file carries, to merge into this browser's: empty when
 * it has none (an older file, or text that is not an export), invalid (with
 * why) or newer when this version can't read them. Never throws.
 */
export function starsInExport(text: string): Stored<StarsDoc> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'empty' };
  }
  return isObject(value) ? readStarsValue(value['stars']) : { kind: 'empty' };
}
