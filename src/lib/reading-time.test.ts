import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time';

/** n distinct words separated by spaces. */
const words = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

describe('readingMinutes', () => {
  it('estimates reading time from prose only', () => {
    expect(readingMinutes('---\ntitle: x\n---\nshort')).toBe(1);
    expect(readingMinutes('word '.repeat(1000) + '<Cite id="a" />')).toBe(5);
  });
});

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
    expect(
      readingMinutes(
        `import Thing from "./${words(60, 'i').replace(/ /g, '-')}";\nimport { ${words(50, 'j')} } from "x";\n\n${words(299)}`,
      ),
    ).toBe(1);
    expect(readingMinutes(`You can export your progress and ${words(296)}`)).toBe(2);
  });

  it('leaves out tags and {expressions}, keeping words on both sides apart', () => {
    expect(readingMinutes(`${words(299)} ${'<Cite id="a-b" /> '.repeat(20)}`)).toBe(1);
    expect(readingMinutes(`${words(299)} ${'{props.some.words} '.repeat(20)}`)).toBe(1);
    expect(readingMinutes(Array.from({ length: 151 }, (_, i) => `x${i}<br/>y${i}`).join(' '))).toBe(2);
    expect(readingMinutes(Array.from({ length: 151 }, (_, i) => `x${i}{a}y${i}`).join(' '))).toBe(2);
  });
});
