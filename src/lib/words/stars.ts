/**
 * Starred messages as stored and shared between tabs: the ids starred, plus
 * when each id last changed. A star is one item changing at one time, so
 * two tabs that star different messages both keep theirs: merging takes, per
 * message, the side that changed it last. An unstarred message keeps its time
 * (a tombstone), so a merge never brings the star back.
 */
import { isObject } from '../guards';
import { readStored, type Stored } from '../stored';

/** The stored shape's version; stored values with a higher one come from newer code. */
export const STARS_DOC_VERSION = 1;

/** Starred message ids (sorted) and the time (ms since 1970) each id last changed. */
export interface StarsDoc {
  starred: string[];
  stamps: Record<string, number>;
}

/** Nothing starred, nothing ever changed. */
export const EMPTY_STARS: StarsDoc = { starred: [], stamps: {} };

/** A message id as content/messages.yaml writes it (a kebab-case slug). */
const MESSAGE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Most ids a stored value may hold: far more messages than the site has, far less than a damaged value could. */
const MAX_ITEMS = 2000;

/** The latest time a Date can hold (ms since 1970): a later stamp is damage, and stamps never pass it. */
const MAX_TIME = 8.64e15;

/** A message's stamp, only when it is the record's own (ids such as "constructor" are also names every object inherits). */
const stampOf = (stamps: Record<string, number>, id: string): number => (Object.hasOwn(stamps, id) ? (stamps[id] ?? 0) : 0);

/**
 * Stars or unstars a message at time `clock`. Stamps only grow: the change
 * is later than every change this document has seen, even with a clock set back.
 */
export function setStar(doc: StarsDoc, id: string, on: boolean, clock: number): StarsDoc {
  if (!MESSAGE_ID.test(id)) return doc;
  const now = Math.min(
    MAX_TIME,
    Object.values(doc.stamps).reduce((latest, t) => Math.max(latest, t + 1), clock),
  );
  const others = doc.starred.filter((s) => s !== id);
  return { starred: on ? [...others, id].sort() : others, stamps: { ...doc.stamps, [id]: now } };
}

/**
 * Both sides' stars in one: per message, the side that changed it last wins;
 * at equal times (or neither stamped) the star is kept if either side has it.
 * Commutative and idempotent, so tabs merging each other's values agree.
 */
export function mergeStars(a: StarsDoc, b: StarsDoc): StarsDoc {
  const inA = new Set(a.starred);
  const inB = new Set(b.starred);
  const ids = new Set([...inA, ...inB, ...Object.keys(a.stamps), ...Object.keys(b.stamps)]);
  const starred: string[] = [];
  const stamps: Record<string, number> = {};
  for (const id of [...ids].sort()) {
    const ta = stampOf(a.stamps, id);
    const tb = stampOf(b.stamps, id);
    const on = ta === tb ? inA.has(id) || inB.has(id) : ta > tb ? inA.has(id) : inB.has(id);
    if (ta || tb) stamps[id] = Math.max(ta, tb);
    if (on) starred.push(id);
  }
  return { starred, stamps };
}

/** The versioned value: canonical (sorted), so equal stars always encode the same. */
export function storedStars(doc: StarsDoc): { version: number; starred: string[]; stamps: Record<string, number> } {
  const stamps = Object.fromEntries(Object.entries(doc.stamps).sort(([x], [y]) => x.localeCompare(y)));
  return { version: STARS_DOC_VERSION, starred: [...doc.starred].sort(), stamps };
}

/** The stored JSON string. */
export const encodeStars = (doc: StarsDoc): string => JSON.stringify(storedStars(doc));

/** Checks a version-1 value's fields; says what is wrong, or returns the stars. */
function checkFields(value: Record<string, unknown>): Stored<StarsDoc> {
  if (value['version'] !== STARS_DOC_VERSION) return { kind: 'invalid', error: `"version" must be ${STARS_DOC_VERSION}` };
  const { starred, stamps } = value;
  if (!Array.isArray(starred) || starred.length > MAX_ITEMS || !starred.every((id) => typeof id === 'string' && MESSAGE_ID.test(id)))
    return { kind: 'invalid', error: '"starred" must list message ids' };
  if (!isObject(stamps)) return { kind: 'invalid', error: '"stamps" must map message ids to times' };
  const entries = Object.entries(stamps);
  if (
    entries.length > MAX_ITEMS ||
    !entries.every(([id, t]) => MESSAGE_ID.test(id) && Number.isSafeInteger(t) && (t as number) > 0 && (t as number) <= MAX_TIME)
  )
    return { kind: 'invalid', error: '"stamps" must map message ids to times' };
  return {
    kind: 'ok',
    doc: { starred: [...new Set(starred as string[])].sort(), stamps: Object.fromEntries(entries) as Record<string, number> },
  };
}

/** Reads a stored value (a JSON string): empty, the stars, invalid (never used) or newer (never overwritten). Never throws. */
export function readStoredStars(raw: string | null | undefined): Stored<StarsDoc> {
  return readStored(raw, STARS_DOC_VERSION, 'not an object', checkFields);
}

/** Reads a value already parsed (the stars inside an export file), with the same checks as stored text. */
export function readStarsValue(value: unknown): Stored<StarsDoc> {
  if (value === undefined || value === null) return { kind: 'empty' };
  if (!isObject(value)) return { kind: 'invalid', error: 'not an object' };
  const version = value['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > STARS_DOC_VERSION) return { kind: 'newer', version };
  return checkFields(value);
}
