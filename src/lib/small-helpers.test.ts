import { describe, expect, it } from 'vitest';
import { contentLinkHref, parseContentLink } from './content-links';
import { isExternalHref } from './links';
import { readingMinutes } from './reading-time';
import { formatAuthors } from './references';
import { neighbours } from './sequence';
import { slugFromFileName } from './slug';
import { buildToc } from './toc';

describe('content links', () => {
  const index = { tipSlugByNumber: new Map([[6, 'listen-actively']]) };
  it('parses the three shapes', () => {
    expect(parseContentLink('tip:6')).toEqual({ kind: 'tip', number: 6 });
    expect(parseContentLink('guide:faqs#safety')).toEqual({ kind: 'guide', slug: 'faqs', anchor: 'safety' });
    expect(parseContentLink('reference:huang-2017')).toEqual({ kind: 'reference', id: 'huang-2017' });
    expect(parseContentLink('tips/6')).toBeUndefined();
  });
  it('turns links into URLs', () => {
    expect(contentLinkHref('tip:6', index)).toBe('/tips/listen-actively/');
    expect(contentLinkHref('guide:faqs', index)).toBe('/guide/faqs/');
    expect(contentLinkHref('guide:faqs#safety', index)).toBe('/guide/faqs/#safety');
    expect(contentLinkHref('reference:huang-2017', index)).toBe('/guide/references/#ref-huang-2017');
    expect(() => contentLinkHref('tip:7', index)).toThrow('names no tip');
  });
});

describe('helpers', () => {
  it('strips the ordering prefix from file names', () => {
    expect(slugFromFileName('03-respect-boundaries.mdx')).toBe('respect-boundaries');
    expect(slugFromFileName('content/guide/13-references.mdx')).toBe('references');
  });
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
