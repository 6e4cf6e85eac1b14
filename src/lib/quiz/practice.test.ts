import { describe, expect, it } from 'vitest';
import { decodeMissList, mergeMissLists, recordAnswers, RIGHT_IN_A_ROW, toPractise, type MissList } from './practice';

describe('recordAnswers', () => {
  it('puts a miss on the list with a streak of 0', () => {
    expect(recordAnswers({}, [{ id: 'a', right: false }], 5)).toEqual({ a: { streak: 0, at: 5 } });
  });
  it('ignores right answers to statements not on the list', () => {
    expect(recordAnswers({}, [{ id: 'a', right: true }], 5)).toEqual({});
  });
  it('takes a statement off after two right answers in a row, keeping a tombstone', () => {
    expect(RIGHT_IN_A_ROW).toBe(2);
    let list: MissList = recordAnswers({}, [{ id: 'a', right: false }], 1);
    list = recordAnswers(list, [{ id: 'a', right: true }], 2);
    expect(list).toEqual({ a: { streak: 1, at: 2 } });
    expect(toPractise(list, ['a'])).toEqual(['a']);
    list = recordAnswers(list, [{ id: 'a', right: true }], 3);
    expect(list).toEqual({ a: { streak: 0, at: 3, removed: true } });
    expect(toPractise(list, ['a'])).toEqual([]);
  });
  it('a miss between right answers starts the count again', () => {
    let list: MissList = recordAnswers({}, [{ id: 'a', right: false }], 1);
    list = recordAnswers(list, [{ id: 'a', right: true }], 2);
    list = recordAnswers(list, [{ id: 'a', right: false }], 3);
    list = recordAnswers(list, [{ id: 'a', right: true }], 4);
    expect(list['a']).toEqual({ streak: 1, at: 4 });
  });
  it('a tombstone stays put on a right answer and comes back on a miss', () => {
    const gone: MissList = { a: { streak: 0, at: 3, removed: true } };
    expect(recordAnswers(gone, [{ id: 'a', right: true }], 4)).toEqual(gone);
    expect(recordAnswers(gone, [{ id: 'a', right: false }], 4)).toEqual({ a: { streak: 0, at: 4 } });
  });
  it('does not change the list it is given', () => {
    const list: MissList = { a: { streak: 0, at: 1 } };
    recordAnswers(list, [{ id: 'a', right: true }], 2);
    expect(list).toEqual({ a: { streak: 0, at: 1 } });
  });
});

describe('toPractise', () => {
  it('keeps the given order and leaves out ids not on the list', () => {
    const list: MissList = { b: { streak: 0, at: 1 }, a: { streak: 1, at: 1 }, c: { streak: 0, at: 1, removed: true } };
    expect(toPractise(list, ['a', 'b', 'c', 'd'])).toEqual(['a', 'b']);
  });
});

describe('mergeMissLists', () => {
  it('takes the later change per statement, in either order', () => {
    const a: MissList = { x: { streak: 1, at: 5 }, y: { streak: 0, at: 1 } };
    const b: MissList = { x: { streak: 0, at: 4 }, y: { streak: 0, at: 2, removed: true }, z: { streak: 0, at: 3 } };
    const want = { x: { streak: 1, at: 5 }, y: { streak: 0, at: 2, removed: true }, z: { streak: 0, at: 3 } };
    expect(mergeMissLists(a, b)).toEqual(want);
    expect(mergeMissLists(b, a)).toEqual(want);
  });
  it('a later change wins even over an earlier tombstone', () => {
    const back: MissList = { x: { streak: 0, at: 6 } };
    const gone: MissList = { x: { streak: 0, at: 5, removed: true } };
    expect(mergeMissLists(back, gone)).toEqual(back);
    expect(mergeMissLists(gone, back)).toEqual(back);
  });
  it('on a tie prefers a tombstone, then the longer streak', () => {
    const kept: MissList = { x: { streak: 1, at: 5 } };
    const gone: MissList = { x: { streak: 0, at: 5, removed: true } };
    expect(mergeMissLists(kept, gone)).toEqual(gone);
    expect(mergeMissLists(gone, kept)).toEqual(gone);
    const zero: MissList = { x: { streak: 0, at: 5 } };
    expect(mergeMissLists(zero, kept)).toEqual(kept);
    expect(mergeMissLists(kept, zero)).toEqual(kept);
  });
});

describe('decodeMissList', () => {
  it('is null for anything but an object', () => {
    expect(decodeMissList(null)).toBeNull();
    expect(decodeMissList([])).toBeNull();
    expect(decodeMissList('x')).toBeNull();
  });
  it('keeps good entries and drops damaged ones', () => {
    expect(
      decodeMissList({
        good: { streak: 1, at: 10 },
        gone: { streak: 0, at: 11, removed: true },
        'Bad Id': { streak: 0, at: 1 },
        notobj: 3,
        frac: { streak: 0.5, at: 1 },
        neg: { streak: -1, at: 1 },
        big: { streak: 2, at: 1 },
        strstreak: { streak: '0', at: 1 },
        noat: { streak: 0 },
        negat: { streak: 0, at: -1 },
        inf: { streak: 0, at: Infinity },
        badremoved: { streak: 0, at: 1, removed: false },
      }),
    ).toEqual({ good: { streak: 1, at: 10 }, gone: { streak: 0, at: 11, removed: true } });
  });
  it('accepts ids up to 64 characters', () => {
    const id = `a${'b'.repeat(63)}`;
    expect(Object.keys(decodeMissList({ [id]: { streak: 0, at: 0 }, [`${id}c`]: { streak: 0, at: 0 } }) ?? {})).toEqual([id]);
  });
});
