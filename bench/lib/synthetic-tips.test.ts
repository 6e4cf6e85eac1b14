import { describe, expect, it } from 'vitest';
import { TIP_THEMES } from '../../src/data/content-schemas.ts';
import { SYNTHETIC_THEMES, syntheticTip } from './synthetic-tips.ts';

describe('synthetic tips', () => {
  it('use exactly the themes the tip schema accepts', () => {
    expect([...SYNTHETIC_THEMES]).toEqual([...TIP_THEMES]);
  });

  it('are the same for the same number and seed, and differ between numbers', () => {
    expect(syntheticTip(25, 220)).toEqual(syntheticTip(25, 220));
    expect(syntheticTip(25, 220).body).not.toBe(syntheticTip(26, 220).body);
    expect(syntheticTip(25, 220).body).toMatch(/^---\nnumber: 25\n/);
  });
});
