import { describe, expect, it } from 'vitest';
import { distFolder } from './dist-arg.ts';

describe('distFolder', () => {
  it('takes --dist first, then $DIST, then dist', () => {
    expect(distFolder(['node', 'x.ts', '--verbose', '--dist', '/tmp/d'], { DIST: 'env' })).toBe('/tmp/d');
    expect(distFolder(['node', 'x.ts'], { DIST: 'env' })).toBe('env');
    expect(distFolder(['node', 'x.ts'], {})).toBe('dist');
  });

  it('refuses --dist without a folder', () => {
    expect(() => distFolder(['node', 'x.ts', '--dist'], {})).toThrow('--dist needs a folder');
    expect(() => distFolder(['node', 'x.ts', '--dist', '--verbose'], {})).toThrow('--dist needs a folder');
  });
});
