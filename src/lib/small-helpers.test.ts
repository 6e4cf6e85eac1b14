import { describe, expect, it } from 'vitest';
import { isExternalHref } from './links';
import { readingMinutes } from './reading-time';
import { formatAuthors } from './references';
import { neighbours } from './sequence';
import { buildToc } from './toc';

describe('helpers', () => {
  it('estimates reading time from prose only', () => {
    expect(readingMinutes('---\ntitle: x\n---\nshort')).toBe(1);
    expect(readingMinutes('word '.repeat(1000) + '<Cite id="a" />')).toBe(5);
  });
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
  it('finds neighbours at both ends of a sequence', () => {
    expect(neighbours([1, 2, 3], 0)).toEqual({ next: 2 });
    expect(neighbours([1, 2, 3], 1)).toEqual({ prev: 1, next: 3 });
    expect(neighbours([1, 2, 3], 2)).toEqual({ prev: 2 });
  });
  it('formats author lists', () => {
    expect(formatAuthors(['Bailenson, J. N.'])).toBe('Bailenson, J. N.');
    expect(formatAuthors(['A, B.', 'C, D.'])).toBe('A, B., & C, D.');
  });
  it('knows which links leave the site', () => {
    expect(isExternalHref('https://doi.org/10.1/x')).toBe(true);
    expect(isExternalHref('/guide/')).toBe(false);
    expect(isExternalHref(undefined)).toBe(false);
  });
});
