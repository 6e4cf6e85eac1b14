import { describe, expect, it } from 'vitest';
import { isIsoDate, isObject } from './guards';

describe('guards', () => {
  it('accepts only strings that are real dates, written exactly YYYY-MM-DD', () => {
    expect(isIsoDate('2026-11-21')).toBe(true);
    for (const v of [20261121, null, ['2026-11-21'], { toString: () => '2026-11-21' }, 'x2026-11-21', '2026-11-21x', '2026-13-01']) {
      expect(isIsoDate(v), String(v)).toBe(false);
    }
    expect([isObject({}), isObject(null), isObject([]), isObject('x')]).toEqual([true, false, false, false]);
  });
});
