/**
 * The first steps of reading any stored value: nothing stored, not JSON,
 * not an object, or written by a newer version of the site (whatever its
 * shape, so older code recognises it and never overwrites it). Pure.
 */
import { isObject } from './guards';

/** A stored string, opened: what the reader of one kind of value checks next. */
export type OpenedValue =
  | { kind: 'empty' }
  | { kind: 'invalid'; error: string }
  | { kind: 'newer'; version: number }
  | { kind: 'object'; value: Record<string, unknown>; version: unknown };

/** Opens a stored string whose shape this code knows up to `knownVersion`. Never throws. */
export function openStoredValue(raw: string | null | undefined, knownVersion: number): OpenedValue {
  if (raw === null || raw === undefined || raw === '') return { kind: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', error: 'not JSON' };
  }
  if (!isObject(value)) return { kind: 'invalid', error: 'not an object' };
  const version = value['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > knownVersion) return { kind: 'newer', version };
  return { kind: 'object', value, version };
}
