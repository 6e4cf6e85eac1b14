import { describe, expect, it } from 'vitest';
import { contentLinkHref, parseContentLink } from './content-links';
import { slugFromFileName } from './slug';

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

describe('content links, strictly', () => {
  it('accepts only a whole link of one of the three shapes', () => {
    for (const link of [
      'xtip:6',
      'tip:6x',
      'tip:0',
      'tip:06',
      'see guide:faqs',
      'guide:faqs extra',
      'guide:faqs#',
      'guide:FAQs',
      'x reference:a',
      'reference:a b',
      'reference:',
    ]) {
      expect(parseContentLink(link), link).toBeUndefined();
    }
    expect(parseContentLink('guide:faqs')).toStrictEqual({ kind: 'guide', slug: 'faqs' });
  });

  it('refuses to turn a malformed link into a URL, naming it', () => {
    expect(() => contentLinkHref('tips/6', { tipSlugByNumber: new Map() })).toThrow('Malformed content link "tips/6"');
  });
});

describe('file names', () => {
  it('strips the ordering prefix from file names', () => {
    expect(slugFromFileName('03-respect-boundaries.mdx')).toBe('respect-boundaries');
    expect(slugFromFileName('content/guide/13-references.mdx')).toBe('references');
  });
});
