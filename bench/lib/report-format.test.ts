import { describe, expect, it } from 'vitest';
import { ratioText } from './report-format.ts';

describe('ratioText', () => {
  it('shows more decimals only where two would round a missed goal onto it', () => {
    expect(ratioText(0.2545, 0.25, false)).toBe('0.255');
    expect(ratioText(0.25042, 0.25, false)).toBe('0.2504');
    expect(ratioText(0.2545, 0.3, true)).toBe('0.25');
    expect(ratioText(0.7165, 0.7, false)).toBe('0.72');
    expect(ratioText(0.25, 0.25, true)).toBe('0.25');
  });
});
