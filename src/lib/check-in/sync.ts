/**
 * Check-ins as they are stored and shared between tabs. Each check-in is
 * an entry that never changes once made, under its own id; deleting one
 * leaves a tombstone (its id and when it was deleted), so a merge never
 * brings it back. Merging two documents keeps every entry either side has
 * that neither side deleted after it was made: two tabs that check in at
 * once both keep their check-ins.
 */
import { isIsoDate, isObject } from '../guards';
import { readStored, type Stored } from '../stored';
import { isAnswer, SCALE_ITEMS, THEMES, type Answer, type Theme } from './scale';

/** The stored shape's version; stored values with a higher one come from newer code. */
export const CHECK_IN_DOC_VERSION = 1;

/** Most check-ins kept: years of weekly check-ins. Older ones go first when there are more. */
export const MAX_CHECK_INS = 200;

/** Most tombstones kept; the oldest go first (an entry deleted that long ago is long gone from every tab). */
const MAX_DELETED = 1000;

/** One check-in. */
export interface CheckIn {
  /** Unique, made when the check-in is saved. */
  id: string;
  /** The reader's local date, YYYY-MM-DD. */
  date: string;
  /** When it was saved, ms since 1970. */
  at: number;
  /** The scale's three answers, in SCALE_ITEMS order. */
  scale: Answer[];
  /** One answer per tip theme. */
  themes: Record<Theme, Answer>;
  /** The reader ticked "I'm struggling right now". */
  struggling: boolean;
}

/** Every check-in by id, and when each deleted one was deleted. */
export interface CheckInDoc {
  entries: Record<string, CheckIn>;
  deleted: Record<string, number>;
}

/** No check-ins. */
export const EMPTY_CHECK_INS: CheckInDoc = { entries: {}, deleted: {} };

const ID = /^[a-z0-9-]{4,40}$/;

/** The latest time a Date can hold (ms since 1970): later "times" in a stored value or a file are damage. */
const MAX_TIME = 8.64e15;

/** A file's check-ins dated more than this after now are refused on import (a clock a little ahead is fine). */
const IMPORT_FUTURE_MS = 86_400_000;

/** `record[key]` only when it is the record's own (ids such as "constructor" are also names every object inherits). */
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** A fresh id for a check-in saved at `at` (random, so two tabs saving in the same millisecond differ). */
export function newCheckInId(at: number, random: () => number = Math.random): string {
  return `${Math.max(0, Math.floor(at)).toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

/** The check-ins, oldest first (same time: by id). */
export const checkInsInOrder = (doc: CheckInDoc): CheckIn[] =>
  Object.values(doc.entries).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Adds a check-in (ignored if its id was ever deleted), keeping at most MAX_CHECK_INS. */
export function addCheckIn(doc: CheckInDoc, entry: CheckIn): CheckInDoc {
  if (own(doc.deleted, entry.id) !== undefined) return doc;
  return bound({ entries: { ...doc.entries, [entry.id]: entry }, deleted: doc.deleted });
}

/** Deletes check-ins by id at time `now` (the tombstone is always later than the entry). */
export function deleteCheckIns(doc: CheckInDoc, ids: readonly string[], now: number): CheckInDoc {
  const entries = { ...doc.entries };
  const deleted = { ...doc.deleted };
  for (const id of ids) {
    const entry = own(entries, id);
    if (!entry) continue;
    delete entries[id];
    deleted[id] = Math.min(MAX_TIME, Math.max(now, entry.at + 1, own(deleted, id) ?? 0));
  }
  return bound({ entries, deleted });
}

/** Both sides in one: every entry that neither side deleted after it was made. Commutative and idempotent. */
export function mergeCheckIns(a: CheckInDoc, b: CheckInDoc): CheckInDoc {
  const deleted: Record<string, number> = { ...a.deleted };
  for (const [id, t] of Object.entries(b.deleted)) deleted[id] = Math.max(t, own(deleted, id) ?? 0);
  const entries: Record<string, CheckIn> = {};
  for (const id of new Set([...Object.keys(a.entries), ...Object.keys(b.entries)])) {
    const x = own(a.entries, id);
    const y = own(b.entries, id);
    // The same id twice is the same check-in; should two ever differ, both tabs pick the same one.
    const entry = x && y ? (encodeEntry(x) >= encodeEntry(y) ? x : y) : (x ?? y);
    if (!entry) continue;
    const gone = own(deleted, id);
    if (gone !== undefined && gone > entry.at) continue;
    entries[id] = entry;
  }
  return bound({ entries, deleted });
}

/**
 * Takes in the check-ins of an import file at time `now`, keeping every one already here: entries
 * dated in the future are refused, the file's tombstones apply only to check-ins not kept here,
 * and no more are added than there is room for (newest first), so a file can never push out the
 * reader's own. Returns the merged document and how many check-ins were added.
 */
export function importCheckIns(current: CheckInDoc, file: CheckInDoc, now: number): { doc: CheckInDoc; added: number } {
  const fresh = checkInsInOrder(file).filter(
    (e) => e.at <= now + IMPORT_FUTURE_MS && !own(current.entries, e.id) && own(current.deleted, e.id) === undefined,
  );
  const room = Math.max(0, MAX_CHECK_INS - Object.keys(current.entries).length);
  const taken = room ? fresh.slice(-room) : [];
  const deleted = Object.fromEntries(Object.entries(file.deleted).filter(([id]) => !own(current.entries, id)));
  const doc = mergeCheckIns(current, { entries: Object.fromEntries(taken.map((e) => [e.id, e])), deleted });
  return { doc, added: taken.filter((e) => own(doc.entries, e.id)).length };
}

/** Keeps the newest MAX_CHECK_INS entries and MAX_DELETED tombstones. */
function bound(doc: CheckInDoc): CheckInDoc {
  const all = checkInsInOrder(doc);
  const tombs = Object.entries(doc.deleted).sort(([ia, a], [ib, b]) => b - a || (ia < ib ? -1 : 1));
  if (all.length <= MAX_CHECK_INS && tombs.length <= MAX_DELETED) return doc;
  return {
    entries: Object.fromEntries(all.slice(-MAX_CHECK_INS).map((e) => [e.id, e])),
    deleted: Object.fromEntries(tombs.slice(0, MAX_DELETED)),
  };
}

const encodeEntry = (e: CheckIn): string =>
  JSON.stringify({
    id: e.id,
    date: e.date,
    at: e.at,
    scale: e.scale,
    themes: Object.fromEntries(THEMES.map((t) => [t, e.themes[t]])),
    struggling: e.struggling,
  });

/** The plain value of a document (stored, and in export files): canonical, so equal documents encode alike. */
export function checkInsValue(doc: CheckInDoc): { version: number; entries: unknown[]; deleted: Record<string, number> } {
  return {
    version: CHECK_IN_DOC_VERSION,
    entries: checkInsInOrder(doc).map((e) => JSON.parse(encodeEntry(e)) as unknown),
    deleted: Object.fromEntries(Object.entries(doc.deleted).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/** The stored JSON. */
export const encodeCheckIns = (doc: CheckInDoc): string => JSON.stringify(checkInsValue(doc));

function checkEntry(v: unknown): CheckIn | undefined {
  if (!isObject(v)) return undefined;
  const { id, date, at, scale, themes, struggling } = v;
  if (typeof id !== 'string' || !ID.test(id) || !isIsoDate(date)) return undefined;
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at <= 0 || at >= MAX_TIME) return undefined;
  if (!Array.isArray(scale) || scale.length !== SCALE_ITEMS.length || !scale.every(isAnswer)) return undefined;
  if (!isObject(themes) || Object.keys(themes).length !== THEMES.length || !THEMES.every((t) => isAnswer(themes[t]))) return undefined;
  if (typeof struggling !== 'boolean') return undefined;
  return { id, date, at, scale: [...scale], themes: themes as Record<Theme, Answer>, struggling };
}

/** Checks a version 1 value; anything out of shape makes the whole value invalid (it is then never written over). */
function checkDoc(value: Record<string, unknown>): Stored<CheckInDoc> {
  if (value['version'] !== CHECK_IN_DOC_VERSION) return { kind: 'invalid', error: `unknown version ${String(value['version'])}` };
  const { entries, deleted } = value;
  if (!Array.isArray(entries) || entries.length > MAX_CHECK_INS) return { kind: 'invalid', error: '"entries" must be a list of check-ins' };
  const checked = entries.map(checkEntry);
  if (!checked.every((e) => e !== undefined)) return { kind: 'invalid', error: 'a check-in is damaged' };
  if (!isObject(deleted) || Object.keys(deleted).length > MAX_DELETED) return { kind: 'invalid', error: '"deleted" must map ids to times' };
  const tombs = Object.entries(deleted);
  if (!tombs.every(([id, t]) => ID.test(id) && typeof t === 'number' && Number.isSafeInteger(t) && t > 0 && t <= MAX_TIME)) {
    return { kind: 'invalid', error: '"deleted" must map ids to times' };
  }
  const doc: CheckInDoc = { entries: {}, deleted: Object.fromEntries(tombs) as Record<string, number> };
  return { kind: 'ok', doc: checked.reduce(addCheckIn, doc) };
}

/** Reads the stored value: empty, ok, invalid (never written over) or newer (read-only). Never throws. */
export const readStoredCheckIns = (raw: string | null | undefined): Stored<CheckInDoc> =>
  readStored(raw, CHECK_IN_DOC_VERSION, 'not an object', checkDoc);

/** Reads the check-ins part of an export file: absent is empty (an older file, or none made). */
export function decodeCheckIns(value: unknown): Stored<CheckInDoc> {
  if (value === undefined) return { kind: 'empty' };
  return readStoredCheckIns(JSON.stringify(value));
}
