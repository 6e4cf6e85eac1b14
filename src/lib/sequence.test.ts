import { describe, expect, it } from 'vitest';
import { neighbours } from './sequence';

describe('neighbours', () => {
  it('finds neighbours at both ends of a sequence', () => {
    expect(neighbours([1, 2, 3], 0)).toEqual({ next: 2 });
    expect(neighbours([1, 2, 3], 1)).toEqual({ prev: 1, next: 3 });
    expect(neighbours([1, 2, 3], 2)).toEqual({ prev: 2 });
  });

  it('gives no neighbour at the ends, not an empty one', () => {
    expect(neighbours([1, 2, 3], 0)).toStrictEqual({ next: 2 });
    expect(neighbours([1, 2, 3], 2)).toStrictEqual({ prev: 2 });
    expect(neighbours(['only'], 0)).toStrictEqual({});
  });
});
