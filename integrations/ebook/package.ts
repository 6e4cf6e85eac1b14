/**
 * The e-book's fixed files, as text: the package document (metadata,
 * manifest, spine), the navigation document, the cover, the title page and
 * the stylesheet, and the XHTML page around each chapter. Pure.
 */
import { xmlEscape as x } from './xhtml.ts';

/** What the package document says about the book. */
export interface BookMeta {
  title: string;
  /** BCP 47 language tag. */
  language: string;
  /** A URN (urn:uuid:…) that stays the same from build to build. */
  identifier: string;
  /** The build's date, YYYY-MM-DD. */
  date: string;
  publisher: string;
  /** The content license: its name and address. */
  license: { name: string; url: string };
  /** The site the book comes from. */
  site: string;
}

/** One file of the book in reading order, and the navigation entries that point into it. */
export interface Chapter {
  /** File name inside OEBPS/, e.g. `guide-introduction.xhtml`. */
  file: string;
  title: string;
  /** The XHTML body content. */
  body: string;
  /** Part of the book it belongs to in the navigation (undefined: a top-level entry). */
  part?: string | undefined;
  /** Before the contents (the cover, the title page): in the spine ahead of the navigation document, not listed in it. */
  front?: boolean;
}

/** A file of the book with its manifest entry. */
interface Item {
  id: string;
  href: string;
  type: string;
  properties?: string;
}

const XHTML_TYPE = 'application/xhtml+xml';
const itemId = (file: string) => `f-${file.replace(/[^a-z0-9]+/gi, '-')}`;

/** `META-INF/container.xml`: where the package document is. */
export const containerXml = (): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

/** An XHTML content document around `body`. */
export function xhtmlPage(title: string, body: string, language: string, bodyAttrs = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${language}" xml:lang="${language}">
<head><meta charset="utf-8"/><title>${x(title)}</title><link rel="stylesheet" type="text/css" href="book.css"/></head>
<body${bodyAttrs}>
${body}
</body>
</html>
`;
}

/** The package document: metadata (with the license and accessibility), manifest and spine. */
export function packageOpf(meta: BookMeta, chapters: readonly Chapter[]): string {
  const fixed: Item[] = [
    { id: 'nav', href: 'nav.xhtml', type: XHTML_TYPE, properties: 'nav' },
    { id: 'css', href: 'book.css', type: 'text/css' },
    { id: 'cover-image', href: 'cover.svg', type: 'image/svg+xml', properties: 'cover-image' },
  ];
  const items: Item[] = [...fixed, ...chapters.map((c) => ({ id: itemId(c.file), href: c.file, type: XHTML_TYPE }))];
  const manifest = items
    .map((i) => `    <item id="${i.id}" href="${i.href}" media-type="${i.type}"${i.properties ? ` properties="${i.properties}"` : ''}/>`)
    .join('\n');
  // The cover and the title page first, then the contents, then the text.
  const spine = [
    ...chapters.filter((c) => c.front).map((c) => itemId(c.file)),
    'nav',
    ...chapters.filter((c) => !c.front).map((c) => itemId(c.file)),
  ]
    .map((id) => `    <itemref idref="${id}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${meta.language}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">${x(meta.identifier)}</dc:identifier>
    <dc:title>${x(meta.title)}</dc:title>
    <dc:language>${meta.language}</dc:language>
    <dc:creator>${x(meta.publisher)}</dc:creator>
    <dc:publisher>${x(meta.publisher)}</dc:publisher>
    <dc:date>${meta.date}</dc:date>
    <dc:source>${x(meta.site)}</dc:source>
    <dc:rights>${x(`${meta.license.name} (${meta.license.url}): share and adapt it with credit to ${meta.publisher}.`)}</dc:rights>
    <meta property="dcterms:modified">${meta.date}T00:00:00Z</meta>
    <meta property="schema:accessMode">textual</meta>
    <meta property="schema:accessModeSufficient">textual</meta>
    <meta property="schema:accessibilityFeature">structuralNavigation</meta>
    <meta property="schema:accessibilityFeature">tableOfContents</meta>
    <meta property="schema:accessibilityHazard">none</meta>
    <meta property="schema:accessibilitySummary">Text only, with headings, a table of contents and links between sections; the cover's picture has a text alternative.</meta>
  </metadata>
  <manifest>
${manifest}
  </manifest>
  <spine>
${spine}
  </spine>
</package>
`;
}

/** The navigation document: the contents (the text's chapters, grouped by part) and the landmarks. */
export function navXhtml(meta: BookMeta, chapters: readonly Chapter[], contentsTitle: string): string {
  const groups: { part: string | undefined; chapters: Chapter[] }[] = [];
  for (const c of chapters.filter((c) => !c.front)) {
    const last = groups.at(-1);
    if (c.part && last?.part === c.part) last.chapters.push(c);
    else groups.push({ part: c.part, chapters: [c] });
  }
  const link = (c: Chapter) => `<a href="${c.file}">${x(c.title)}</a>`;
  const list = groups.map(({ part, chapters: members }) => {
    const [first] = members;
    if (!part || !first) return members.map((c) => `      <li>${link(c)}</li>`).join('\n');
    const inner = members.map((c) => `          <li>${link(c)}</li>`).join('\n');
    return `      <li><a href="${first.file}">${x(part)}</a>\n        <ol>\n${inner}\n        </ol>\n      </li>`;
  });
  const cover = chapters.find((c) => c.front);
  const firstText = chapters.find((c) => !c.front);
  const body = `<nav epub:type="toc" id="toc" aria-labelledby="toc-title">
    <h1 id="toc-title">${x(contentsTitle)}</h1>
    <ol>
${list.join('\n')}
    </ol>
  </nav>
  <nav epub:type="landmarks" id="landmarks" hidden="hidden">
    <h2>Landmarks</h2>
    <ol>
${cover ? `      <li><a epub:type="cover" href="${cover.file}">Cover</a></li>\n` : ''}      <li><a epub:type="toc" href="nav.xhtml">${x(contentsTitle)}</a></li>
${firstText ? `      <li><a epub:type="bodymatter" href="${firstText.file}">${x(firstText.title)}</a></li>\n` : ''}    </ol>
  </nav>`;
  return xhtmlPage(contentsTitle, body, meta.language);
}

/** The cover picture: the mark (two linked rings) and the title, as SVG. */
export function coverSvg(meta: BookMeta, subtitle: string): string {
  const words = meta.title.split(' ');
  // The title in lines of at most ~18 characters, centred.
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= 18) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const title = lines.map((l, i) => `<text x="300" y="${560 + i * 74}" class="t">${x(l)}</text>`).join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 900" width="600" height="900">
  <title>${x(`${meta.title}: ${subtitle}`)}</title>
  <style>.t{font:700 58px Georgia,'Noto Serif',serif;fill:#1e1d1b;text-anchor:middle}.s{font:28px Georgia,'Noto Serif',serif;fill:#55524c;text-anchor:middle}.n{font:700 34px Georgia,'Noto Serif',serif;fill:#0c626b;text-anchor:middle;letter-spacing:2px}</style>
  <rect width="600" height="900" fill="#f4efe6"/>
  <g fill="none" stroke-width="14">
    <circle cx="255" cy="300" r="95" stroke="#0c626b"/>
    <circle cx="345" cy="300" r="95" stroke="#b5532b"/>
  </g>
  ${title}
  <text x="300" y="${560 + lines.length * 74 + 20}" class="s">${x(subtitle)}</text>
  <text x="300" y="840" class="n">${x(meta.publisher.toUpperCase())}</text>
</svg>
`;
}

/** The cover page: the cover picture with a text alternative. */
export const coverBody = (meta: BookMeta, subtitle: string): string =>
  `<section epub:type="cover" class="cover"><img src="cover.svg" alt="${x(`${meta.title}: ${subtitle}. ${meta.publisher}.`)}"/></section>`;

/** The title page: what the book holds, where it comes from, its license and date, and (as on every page of the site) where to find help. */
export function titleBody(meta: BookMeta, holds: string, helpNote: string): string {
  return `<section epub:type="titlepage" class="title-page" aria-labelledby="book-title">
<h1 id="book-title">${x(meta.title)}</h1>
<p class="lede">${x(holds)}</p>
<p>From <a href="${x(meta.site)}">${x(meta.publisher)}</a>, ${x(meta.site)}. Made on ${meta.date}.</p>
<p>The text is licensed under <a href="${x(meta.license.url)}">${x(meta.license.name)}</a>: share and adapt it with credit to ${x(meta.publisher)}.</p>
${helpNote}
</section>`;
}

/** The book's stylesheet: plain, so e-readers' own settings (font, size, spacing) win. */
export const bookCss = (): string => `body { line-height: 1.5; }
h1, h2, h3, h4 { line-height: 1.25; }
.cover { text-align: center; margin: 0; padding: 0; }
.cover img { max-width: 100%; max-height: 100vh; }
.lede { font-size: 1.15em; }
.tip-badge { font-weight: bold; }
.part-number { font-weight: bold; }
.cite { font-size: 0.8em; line-height: 0; }
.callout { border-left: 4px solid #0c626b; padding: 0.25em 0 0.25em 1em; margin: 1em 0; }
.callout.caution { border-left-color: #9c2a1c; }
.callout-title { font-weight: bold; }
.quote { margin: 1em 0; padding-left: 1em; border-left: 4px solid #b5532b; }
.quote blockquote { margin: 0; font-style: italic; }
.reference-list li { margin-bottom: 0.6em; }
.reference-list a { word-break: break-all; }
.finding { font-size: 0.95em; }
`;
