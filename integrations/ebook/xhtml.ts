/**
 * Turns parts of the built site's pages into the e-book's XHTML: strips what
 * only works on the web (scripts, controls, contents boxes, print-only and
 * screen-only blocks, data attributes, custom elements), renames heading
 * levels, points links at the book's own files, and serialises as XML. Pure:
 * works on htmlparser2 trees.
 */
import type { AnyNode, Element } from 'domhandler';
import render from 'dom-serializer';
import { findAll, removeElement } from 'domutils';

/** Elements the e-book never carries: they run code, take input or repeat the navigation. */
const DROPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'button', 'input', 'form', 'progress', 'details', 'nav', 'svg']);
/** Classes of blocks the e-book leaves out: web-only controls, the per-page printed reference lists, an article's reading time. */
const DROPPED_CLASSES = ['no-print', 'print-only', 'article-meta'];
/** Attributes kept on the e-book's elements; everything else (data-*, rel, tabindex, aria-current…) goes. */
const KEPT_ATTRIBUTES = new Set([
  'id',
  'class',
  'epub:type',
  'href',
  'lang',
  'title',
  'value',
  'start',
  'alt',
  'src',
  'aria-label',
  'aria-labelledby',
  'role',
]);

const classesOf = (el: Element) => (el.attribs['class'] ?? '').split(/\s+/);

/** Removes web-only elements and attributes, unwrapping custom elements, in place. */
export function cleanForEbook(nodes: AnyNode[]): void {
  for (const el of findAll(() => true, nodes)) {
    if (DROPPED_TAGS.has(el.name) || 'hidden' in el.attribs || classesOf(el).some((c) => DROPPED_CLASSES.includes(c))) {
      removeElement(el);
      continue;
    }
    for (const name of Object.keys(el.attribs)) if (!KEPT_ATTRIBUTES.has(name)) delete el.attribs[name];
  }
  // Custom elements (a name with a dash) have no meaning in a book: keep what they hold.
  for (const el of findAll((e) => e.name.includes('-'), nodes)) {
    const parent = el.parent;
    if (!parent) continue;
    const at = parent.children.indexOf(el);
    for (const child of el.children) child.parent = parent;
    parent.children.splice(at, 1, ...el.children);
  }
}

/** Renames headings by `shift` levels (−1: h2 → h1), in place. */
export function shiftHeadings(nodes: AnyNode[], shift: number): void {
  for (const el of findAll((e) => /^h[1-6]$/.test(e.name), nodes)) {
    const level = Math.min(6, Math.max(1, Number(el.name[1]) + shift));
    el.name = `h${level}`;
  }
}

/** Rewrites every `href` in place with `map` (which returns the new href). */
export function rewriteLinks(nodes: AnyNode[], map: (href: string) => string): void {
  for (const el of findAll((e) => e.name === 'a' && typeof e.attribs['href'] === 'string', nodes)) {
    el.attribs['href'] = map(el.attribs['href'] ?? '');
  }
}

/** Every `id` in the nodes. */
export const idsIn = (nodes: AnyNode[]): string[] =>
  findAll((e) => typeof e.attribs['id'] === 'string', nodes).map((e) => e.attribs['id'] ?? '');

/** Every `href` in the nodes. */
export const hrefsIn = (nodes: AnyNode[]): string[] =>
  findAll((e) => e.name === 'a' && typeof e.attribs['href'] === 'string', nodes).map((e) => e.attribs['href'] ?? '');

/** The nodes as XHTML (XML serialisation, UTF-8 text, empty elements self-closed). */
export const toXhtml = (nodes: AnyNode | AnyNode[]): string => render(nodes, { xmlMode: true, encodeEntities: 'utf8' });

/** Escapes text for XML content or attribute values. */
export const xmlEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
