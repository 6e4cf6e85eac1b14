import { describe, expect, it } from 'vitest';
import { decodeOfflineList, formatBytes, KEPT_PAGES_SLOT, pageTitle, savedCacheName, withKeptPages } from './offline';

describe('decodeOfflineList', () => {
  const list = { build: 'abcdef0123456789', total: 10, pages: 1, files: [{ url: '/', size: 10 }] };

  it('accepts the list the build writes', () => {
    expect(decodeOfflineList(list)).toEqual(list);
  });

  it.each([
    ['not an object', 'x'],
    ['a build id that is not hex', { ...list, build: 'not-hex!' }],
    ['a negative total', { ...list, total: -1 }],
    ['a file on another origin', { ...list, files: [{ url: '//evil.example/x', size: 1 }] }],
    ['a relative file', { ...list, files: [{ url: 'x.js', size: 1 }] }],
    ['a fractional size', { ...list, files: [{ url: '/', size: 1.5 }] }],
  ])('refuses %s', (_, value) => {
    expect(decodeOfflineList(value)).toBeUndefined();
  });
});

describe('the offline page', () => {
  const page = `<main><h1>You're offline</h1>${KEPT_PAGES_SLOT}<ul><li>Home</li></ul></main>`;

  it("reads a page's title without the site name, entities decoded", () => {
    expect(pageTitle('<title>Tip 6: Listen &amp; reply · Kindred</title>')).toBe('Tip 6: Listen & reply');
    expect(pageTitle('<p>no title</p>')).toBeUndefined();
  });

  it('lists the kept pages by title, escaped, under a heading', () => {
    const html = withKeptPages(page, [
      { url: '/tips/', title: 'Tips' },
      { url: '/guide/faqs/', title: 'FAQs <&> "more"' },
    ]);
    expect(html).toContain('<h2>Pages kept on this device</h2>');
    expect(html).toContain('<li><a href="/guide/faqs/">FAQs &lt;&amp;&gt; &quot;more&quot;</a></li><li><a href="/tips/">Tips</a></li>');
    expect(html).toContain('<ul><li>Home</li></ul>');
  });

  it('is left as it was when nothing is kept', () => {
    expect(withKeptPages(page, [])).toBe(page);
  });
});

describe('sizes and names', () => {
  it('says sizes as people do', () => {
    expect(formatBytes(200)).toBe('1 KB');
    expect(formatBytes(840_000)).toBe('840 KB');
    expect(formatBytes(2_400_000)).toBe('2.4 MB');
  });

  it('names a copy after its build', () => {
    expect(savedCacheName('abc123')).toBe('kindred-offline-abc123');
  });
});
