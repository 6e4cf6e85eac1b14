import { describe, expect, it } from 'vitest';
import { addDays, EMPTY_CHECKLIST, type ChecklistState } from './state';
import {
  decodeRestore,
  encodeRestore,
  MAX_RESTORE_CHARS,
  mergeProgress,
  planHash,
  RESTORE_ERRORS,
  restoreLink,
  restorePayload,
  type PlanIds,
} from './restore';

const PLAN: PlanIds = {
  dayIds: ['day-1', 'day-2', 'day-3', 'day-4', 'day-5', 'day-6', 'day-7'],
  habitIds: ['check-in', 'gratitude', 'reply', 'listen'],
};
const TODAY = '2026-11-21';

const state = (s: Partial<ChecklistState>): ChecklistState => ({ ...EMPTY_CHECKLIST, ...s });

/** Every day ticked, a start date, and all four habits on each of the last 60 days. */
const FULL = state({
  days: [1, 2, 3, 4, 5, 6, 7],
  startDate: '2026-11-15',
  habits: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [addDays(TODAY, -i), [...PLAN.habitIds].sort()])),
});

/** Bytes of a payload, to damage it on purpose. */
const bytesOf = (payload: string) => Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const payloadOf = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** Recomputes the closing checksum (FNV-1a, low 16 bits), so a test can forge a well-formed link. */
function resealed(bytes: Uint8Array): Uint8Array {
  let hash = 0x811c9dc5;
  for (const b of bytes.subarray(0, bytes.length - 2)) hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
  const out = bytes.slice();
  out[out.length - 2] = (hash >>> 8) & 0xff;
  out[out.length - 1] = hash & 0xff;
  return out;
}

describe('restore links round-trip', () => {
  it.each([
    ['nothing yet', EMPTY_CHECKLIST],
    ['some days', state({ days: [1, 3, 7] })],
    ['a start date only', state({ startDate: '2026-11-20' })],
    ['habits today and 59 days ago', state({ habits: { [TODAY]: ['listen'], [addDays(TODAY, -59)]: ['check-in', 'reply'] } })],
    ['a full plan', FULL],
  ])('%s', (_, s) => {
    expect(decodeRestore(encodeRestore(s, PLAN, TODAY), PLAN, TODAY)).toEqual({ ok: true, state: s, madeOn: TODAY });
  });

  it('uses the URL-safe alphabet: "-" and "_" survive the trip, their standard-base64 twins are refused', () => {
    // Find progress whose payload holds both URL-safe characters.
    const states = Array.from({ length: 128 * 40 }, (_, i) =>
      state({ days: [1, 2, 3, 4, 5, 6, 7].filter((d) => (i % 128) & (1 << (d - 1))), startDate: addDays(TODAY, -Math.floor(i / 128)) }),
    );
    const withBoth = states.map((s) => [s, encodeRestore(s, PLAN, TODAY)] as const).find(([, p]) => p.includes('-') && p.includes('_'));
    expect(withBoth).toBeDefined();
    const [s, payload] = withBoth as readonly [ChecklistState, string];
    expect(decodeRestore(payload, PLAN, TODAY)).toMatchObject({ ok: true, state: s });
    expect(decodeRestore(payload.replace(/-/g, '+').replace(/_/g, '/'), PLAN, TODAY)).toMatchObject({ problem: 'damaged' });
  });

  it('is compact: a full plan with 60 days of habits fits in 60 characters', () => {
    const payload = encodeRestore(FULL, PLAN, TODAY);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThanOrEqual(60);
    expect(encodeRestore(EMPTY_CHECKLIST, PLAN, TODAY).length).toBe(16);
  });

  it('fits a shorter plan: days beyond it are left out, and a link claiming one is refused', () => {
    const six = { ...PLAN, dayIds: PLAN.dayIds.slice(0, 6) };
    const payload = encodeRestore(state({ days: [1, 6, 7] }), six, TODAY);
    expect(decodeRestore(payload, six, TODAY)).toMatchObject({ ok: true, state: { days: [1, 6] } });
    const bytes = bytesOf(payload);
    bytes[4] = (bytes[4] ?? 0) | 0x40;
    expect(decodeRestore(payloadOf(resealed(bytes)), six, TODAY)).toMatchObject({ problem: 'damaged' });
  });

  it('leaves out what the plan does not track', () => {
    const s = state({ days: [2], habits: { [TODAY]: ['listen', 'not-in-plan'], [addDays(TODAY, -60)]: ['listen'] } });
    const decoded = decodeRestore(encodeRestore(s, PLAN, TODAY), PLAN, TODAY);
    expect(decoded).toEqual({ ok: true, state: state({ days: [2], habits: { [TODAY]: ['listen'] } }), madeOn: TODAY });
  });

  it('keeps habits on the dates they were done when opened days later', () => {
    const s = state({ habits: { [TODAY]: ['reply'] } });
    const later = addDays(TODAY, 3);
    expect(decodeRestore(encodeRestore(s, PLAN, TODAY), PLAN, later)).toMatchObject({ ok: true, state: s });
  });

  it('drops habits dated after the opening device’s today (a clock ahead on the other device)', () => {
    const s = state({ habits: { [TODAY]: ['reply'], [addDays(TODAY, -1)]: ['listen'] } });
    const decoded = decodeRestore(encodeRestore(s, PLAN, TODAY), PLAN, addDays(TODAY, -1));
    expect(decoded).toMatchObject({ ok: true, state: { habits: { [addDays(TODAY, -1)]: ['listen'] } } });
  });
});

describe('restore links that are turned away', () => {
  const good = encodeRestore(FULL, PLAN, TODAY);

  it('says a link with a changed character is damaged', () => {
    const i = 20;
    const changed = good.slice(0, i) + (good[i] === 'A' ? 'B' : 'A') + good.slice(i + 1);
    expect(decodeRestore(changed, PLAN, TODAY)).toEqual({ ok: false, problem: 'damaged', error: RESTORE_ERRORS.damaged });
  });

  it.each([
    ['cut short', good.slice(0, -3)],
    ['cut to a few characters', good.slice(0, 5)],
    ['empty', ''],
    ['padded with "="', `${good}==`],
    ['standard base64 characters', good.replace(/-/g, '+').replace(/_/g, '/') + '+/'],
    ['with a space', `${good.slice(0, 10)} ${good.slice(10)}`],
    ['with two spaces (atob would skip them)', `${good.slice(0, 10)}  ${good.slice(10)}`],
    ['percent-encoded', encodeURIComponent('héllo')],
    ['markup', '<script>alert(1)</script>'],
    ['unicode', '𝔨𝔦𝔫𝔡𝔯𝔢𝔡'],
    ['a single character past whole bytes', `${good.slice(0, 16)}A`],
    ['with extra bytes after the checksum', good + 'AAAA'],
  ])('damaged: %s', (_, payload) => {
    expect(decodeRestore(payload, PLAN, TODAY)).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('refuses an oversized fragment before reading it', () => {
    expect(decodeRestore('A'.repeat(MAX_RESTORE_CHARS + 1), PLAN, TODAY)).toEqual({
      ok: false,
      problem: 'too-long',
      error: RESTORE_ERRORS['too-long'],
    });
    expect(decodeRestore('A'.repeat(1_000_000), PLAN, TODAY)).toMatchObject({ problem: 'too-long' });
    expect(decodeRestore('A'.repeat(MAX_RESTORE_CHARS), PLAN, TODAY)).toMatchObject({ problem: 'damaged' });
  });

  it('tells every problem in words that say nothing was changed', () => {
    expect(Object.keys(RESTORE_ERRORS).sort()).toEqual(['damaged', 'foreign', 'newer', 'too-long']);
    for (const text of Object.values(RESTORE_ERRORS)) expect(text).toMatch(/^This .{20,}Nothing was changed\./);
  });

  it('hashes the plan id by id, so ids run together never match', () => {
    expect(planHash({ dayIds: ['ab', 'c'], habitIds: [] })).not.toBe(planHash({ dayIds: ['a', 'bc'], habitIds: [] }));
    expect(planHash({ dayIds: [], habitIds: ['ab', 'c'] })).not.toBe(planHash({ dayIds: [], habitIds: ['a', 'bc'] }));
    expect(planHash(PLAN)).toBeLessThan(2 ** 24);
  });

  it('turns away a link made for another plan: other habits, other days, another order', () => {
    for (const other of [
      { ...PLAN, habitIds: ['check-in', 'gratitude', 'reply'] },
      { ...PLAN, dayIds: PLAN.dayIds.slice(0, 6) },
      { ...PLAN, habitIds: [...PLAN.habitIds].reverse() },
    ]) {
      expect(planHash(other)).not.toBe(planHash(PLAN));
      expect(decodeRestore(encodeRestore(FULL, other, TODAY), PLAN, TODAY)).toEqual({
        ok: false,
        problem: 'foreign',
        error: RESTORE_ERRORS.foreign,
      });
    }
  });

  it('says a link from a newer format version comes from newer code, and refuses version 0', () => {
    const bytes = bytesOf(good);
    bytes[0] = 2;
    expect(decodeRestore(payloadOf(resealed(bytes)), PLAN, TODAY)).toEqual({ ok: false, problem: 'newer', error: RESTORE_ERRORS.newer });
    bytes[0] = 0;
    expect(decodeRestore(payloadOf(resealed(bytes)), PLAN, TODAY)).toMatchObject({ problem: 'damaged' });
  });

  it('refuses well-sealed links whose contents break the layout or the checks an import makes', () => {
    const forged = (edit: (b: Uint8Array) => void, from = good) => {
      const bytes = bytesOf(from);
      edit(bytes);
      return decodeRestore(payloadOf(resealed(bytes)), PLAN, TODAY);
    };
    // A day 8 on a 7-day plan.
    expect(forged((b) => (b[4] = 0xff))).toMatchObject({ problem: 'damaged' });
    // A start date in 2179, and a "made on" date in 2179.
    expect(forged((b) => b.set([0xff, 0xff], 5))).toMatchObject({ problem: 'damaged' });
    expect(forged((b) => b.set([0xff, 0xff], 7))).toMatchObject({ problem: 'damaged' });
    // More habit days than are ever kept (with the bytes to match), and a count that doesn't match the bytes.
    const withByte = (payload: string, at: number) => {
      const b = bytesOf(payload);
      return payloadOf(Uint8Array.from([...b.subarray(0, at), 0, ...b.subarray(at)]));
    };
    expect(forged((b) => (b[9] = 61), withByte(good, bytesOf(good).length - 2))).toMatchObject({ problem: 'damaged' });
    expect(forged((b) => (b[9] = 59))).toMatchObject({ problem: 'damaged' });
    // A spare zero byte before the checksum.
    const empty = encodeRestore(EMPTY_CHECKLIST, PLAN, TODAY);
    expect(forged(() => {}, withByte(empty, 10))).toMatchObject({ problem: 'damaged' });
    // A start date outside 2000–2100, caught by the same check as an import's.
    expect(forged((b) => b.set([0xff, 0x00], 5), empty)).toMatchObject({ problem: 'damaged' });
    // The date the link was made, out of range, even with no habits to place.
    expect(forged((b) => b.set([0xff, 0xff], 7), empty)).toMatchObject({ problem: 'damaged' });
    // A padding bit set (one day of four habits leaves four spare bits).
    const oneDay = encodeRestore(state({ habits: { [TODAY]: ['listen'] } }), PLAN, TODAY);
    expect(forged((b) => (b[10] = (b[10] ?? 0) | 0x01), oneDay)).toMatchObject({ problem: 'damaged' });
    expect(forged(() => {}, oneDay)).toMatchObject({ ok: true });
  });
});

describe('restore link helpers', () => {
  it('builds the link and reads the payload back from a fragment', () => {
    const link = restoreLink('https://kindred.example', 'abc_-1');
    expect(link).toBe('https://kindred.example/checklist/#restore=abc_-1');
    expect(restorePayload(new URL(link).hash)).toBe('abc_-1');
    expect(restorePayload('#restore=')).toBe('');
    expect(restorePayload('#plan-title')).toBeNull();
    expect(restorePayload('')).toBeNull();
  });

  it('merges: days and habits from both sides, the start date already here first', () => {
    const here = state({ days: [5, 7], startDate: '2026-11-15', habits: { [TODAY]: ['reply'], '2026-11-19': ['listen'] } });
    const incoming = state({
      days: [2, 5],
      startDate: '2026-11-10',
      habits: { [TODAY]: ['listen', 'reply'], '2026-11-20': ['gratitude'] },
    });
    expect(mergeProgress(here, incoming)).toEqual(
      state({
        days: [2, 5, 7],
        startDate: '2026-11-15',
        habits: { [TODAY]: ['listen', 'reply'], '2026-11-19': ['listen'], '2026-11-20': ['gratitude'] },
      }),
    );
    expect(mergeProgress(EMPTY_CHECKLIST, incoming).startDate).toBe('2026-11-10');
  });
});
