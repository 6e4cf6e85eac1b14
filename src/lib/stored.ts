/**
 * Reading a versioned document the site stored (in localStorage, or moved
 * between tabs): the steps every such document takes before its own checks.
 */
import { isObject } from './guards';

/** What a stored value turned out to be. */
export type Stored<Doc> =
  | { kind: 'empty' }
  | { kind: 'ok'; doc: Doc }
  | { kind: 'invalid'; error: string }
  /** Written by a newer version of the site: never overwrite it. */
  | { kind: 'newer'; version: number };

/**
 * Reads a stored string: nothing stored is empty, anything but a JSON object
 * is invalid (`notObject` is the error), a whole version number above
 * `latest` is newer; every other object goes to `check`. A newer version may
 * have any shape, so it is recognised before any check of ours and never
 * overwritten. Never throws unless `check` does.
 */
export function readStored<Doc>(
  raw: string | null | undefined,
  latest: number,
  notObject: string,
  check: (value: Record<string, unknown>) => Stored<Doc>,
): Stored<Doc> {
  if (raw === null || raw === undefined || raw === '') return { kind: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', error: 'not JSON' };
  }
  if (!isObject(value)) return { kind: 'invalid', error: notObject };
  const version = value['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > latest) return { kind: 'newer', version };
  return check(value);
}
