import { describe, expect, it } from 'vitest';
import { isIsoDate, isObject } from './guards';
import { EXTERNAL_REL, isExternalHref } from './links';
import { readingMinutes } from './reading-time';
import { formatAuthors, surname } from './references';
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

/** n distinct words separated by spaces. */
const words = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

describe('reading time counts prose only (200 words a minute, rounded)', () => {
  // 299 words round to 1 minute, 301 to 2: a few words too many or too few show.
  it('rounds at the half minute', () => {
    expect(readingMinutes(words(299))).toBe(1);
    expect(readingMinutes(words(300))).toBe(2);
    expect(readingMinutes(words(301))).toBe(2);
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('<Callout />')).toBe(1);
  });

  it('leaves out frontmatter, however long', () => {
    expect(readingMinutes(`---\ntitle: ${words(100, 't')}\norder: 1\n---\n${words(299)}`)).toBe(1);
  });

  it('counts text between two horizontal rules later in the page', () => {
    expect(readingMinutes(`${words(10, 'a')}\n\n---\n\n${words(281)}\n\n---\n\n${words(10, 'b')}`)).toBe(2);
  });

  it('leaves out import and export lines, but not the words "import" or "export" in a sentence', () => {
    expect(readingMinutes(`import Thing from "./${words(60, 'i').replace(/ /g, '-')}";\nimport { ${words(50, 'j')} } from "x";\n\n${words(299)}`)).toBe(1);
    expect(readingMinutes(`You can export your progress and ${words(296)}`)).toBe(2);
  });

  it('leaves out tags and {expressions}, keeping words on both sides apart', () => {
    expect(readingMinutes(`${words(299)} ${'<Cite id="a-b" /> '.repeat(20)}`)).toBe(1);
    expect(readingMinutes(`${words(299)} ${'{props.some.words} '.repeat(20)}`)).toBe(1);
    expect(readingMinutes(Array.from({ length: 151 }, (_, i) => `x${i}<br/>y${i}`).join(' '))).toBe(2);
    expect(readingMinutes(Array.from({ length: 151 }, (_, i) => `x${i}{a}y${i}`).join(' '))).toBe(2);
  });
});

describe('more helpers', () => {
  it('takes the surname of an author written "Surname, I."', () => {
    expect(surname('Bailenson, J. N.')).toBe('Bailenson');
    expect(surname(' van Dijk , J.')).toBe('van Dijk');
    expect(surname('Plato')).toBe('Plato');
    expect(surname(undefined)).toBe('');
  });

  it('joins no, three and more authors', () => {
    expect(formatAuthors([])).toBe('');
    expect(formatAuthors(['A, B.', 'C, D.', 'E, F.'])).toBe('A, B., C, D., & E, F.');
  });

  it('gives no neighbour at the ends, not an empty one', () => {
    expect(neighbours([1, 2, 3], 0)).toStrictEqual({ next: 2 });
    expect(neighbours([1, 2, 3], 2)).toStrictEqual({ prev: 2 });
    expect(neighbours(['only'], 0)).toStrictEqual({});
  });

  it('treats http and https in any case as leaving the site, and nothing else', () => {
    expect(['http://example.org', 'HTTPS://EXAMPLE.ORG/x'].map(isExternalHref)).toEqual([true, true]);
    expect(['mailto:a@b.c', 'ftp://example.org', '//example.org', '/go?to=https://example.org', '#https://x'].map(isExternalHref)).toEqual([false, false, false, false, false]);
    expect(EXTERNAL_REL).toBe('noopener noreferrer');
  });

  it('puts an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'a', text: 'A' }, { depth: 2, slug: 'b', text: 'B' }])).toEqual([
      { slug: 'a', text: 'A', children: [] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  it('accepts only strings that are real dates, written exactly YYYY-MM-DD', () => {
    expect(isIsoDate('2026-11-21')).toBe(true);
    for (const v of [20261121, null, ['2026-11-21'], { toString: () => '2026-11-21' }, 'x2026-11-21', '2026-11-21x', '2026-13-01']) {
      expect(isIsoDate(v), String(v)).toBe(false);
    }
    expect([isObject({}), isObject(null), isObject([]), isObject('x')]).toEqual([true, false, false, false]);
  });
});
