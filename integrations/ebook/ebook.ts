/**
 * Writes the e-book (EPUB 3) of the guide, the tips and the 7-day plan to
 * dist/ after the build, from the built pages themselves, so nothing is
 * written twice: the one-page guide's sections, each tip's article, the
 * checklist's printable plan. Every internal link must land on a file and an
 * id of the book, or the build fails. Zipped with fflate (mimetype first,
 * stored), with the build's date as every entry's time.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyNode, Element } from 'domhandler';
import { findAll, findOne, textContent } from 'domutils';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { CONTENT_LICENSE, GUIDE_TITLE, SITE_NAME } from '../../src/consts.ts';
import { EBOOK_PATH, isGuideSection, isTip, ONE_PAGE_GUIDE_PATH } from '../../src/lib/routes.ts';
import {
  bookCss,
  type BookMeta,
  type Chapter,
  containerXml,
  coverBody,
  coverSvg,
  navXhtml,
  packageOpf,
  titleBody,
  xhtmlPage,
} from './package.ts';
import { cleanForEbook, hrefsIn, idsIn, rewriteLinks, shiftHeadings, toXhtml } from './xhtml.ts';

const LANGUAGE = 'en';

/** A chapter while it is being assembled: its nodes, before links are rewritten. */
interface Draft extends Omit<Chapter, 'body'> {
  nodes: AnyNode[];
}

const classesOf = (el: Element) => (el.attribs['class'] ?? '').split(/\s+/);
const byClass = (name: string) => (el: Element) => classesOf(el).includes(name);
const text = (nodes: AnyNode | AnyNode[]) => textContent(nodes).replace(/\s+/g, ' ').trim();

/** A stable urn:uuid for the book at `site` (name-based, SHA-1, as UUID version 5). */
export function bookIdentifier(site: string): string {
  const h = createHash('sha1').update(`${site}${EBOOK_PATH}`).digest('hex');
  const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Reads a built page (by route) as a tree. */
function readPage(dist: string, route: string) {
  return parseDocument(readFileSync(join(dist, route, 'index.html'), 'utf8')).children;
}

/** Finds one element or fails the build, saying what is missing where. */
function need(nodes: AnyNode[], test: (el: Element) => boolean, what: string, route: string): Element {
  const el = findOne(test, nodes);
  if (!el) throw new Error(`E-book: ${route} has no ${what}; was the page's markup changed?`);
  return el;
}

/** The book's chapters, read from the built pages: title page, guide sections, tips, plan. */
function draftChapters(dist: string, meta: BookMeta): { drafts: Draft[]; subtitle: string; holds: string } {
  const all = readPage(dist, ONE_PAGE_GUIDE_PATH);
  const sections = findAll((e) => e.name === 'section' && byClass('guide-part')(e), all);
  if (sections.length === 0) throw new Error(`E-book: ${ONE_PAGE_GUIDE_PATH} holds no section.guide-part`);
  const guideDrafts: Draft[] = sections.map((section) => {
    const title = text(need([section], (e) => e.name === 'h2', 'section title', ONE_PAGE_GUIDE_PATH));
    shiftHeadings([section], -1);
    return { file: `guide-${section.attribs['id']}.xhtml`, title, part: GUIDE_TITLE, nodes: [section] };
  });

  const tipsIndex = readPage(dist, '/tips/');
  const tipsTitle = text(need(tipsIndex, (e) => e.name === 'h1', 'h1', '/tips/'));
  const tipRoutes = [
    ...new Set(
      // The numbered list of tip cards, in tip order (the intro above it links to some tips too).
      findAll(
        (e) => e.name === 'a',
        [need(tipsIndex, (e) => e.name === 'ol' && /\bcard-list\b/.test(e.attribs['class'] ?? ''), 'ol.card-list', '/tips/')],
      )
        .map((a) => a.attribs['href'] ?? '')
        .filter(isTip),
    ),
  ];
  const tipDrafts: Draft[] = tipRoutes.map((route) => {
    const article = need(readPage(dist, route), (e) => e.name === 'article', 'article', route);
    const slug = route.split('/')[2];
    const title = text(need([article], (e) => e.name === 'h1', 'h1', route));
    const section: Element = Object.assign(article, { name: 'section', attribs: { id: `tip-${slug}`, class: 'tip' } });
    return { file: `tip-${slug}.xhtml`, title, part: tipsTitle, nodes: [section] };
  });

  const checklist = readPage(dist, '/checklist/');
  const planTitle = text(need(checklist, (e) => e.name === 'h1', 'h1', '/checklist/'));
  const days = need(checklist, byClass('plan-list'), 'ol.plan-list', '/checklist/');
  const habits = need(checklist, byClass('habit-list'), 'ul.habit-list', '/checklist/');
  const heading = (el: Element) =>
    el.parent && 'children' in el.parent ? el.parent.children.filter((n): n is Element => n.type === 'tag' && n.name === 'h2') : [];
  const plan = parseDocument(
    `<section id="plan" class="plan"><h1>${escapeText(planTitle)}</h1>${toXhtml([...heading(days), days])}${toXhtml([...heading(habits), habits])}</section>`,
  ).children;

  const help = findAll(
    (e) => e.name === 'p' && findAll((a) => a.name === 'a' && a.attribs['href'] === '/help/', e.children).length > 0,
    findAll((e) => e.name === 'footer', all),
  );
  const helpNote = help.at(-1);
  const subtitle = `and ${tipsTitle}`;
  const holds = `The guide in ${guideDrafts.length} sections, ${tipsTitle}, and ${planTitle.charAt(0).toLowerCase()}${planTitle.slice(1)}.`;
  const titleNodes = parseDocument(titleBody(meta, holds, helpNote ? toXhtml(helpNote) : '')).children;
  return {
    drafts: [
      { file: 'cover.xhtml', title: 'Cover', front: true, nodes: parseDocument(coverBody(meta, subtitle)).children },
      { file: 'title.xhtml', title: meta.title, front: true, nodes: titleNodes },
      ...guideDrafts,
      ...tipDrafts,
      { file: 'plan.xhtml', title: planTitle, nodes: plan },
    ],
    subtitle,
    holds,
  };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Where a link of the site points in the book: a guide section or heading,
 * a tip, or (for any other page of the site) its full address.
 */
export function bookHref(
  href: string,
  from: string,
  site: string,
  idFile: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
): string {
  if (href.startsWith('#')) {
    const id = href.slice(1);
    return `${idFile.get(`${from}#${id}`) ? from : (idFile.get(id) ?? from)}#${id}`;
  }
  const url = new URL(href, site);
  if (url.origin !== new URL(site).origin) return href;
  const anchor = url.hash.slice(1);
  const slug = url.pathname.split('/')[2] ?? '';
  if (url.pathname === ONE_PAGE_GUIDE_PATH && anchor) return `${idFile.get(anchor) ?? ''}#${anchor}`;
  if (isGuideSection(url.pathname) && files.has(`guide-${slug}.xhtml`)) return `guide-${slug}.xhtml${anchor ? `#${anchor}` : ''}`;
  if (isTip(url.pathname) && files.has(`tip-${slug}.xhtml`)) return `tip-${slug}.xhtml${anchor ? `#${anchor}` : ''}`;
  return url.href;
}

/** Links inside the book that land on no file or id of it. */
export function brokenLinks(chapters: readonly { file: string; nodes: AnyNode[] }[]): string[] {
  const ids = new Map(chapters.map((c) => [c.file, new Set(idsIn(c.nodes))]));
  const problems: string[] = [];
  for (const c of chapters) {
    for (const href of hrefsIn(c.nodes)) {
      if (/^[a-z]+:/i.test(href)) continue;
      const [file = '', id] = href.split('#', 2);
      const target = ids.get(file);
      if (!target || (id && !target.has(id))) problems.push(`${c.file}: link "${href}" lands nowhere in the book`);
    }
  }
  return problems;
}

/** Assembles the book's files (path → bytes), mimetype first. */
export function ebookFiles(dist: string, meta: BookMeta): Zippable {
  const { drafts, subtitle } = draftChapters(dist, meta);
  for (const d of drafts) cleanForEbook(d.nodes);
  // Guide ids are unique across the one-page guide, so an id names its section's file.
  const idFile = new Map<string, string>();
  for (const d of drafts) {
    for (const id of idsIn(d.nodes)) {
      idFile.set(`${d.file}#${id}`, d.file);
      if (d.part === GUIDE_TITLE) idFile.set(id, d.file);
    }
  }
  const files = new Set(drafts.map((d) => d.file));
  for (const d of drafts) rewriteLinks(d.nodes, (href) => bookHref(href, d.file, meta.site, idFile, files));
  const problems = brokenLinks(drafts);
  if (problems.length) throw new Error(`E-book: ${problems.length} broken link(s):\n  ${problems.join('\n  ')}`);
  // Chapters are sections: mark them for reading systems.
  for (const d of drafts) {
    for (const node of d.nodes)
      if (node.type === 'tag' && node.name === 'section' && !node.attribs['epub:type']) node.attribs['epub:type'] = 'chapter';
  }
  const chapters: Chapter[] = drafts.map(({ nodes, ...c }) => ({ ...c, body: toXhtml(nodes) }));
  const u8 = strToU8;
  const out: Zippable = {
    mimetype: [u8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': u8(containerXml()),
    'OEBPS/package.opf': u8(packageOpf(meta, chapters)),
    'OEBPS/nav.xhtml': u8(navXhtml(meta, chapters, 'Contents')),
    'OEBPS/book.css': u8(bookCss()),
    'OEBPS/cover.svg': u8(coverSvg(meta, subtitle)),
  };
  for (const c of chapters) out[`OEBPS/${c.file}`] = u8(xhtmlPage(c.title, c.body, meta.language));
  return out;
}

/** The book's metadata for a build of `site` on `date` (YYYY-MM-DD). */
export const bookMeta = (site: string, date: string): BookMeta => ({
  title: GUIDE_TITLE,
  language: LANGUAGE,
  identifier: bookIdentifier(site),
  date,
  publisher: SITE_NAME,
  license: CONTENT_LICENSE,
  site,
});

/** Writes the e-book to dist/ (EBOOK_PATH); returns its size in bytes. */
export function writeEbook(dist: string, site: string, date: Date): number {
  const day = date.toISOString().slice(0, 10);
  const zip = zipSync(ebookFiles(dist, bookMeta(site, day)), { level: 9, mtime: new Date(`${day}T00:00:00Z`) });
  writeFileSync(join(dist, EBOOK_PATH), zip);
  return zip.byteLength;
}
