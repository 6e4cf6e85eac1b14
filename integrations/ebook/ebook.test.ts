import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { bookHref, bookIdentifier, brokenLinks } from './ebook.ts';
import { navXhtml, packageOpf, type BookMeta } from './package.ts';
import { cleanForEbook, shiftHeadings, toXhtml } from './xhtml.ts';

const SITE = 'https://kindred.example/';
const meta: BookMeta = {
  title: 'A & B',
  language: 'en',
  identifier: bookIdentifier(SITE),
  date: '2026-12-06',
  publisher: 'Kindred',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  site: SITE,
};

describe('the e-book', () => {
  it('has a stable identifier per site, shaped as a version-5 UUID', () => {
    expect(bookIdentifier(SITE)).toBe(bookIdentifier(SITE));
    expect(bookIdentifier(SITE)).not.toBe(bookIdentifier('https://other.example/'));
    expect(bookIdentifier(SITE)).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('leaves out what only works on the web and keeps the text', () => {
    const nodes = parseDocument(
      '<section id="s" data-pagefind-body class="prose"><h2 id="t" data-x="1">Title</h2><script>x()</script><details class="toc-fold"><a href="#t">t</a></details>' +
        '<p class="no-print">quiz</p><section class="print-only">cited</section><toc-spy><p>kept <a href="/x/" rel="noopener">link</a></p></toc-spy><button>Press</button><p hidden>gone</p></section>',
    ).children;
    cleanForEbook(nodes);
    shiftHeadings(nodes, -1);
    expect(toXhtml(nodes)).toBe('<section id="s" class="prose"><h1 id="t">Title</h1><p>kept <a href="/x/">link</a></p></section>');
  });

  it('points site links at the book, and other pages at the site', () => {
    const idFile = new Map([
      ['faqs-q', 'guide-faqs.xhtml'],
      ['guide-faqs.xhtml#faqs-q', 'guide-faqs.xhtml'],
      ['tip-x.xhtml#own', 'tip-x.xhtml'],
    ]);
    const files = new Set(['guide-faqs.xhtml', 'tip-x.xhtml', 'guide-references.xhtml']);
    const href = (h: string, from = 'tip-x.xhtml') => bookHref(h, from, SITE, idFile, files);
    expect(href('/guide/faqs/')).toBe('guide-faqs.xhtml');
    expect(href('/guide/faqs/#faqs-q')).toBe('guide-faqs.xhtml#faqs-q');
    expect(href('/guide/all/#faqs-q')).toBe('guide-faqs.xhtml#faqs-q');
    expect(href('#faqs-q', 'guide-intro.xhtml')).toBe('guide-faqs.xhtml#faqs-q');
    expect(href('#own')).toBe('tip-x.xhtml#own');
    expect(href('/tips/x/')).toBe('tip-x.xhtml');
    expect(href('/quiz/')).toBe('https://kindred.example/quiz/');
    expect(href('/tips/unknown/')).toBe('https://kindred.example/tips/unknown/');
    expect(href('https://doi.org/10.1/x')).toBe('https://doi.org/10.1/x');
  });

  it('finds links that land on no file or id of the book', () => {
    const chapter = (file: string, html: string) => ({ file, nodes: parseDocument(html).children });
    const problems = brokenLinks([
      chapter(
        'a.xhtml',
        '<p id="here"><a href="b.xhtml#there">ok</a><a href="b.xhtml#nope">bad</a><a href="c.xhtml">bad</a><a href="https://x.example/">ok</a></p>',
      ),
      chapter('b.xhtml', '<p id="there"><a href="a.xhtml#here">ok</a><a href="a.xhtml">ok</a></p>'),
    ]);
    expect(problems).toEqual([
      'a.xhtml: link "b.xhtml#nope" lands nowhere in the book',
      'a.xhtml: link "c.xhtml" lands nowhere in the book',
    ]);
  });

  it('writes the metadata, the spine in reading order and a navigation grouped by part', () => {
    const chapters = [
      { file: 'cover.xhtml', title: 'Cover', body: '', front: true },
      { file: 'title.xhtml', title: 'A & B', body: '', front: true },
      { file: 'guide-a.xhtml', title: '1. A', body: '', part: 'The guide' },
      { file: 'guide-b.xhtml', title: '2. B', body: '', part: 'The guide' },
      { file: 'plan.xhtml', title: 'Plan', body: '' },
    ];
    const opf = packageOpf(meta, chapters);
    expect(opf).toContain('<dc:title>A &amp; B</dc:title>');
    expect(opf).toContain(
      '<dc:rights>CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): share and adapt it with credit to Kindred.</dc:rights>',
    );
    expect(opf).toContain('<meta property="dcterms:modified">2026-12-06T00:00:00Z</meta>');
    expect([...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'f-cover-xhtml',
      'f-title-xhtml',
      'nav',
      'f-guide-a-xhtml',
      'f-guide-b-xhtml',
      'f-plan-xhtml',
    ]);
    const nav = navXhtml(meta, chapters, 'Contents');
    expect(nav).toMatch(
      /<li><a href="guide-a\.xhtml">The guide<\/a>\s*<ol>\s*<li><a href="guide-a\.xhtml">1\. A<\/a><\/li>\s*<li><a href="guide-b\.xhtml">2\. B<\/a><\/li>\s*<\/ol>/,
    );
    expect(nav).toContain('<li><a href="plan.xhtml">Plan</a></li>');
    expect(nav).not.toContain('>Cover</a></li>\n    </ol>\n  </nav>\n  <nav epub:type="landmarks"');
    expect(nav).toContain('<a epub:type="cover" href="cover.xhtml">Cover</a>');
  });
});
