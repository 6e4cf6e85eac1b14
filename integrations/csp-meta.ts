/**
 * Puts each page's CSP `<meta>` right after `<meta charset>`. Astro writes it
 * last in `<head>`, so on a host that only delivers the `<meta>` (GitHub
 * Pages) the inline theme script and the inline styles before it ran with no
 * policy at all. A policy in a `<meta>` only governs what comes after it.
 * Pages are read with htmlparser2 and edited by splicing at the positions it
 * reports, so nothing else in the page changes by a byte.
 */
import { findAll, getAttributeValue } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { cspHash } from './inline-scripts.ts';

type Document = ReturnType<typeof parseDocument>;
type Element = ReturnType<typeof findAll>[number];

/** Browsers look for the encoding in the first 1,024 bytes. */
export const CHARSET_WITHIN_BYTES = 1024;

/** A page parsed with each element's start and end offsets in the text. */
const parsePage = (html: string): Document => parseDocument(html, { withStartIndices: true, withEndIndices: true });

/** The CSP `<meta http-equiv>` elements of a parsed page, in document order. */
function cspMetas(doc: Document): Element[] {
  return findAll((e) => e.name === 'meta' && getAttributeValue(e, 'http-equiv')?.toLowerCase() === 'content-security-policy', doc.children);
}

/** The first `<meta charset>` of a parsed page. */
function charsetMeta(doc: Document): Element | undefined {
  return findAll((e) => e.name === 'meta' && getAttributeValue(e, 'charset') !== undefined, doc.children)[0];
}

/** Start and end (exclusive) offsets of an element's text; a void `<meta>` is its one tag. */
function span(e: Element): [number, number] {
  return [e.startIndex ?? 0, (e.endIndex ?? 0) + 1];
}

/** The policy of a page's CSP `<meta>` (its `content`), or undefined when it has none. */
export function cspPolicyOf(html: string): string | undefined {
  const meta = cspMetas(parsePage(html))[0];
  return meta && getAttributeValue(meta, 'content');
}

/** The page with its CSP `<meta>` moved right after `<meta charset>`; throws naming `file` when either is missing. */
export function moveCspMeta(html: string, file: string): string {
  const doc = parsePage(html);
  const metas = cspMetas(doc);
  if (metas.length !== 1) {
    throw new Error(`${file} has ${metas.length} CSP <meta> tags, expected 1; is security.csp on in astro.config.mjs?`);
  }
  const charset = charsetMeta(doc);
  if (!charset) throw new Error(`${file} has no <meta charset>`);
  const [start, end] = span(metas[0]!);
  const [, at] = span(charset);
  if (at === start) return html;
  const meta = html.slice(start, end);
  // Splice the tag out and back in as written, by offsets in the original text.
  return at < start
    ? html.slice(0, at) + meta + html.slice(at, start) + html.slice(end)
    : html.slice(0, start) + html.slice(end, at) + meta + html.slice(at);
}

/** Where the CSP `<meta>` and `<meta charset>` of a page break the rules; empty when all is well. */
export function cspMetaProblems(html: string, file: string): string[] {
  const doc = parsePage(html);
  const charset = charsetMeta(doc);
  if (!charset) return [`${file}: no <meta charset>`];
  const problems: string[] = [];
  const [, charsetEnd] = span(charset);
  const charsetBytes = Buffer.byteLength(html.slice(0, charsetEnd));
  if (charsetBytes > CHARSET_WITHIN_BYTES) {
    problems.push(`${file}: <meta charset> ends at byte ${charsetBytes}, past the first ${CHARSET_WITHIN_BYTES}`);
  }
  const metas = cspMetas(doc);
  if (metas.length !== 1) return [...problems, `${file}: ${metas.length} CSP <meta> tags, expected 1`];
  const [at] = span(metas[0]!);
  if (at !== charsetEnd) problems.push(`${file}: the CSP <meta> does not follow <meta charset> directly`);
  for (const name of ['title', 'script', 'style', 'link']) {
    const first = findAll((e) => e.name === name, doc.children)[0];
    if (first && span(first)[0] < at) problems.push(`${file}: <${name}> comes before the CSP <meta>`);
  }
  return problems;
}

/** The exact text inside an element (a script's or a style's code), as the browser hashes it. */
function innerText(html: string, e: Element): string {
  const first = e.children[0];
  const last = e.children.at(-1);
  return first && last ? html.slice(first.startIndex ?? 0, (last.endIndex ?? 0) + 1) : '';
}

/**
 * The page with its CSP `<meta>` keeping only the hashes of the inline
 * scripts and styles this page has. Astro lists every page's hashes on every
 * page: about 1 KB of base64 that does not compress, paid again on each page
 * a reader opens. `_headers` still carries the union (integrations/headers.ts).
 */
export function trimCspMeta(html: string): string {
  const doc = parsePage(html);
  const meta = cspMetas(doc)[0];
  const policy = meta && getAttributeValue(meta, 'content');
  if (!meta || !policy) return html;
  const inline = findAll((e) => (e.name === 'script' && getAttributeValue(e, 'src') === undefined) || e.name === 'style', doc.children);
  const used = new Set(inline.map((e) => `'${cspHash(innerText(html, e))}'`));
  const trimmed = policy
    .split(';')
    .map((part) =>
      part
        .split(' ')
        .filter((source) => !source.startsWith("'sha256-") || used.has(source))
        .join(' '),
    )
    .join(';');
  const [start, end] = span(meta);
  const tag = html.slice(start, end);
  return html.slice(0, start) + tag.replace(policy, trimmed) + html.slice(end);
}
