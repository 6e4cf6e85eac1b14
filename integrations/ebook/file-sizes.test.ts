import { describe, expect, it } from 'vitest';
import { fillFileSizes, formatSize } from './file-sizes.ts';

describe('file sizes', () => {
  it('reads as KB under a megabyte, MB above', () => {
    expect(formatSize(200)).toBe('1 KB');
    expect(formatSize(64 * 1024 + 100)).toBe('64 KB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });

  it('fills every placeholder of a known file and leaves unknown ones empty', () => {
    const html =
      '<a>(EPUB<span data-file-size="/book.epub"></span>)</a><p>(x<span data-file-size="/other"></span>)</p><a>(EPUB<span data-file-size="/book.epub"></span>)</a>';
    const out = fillFileSizes(html, (p) => (p === '/book.epub' ? 51_200 : undefined));
    expect(out).toBe(
      '<a>(EPUB<span data-file-size="/book.epub">, 50 KB</span>)</a><p>(x<span data-file-size="/other"></span>)</p><a>(EPUB<span data-file-size="/book.epub">, 50 KB</span>)</a>',
    );
  });
});
