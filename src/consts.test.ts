import { describe, expect, it } from 'vitest';
import * as consts from './consts';

describe('storage keys', () => {
  it('all start with STORAGE_PREFIX, so a fallback to memory copies every one of them', () => {
    const keys = Object.entries(consts).filter(([name]) => name.endsWith('_KEY'));
    expect(keys.length).toBeGreaterThanOrEqual(5);
    for (const [name, value] of keys) expect(value, name).toMatch(new RegExp(`^${consts.STORAGE_PREFIX}[a-z]`));
  });
});
