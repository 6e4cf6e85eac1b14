import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  checkInsInOrder,
  decodeCheckIns,
  deleteCheckIns,
  EMPTY_CHECK_INS,
  encodeCheckIns,
  importCheckIns,
  MAX_CHECK_INS,
  mergeCheckIns,
  newCheckInId,
  readStoredCheckIns,
  type CheckIn,
} from './sync';

const entry = (id: string, at: number, over: Partial<CheckIn> = {}): CheckIn => ({
  id,
  date: '2026-11-21',
  at,
  scale: [2, 2, 1],
  themes: { communication: 2, empathy: 3, respect: 1, reliability: 2, connection: 1, growth: 3 },
  struggling: false,
  ...over,
});

describe('check-ins across tabs', () => {
  it('keeps both check-ins when two tabs check in at once, whichever merges first', () => {
    const a = addCheckIn(EMPTY_CHECK_INS, entry('aaaa-1', 100));
    const b = addCheckIn(EMPTY_CHECK_INS, entry('bbbb-1', 100));
    const ab = mergeCheckIns(a, b);
    expect(ab).toEqual(mergeCheckIns(b, a));
    expect(checkInsInOrder(ab).map((e) => e.id)).toEqual(['aaaa-1', 'bbbb-1']);
    expect(mergeCheckIns(ab, ab)).toEqual(ab);
  });

  it('never brings back a deleted check-in, and a delete travels to the other tab', () => {
    const both = mergeCheckIns(addCheckIn(EMPTY_CHECK_INS, entry('aaaa-1', 100)), addCheckIn(EMPTY_CHECK_INS, entry('bbbb-1', 200)));
    const deleted = deleteCheckIns(both, ['aaaa-1'], 50); // a clock set back still deletes after the entry was made
    expect(deleted.deleted['aaaa-1']).toBe(101);
    const merged = mergeCheckIns(both, deleted);
    expect(Object.keys(merged.entries)).toEqual(['bbbb-1']);
    expect(addCheckIn(merged, entry('aaaa-1', 100))).toBe(merged);
  });

  it('deletes all, and ignores ids it does not have', () => {
    const doc = [entry('aaaa-1', 1), entry('bbbb-1', 2)].reduce(addCheckIn, EMPTY_CHECK_INS);
    const none = deleteCheckIns(doc, ['aaaa-1', 'bbbb-1', 'cccc-1'], 10);
    expect(none.entries).toEqual({});
    expect(Object.keys(none.deleted)).toEqual(['aaaa-1', 'bbbb-1']);
  });

  it('keeps the newest check-ins when there are too many', () => {
    let doc = EMPTY_CHECK_INS;
    for (let i = 1; i <= MAX_CHECK_INS + 2; i++) doc = addCheckIn(doc, entry(`id-${String(i).padStart(4, '0')}`, i));
    const kept = checkInsInOrder(doc);
    expect(kept).toHaveLength(MAX_CHECK_INS);
    expect(kept[0]?.at).toBe(3);
  });

  it('makes distinct ids in the same millisecond', () => {
    expect(newCheckInId(1000, () => 0.1)).not.toBe(newCheckInId(1000, () => 0.2));
    expect(newCheckInId(1000, () => 0)).toMatch(/^[a-z0-9-]{4,40}$/);
  });
});

describe('stored check-ins', () => {
  const doc = deleteCheckIns([entry('aaaa-1', 100), entry('bbbb-1', 200)].reduce(addCheckIn, EMPTY_CHECK_INS), ['bbbb-1'], 300);

  it('round-trips, canonically', () => {
    const raw = encodeCheckIns(doc);
    expect(readStoredCheckIns(raw)).toEqual({ kind: 'ok', doc });
    expect(encodeCheckIns(mergeCheckIns(EMPTY_CHECK_INS, doc))).toBe(raw);
  });

  it('reports nothing, damage and newer versions without throwing', () => {
    expect(readStoredCheckIns(null).kind).toBe('empty');
    expect(readStoredCheckIns('{"version":1,"entries":[').kind).toBe('invalid');
    expect(readStoredCheckIns('[]').kind).toBe('invalid');
    expect(readStoredCheckIns('{"version":2,"anything":true}')).toEqual({ kind: 'newer', version: 2 });
    const bad = JSON.parse(encodeCheckIns(doc));
    for (const damage of [
      { scale: [1, 2] },
      { scale: [1, 2, 4] },
      { date: '2026-02-30' },
      { id: 'NO SPACES' },
      { at: -1 },
      { themes: { communication: 1 } },
      { struggling: 'yes' },
    ]) {
      const raw = JSON.stringify({ ...bad, entries: [{ ...bad.entries[0], ...damage }] });
      expect(readStoredCheckIns(raw).kind, JSON.stringify(damage)).toBe('invalid');
    }
    expect(readStoredCheckIns(JSON.stringify({ ...bad, deleted: { x: 'soon' } })).kind).toBe('invalid');
    expect(readStoredCheckIns(JSON.stringify({ version: 0, entries: [], deleted: {} })).kind).toBe('invalid');
  });

  it('reads the part of an export file, absent meaning none', () => {
    expect(decodeCheckIns(undefined).kind).toBe('empty');
    expect(decodeCheckIns(JSON.parse(encodeCheckIns(doc)))).toEqual({ kind: 'ok', doc });
  });
});

describe('hostile values', () => {
  it('treats ids that are also names every object inherits ("constructor") as plain ids', () => {
    const file = { entries: {}, deleted: { constructor: 5 } };
    const merged = mergeCheckIns(EMPTY_CHECK_INS, file);
    expect(merged.deleted).toEqual({ constructor: 5 });
    expect(readStoredCheckIns(encodeCheckIns(merged)).kind).toBe('ok');
    const withEntry = addCheckIn(EMPTY_CHECK_INS, entry('constructor', 10));
    expect(checkInsInOrder(withEntry).map((e) => e.id)).toEqual(['constructor']);
    expect(readStoredCheckIns(encodeCheckIns(deleteCheckIns(withEntry, ['constructor'], 20))).kind).toBe('ok');
  });

  it('refuses times past what a date can hold, so a later change never breaks the value', () => {
    const huge = encodeCheckIns({ entries: {}, deleted: { abcd: Number.MAX_SAFE_INTEGER } });
    expect(readStoredCheckIns(huge).kind).toBe('invalid');
  });

  it('an import never pushes out the check-ins already here, and refuses ones dated in the future', () => {
    const now = Date.UTC(2026, 10, 21);
    const mine = addCheckIn(EMPTY_CHECK_INS, entry('mine-1', now - 1000));
    const flood = { entries: {} as Record<string, CheckIn>, deleted: {} };
    for (let i = 0; i < MAX_CHECK_INS; i++) flood.entries[`past-${i}`] = entry(`past-${i}`, now - 100_000 + i);
    flood.entries['future-1'] = entry('future-1', now + 10 * 86_400_000);
    const { doc, added } = importCheckIns(mine, flood, now);
    expect(doc.entries['mine-1']).toBeDefined();
    expect(doc.entries['future-1']).toBeUndefined();
    expect(Object.keys(doc.entries)).toHaveLength(MAX_CHECK_INS);
    expect(added).toBe(MAX_CHECK_INS - 1);
  });

  it("counts only check-ins that are new, and a file's tombstones never delete one kept here", () => {
    const now = Date.UTC(2026, 10, 21);
    const mine = addCheckIn(EMPTY_CHECK_INS, entry('mine-1', now - 1000));
    const file = { entries: { 'mine-1': entry('mine-1', now - 1000), 'new-1': entry('new-1', now - 500) }, deleted: {} };
    const first = importCheckIns(mine, file, now);
    expect(first.added).toBe(1);
    expect(importCheckIns(first.doc, file, now).added).toBe(0);
    const deleting = importCheckIns(mine, { entries: {}, deleted: { 'mine-1': now } }, now);
    expect(deleting.doc.entries['mine-1']).toBeDefined();
  });
});
