import { describe, expect, it } from 'vitest';
import { buildToc } from './toc';

describe('buildToc', () => {
  it('nests h3 under h2 in the table of contents', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 2, slug: 'b', text: 'B' },
      { depth: 4, slug: 'b1', text: 'ignored' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  it('puts an h3 that comes before any h2 at the top level', () => {
    expect(
      buildToc([
        { depth: 3, slug: 'a', text: 'A' },
        { depth: 2, slug: 'b', text: 'B' },
      ]),
    ).toEqual([
      { slug: 'a', text: 'A', children: [] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
});
