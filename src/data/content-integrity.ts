/**
 * Checks that keep broken content out of the build, beyond the schemas and
 * the cross-collection rules: YAML parsed strictly (file, line and column),
 * duplicate slugs and ids (naming both places), anchors and internal links
 * that must land on a real page and heading, and MDX that must not carry
 * script, both read from the MDX syntax tree (mdx-tree.ts), never matched
 * as text. Pure: text and plain entries in, problems out. The loaders in
 * content-loaders.ts and the site-content step run them at build time.
 */
import { load, YAMLException } from 'js-yaml';
import { guideHref, parseContentLink } from './content-links';
import {
  attribute,
  jsxElements,
  namedAttributes,
  openingTagEnd,
  parseExpression,
  parseMdx,
  spreadAttributes,
  startOf,
  staticValue,
  tryParseMdx,
  walk,
  type JsxAttribute,
  type JsxElement,
  type Root,
} from './mdx-tree';
import { slugFromFileName } from './slug';

/** Thrown by the content loaders when a file cannot be used; the message names the file. */
export class ContentFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentFileError';
  }
}

/**
 * Parses a YAML file whose top level is a list of entries. Throws a
 * ContentFileError naming `file:line:column` for a syntax error or a key
 * written twice in one entry, and when the top level is not a list.
 */
export function parseYamlList(text: string, file: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    // js-yaml refuses duplicate keys in a mapping unless told otherwise.
    data = load(text, { filename: file });
  } catch (error) {
    if (error instanceof YAMLException) {
      const { line, column, snippet } = error.mark;
      throw new ContentFileError(`${file}:${line + 1}:${column + 1}: invalid YAML: ${error.reason}${snippet ? `\n${snippet}` : ''}`);
    }
    throw error;
  }
  if (!Array.isArray(data)) throw new ContentFileError(`${file}: expected a list of entries ("- id: …") at the top level`);
  return data.map((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new ContentFileError(`${file}: entry ${i + 1} is not a mapping of fields`);
    }
    return item as Record<string, unknown>;
  });
}

/** 1-based lines of `text` that declare `id: <id>` (with or without quotes). */
function linesDeclaringId(text: string, id: string): number[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    const m = /^\s*(?:-\s+)?id\s*:\s*(["']?)(.*?)\1\s*(?:#.*)?$/.exec(line);
    return m && m[2] === id ? [i + 1] : [];
  });
}

/** Ids used by more than one entry of a YAML list, each naming both places. */
export function duplicateYamlIds(items: readonly Record<string, unknown>[], text: string, file: string): string[] {
  const firstIndex = new Map<string, number>();
  const problems: string[] = [];
  items.forEach((item, i) => {
    const id = item['id'];
    if (typeof id !== 'string' && typeof id !== 'number') return;
    const key = String(id);
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, i);
      return;
    }
    const lines = linesDeclaringId(text, key);
    const places =
      lines.length >= 2 ? `${file}:${lines[0]} and ${file}:${lines[lines.length - 1]}` : `${file} (entries ${first + 1} and ${i + 1})`;
    problems.push(`${file} → id: "${key}" is used by two entries, ${places}; give each entry its own id`);
  });
  return problems;
}

/**
 * Files of one folder whose names give the same slug (`03-x.mdx` and
 * `07-x.mdx` both become `x`), naming both files. `folder` is as the reader
 * knows it, e.g. "content/tips".
 */
export function duplicateSlugs(folder: string, files: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const file of [...files].sort()) {
    const slug = slugFromFileName(file);
    const first = seen.get(slug);
    if (first) {
      problems.push(
        `${folder}/${file} → file name: its slug "${slug}" is already used by ${folder}/${first}; ` +
          'two entries cannot share a URL, so rename one of them',
      );
    } else seen.set(slug, file);
  }
  return problems;
}

/** What a link can land on. */
export interface LinkTargets {
  /** Page or file URL ("/guide/faqs/", "/favicon.svg") → ids on it, or null when it exists but its ids are not known before the build. */
  pages: ReadonlyMap<string, ReadonlySet<string> | null>;
  /** Routes whose pages cannot be listed ahead, e.g. "/quiz/score/[n]/": any value of a segment in brackets matches. */
  patterns?: readonly string[];
}

/** A content link written in a field (`guide:six-strategies#5-create-rituals`). */
export interface FieldLink {
  /** The file (and entry) it is written in. */
  at: string;
  field: string;
  link: string;
}

/** An MDX file whose Markdown links are checked. */
export interface BodySource {
  /** The file, e.g. "content/tips/01-x.mdx". */
  at: string;
  /** URL of the page the body renders on, for relative links. */
  url: string;
  body: string;
}

/** Where a link's destination is written: the body offset of the link, definition or tag. */
interface Destination {
  url: string;
  at: number;
}

/**
 * Link destinations of an MDX tree: Markdown links and images, then link
 * definitions (`[a]: x`), then `href` attributes whose value is known before
 * the page runs. Code is code: nothing in it is a link.
 */
function destinations(tree: Root): Destination[] {
  const links: Destination[] = [];
  const definitions: Destination[] = [];
  walk(tree, (node) => {
    if (node.type === 'link' || node.type === 'image') links.push({ url: node.url, at: startOf(node) });
    else if (node.type === 'definition') definitions.push({ url: node.url, at: startOf(node) });
  });
  const hrefs = jsxElements(tree).flatMap((element) => {
    const href = staticValue(attribute(element, 'href'));
    return typeof href === 'string' ? [{ url: href, at: startOf(element) }] : [];
  });
  return [...links, ...definitions, ...hrefs];
}

/** Link destinations of Markdown links (`[a](x)`, `[a]: x`) and `href` attributes in an MDX body. */
export function linkDestinations(body: string): string[] {
  const tree = tryParseMdx(body);
  return tree ? destinations(tree).map((d) => d.url) : [];
}

/** Whether a URL path is served by one of the route patterns. */
function matchesPattern(path: string, pattern: string): boolean {
  const re = new RegExp(
    '^' +
      pattern
        .split(/\[[^\]]+\]/)
        .map((part) => part.replace(/[.*+?^${}()|\\]/g, '\\$&'))
        .join('[^/]+') +
      '$',
  );
  return re.test(path);
}

/** Up to two ids that share the most words with a mistyped anchor, best first. */
function closestIds(anchor: string, ids: ReadonlySet<string>): string[] {
  const words = new Set(anchor.split('-').filter((w) => w.length > 2));
  return [...ids]
    .map((id) => ({ id, score: id.split('-').filter((w) => words.has(w)).length }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .map((c) => c.id);
}

/** Problem with a page-and-anchor target, or undefined when it exists. */
function targetProblem(path: string, anchor: string | undefined, targets: LinkTargets): string | undefined {
  const page = targets.pages.get(path);
  if (page === undefined) {
    if (!targets.patterns?.some((p) => matchesPattern(path, p))) return `no page is built at ${path}`;
    return anchor ? `the anchor "#${anchor}" cannot be checked on ${path}; link to the page without it` : undefined;
  }
  if (!anchor) return undefined;
  if (page === null)
    return `the anchor "#${anchor}" cannot be checked on ${path}; link to a heading of a guide section or tip, or to the page without it`;
  if (!page.has(decodeURIComponent(anchor))) {
    const near = closestIds(anchor, page);
    return `${path} has no heading with the id "${anchor}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''}`;
  }
  return undefined;
}

/**
 * Checks the `#anchor` of every `guide:x#y` field link and every internal
 * link in an MDX body against the pages and heading ids that exist.
 * Whether `guide:x` names a real section is content-rules.ts's job.
 */
export function checkLinkTargets(fieldLinks: readonly FieldLink[], bodies: readonly BodySource[], targets: LinkTargets): string[] {
  const problems: string[] = [];
  for (const { at, field, link } of fieldLinks) {
    const parsed = parseContentLink(link);
    if (parsed?.kind !== 'guide' || !parsed.anchor) continue;
    const path = guideHref(parsed.slug);
    if (!targets.pages.has(path)) continue;
    const problem = targetProblem(path, parsed.anchor, targets);
    if (problem) problems.push(`${at} → ${field}: "${link}" points nowhere: ${problem}`);
  }
  for (const { at, url, body } of bodies) {
    for (const href of linkDestinations(body)) {
      if (/^(?:tip|guide|reference):/.test(href)) {
        problems.push(
          `${at} → link "${href}": content links work in frontmatter and YAML only; in MDX write the page's path, e.g. "/tips/…/"`,
        );
        continue;
      }
      // Other schemes (https:, mailto:) and protocol-relative URLs leave the site.
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const resolved = new URL(href, `https://site.invalid${url}`);
      const path = resolved.pathname;
      const anchor = resolved.hash ? resolved.hash.slice(1) : undefined;
      const problem =
        !path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)
          ? `the site's URLs end in "/": write "${path}/${resolved.hash}"`
          : targetProblem(path, anchor, targets);
      if (problem) problems.push(`${at} → link "${href}": ${problem}`);
    }
  }
  return problems;
}

/** A short, one-line excerpt of `text` around `index`. */
function excerpt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 10);
  const end = index + Math.max(length, 40);
  const raw = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${raw}${end < text.length ? '…' : ''}`;
}

/** Drops the characters a browser ignores in a URL attribute (the parser has decoded character references). */
function normalizeUrl(url: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop control characters and spaces from a URL, so the check does too.
  return url.replace(/[\u0000-\u0020]/g, '');
}

/** Whether a URL runs script when followed. */
const isJavascriptUrl = (url: string): boolean => normalizeUrl(url).toLowerCase().startsWith('javascript:');

/** An inline event handler's name: `onclick`, `onClick`, `onerror`. */
const isHandlerName = (name: string): boolean => /^on[a-z]+$/i.test(name);

/** Handler names set by a `{...{ onClick: f }}` spread of an object literal. */
function spreadHandlers(code: string): string[] {
  // The braces hold `...expr`; parsed as an object literal, each spread shows what it sets.
  const object = parseExpression(`{${code}}`);
  if (object?.type !== 'ObjectExpression') return [];
  return object.properties.flatMap((p) => {
    if (p.type !== 'SpreadElement' || p.argument.type !== 'ObjectExpression') return [];
    return p.argument.properties.flatMap((q) => {
      if (q.type !== 'Property') return [];
      const key = q.key.type === 'Identifier' ? q.key.name : q.key.type === 'Literal' ? String(q.key.value) : '';
      return isHandlerName(key) ? [key] : [];
    });
  });
}

/**
 * Offset of the whitespace before attribute `name` in the element's opening
 * tag (the parser gives attributes no positions), or the tag's start.
 */
function attributeAt(body: string, element: JsxElement, name: string): number {
  const start = startOf(element);
  const end = openingTagEnd(element);
  for (let i = body.indexOf(name, start); i !== -1 && i < end; i = body.indexOf(name, i + 1)) {
    if (/\s/.test(body[i - 1] ?? '')) return i - 1;
  }
  return start;
}

/** Problems with one JSX element: raw script, handlers, `_blank` without rel, `javascript:` values. */
function elementProblems(body: string, element: JsxElement, report: (what: string, index: number, length: number) => void): void {
  const start = startOf(element);
  const tagLength = openingTagEnd(element) - start;
  if (element.name?.toLowerCase() === 'script') report('raw <script> is not allowed (write a component instead)', start, '<script'.length);
  const handlers = [
    ...namedAttributes(element)
      .map((a) => a.name)
      .filter(isHandlerName),
    ...spreadAttributes(element).flatMap((a) => spreadHandlers(a.value)),
  ];
  for (const name of handlers) report('inline event handlers are not allowed', attributeAt(body, element, name), tagLength);
  const target = staticValue(attribute(element, 'target'));
  if (typeof target === 'string' && target.toLowerCase() === '_blank') {
    const rel = staticValue(attribute(element, 'rel'));
    const tokens = typeof rel === 'string' ? rel.toLowerCase().split(/\s+/) : [];
    if (!tokens.includes('noopener') && !tokens.includes('noreferrer')) {
      report('target="_blank" needs rel="noopener noreferrer"', start, tagLength);
    }
  }
  for (const attr of namedAttributes(element)) {
    if (attributeRunsScript(attr)) report('javascript: URLs are not allowed', start, 20);
  }
}

/** Whether an attribute's value is a `javascript:` URL. */
function attributeRunsScript(attr: JsxAttribute): boolean {
  const known = staticValue(attr);
  if (known !== undefined) return [known].flat().some(isJavascriptUrl);
  // A computed value cannot be known here: refuse code that spells out the scheme.
  return typeof attr.value === 'object' && attr.value !== null && normalizeUrl(attr.value.value).toLowerCase().includes('javascript:');
}

/**
 * MDX that could run script or open a window the page cannot control: a raw
 * `<script>`, an inline event handler, a `javascript:` URL, or
 * `target="_blank"` without `rel="noopener"`/`"noreferrer"`. Each problem
 * names the file and quotes the text. Code (in backticks or fenced) is text
 * and is not checked; neither is prose that merely mentions these.
 */
export function checkMdxSafety(entries: readonly { at: string; body: string }[]): string[] {
  const problems: string[] = [];
  for (const { at, body } of entries) {
    let tree: Root;
    try {
      tree = parseMdx(body);
    } catch (error) {
      problems.push(`${at} → body: not valid MDX: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const report = (what: string, index: number, length: number) =>
      problems.push(`${at} → body: ${what}: "${excerpt(body, index, length)}"`);
    for (const element of jsxElements(tree)) elementProblems(body, element, report);
    walk(tree, (node) => {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isJavascriptUrl(node.url)) {
        report('javascript: URLs are not allowed', startOf(node), 20);
      }
    });
  }
  return problems;
}

/**
 * The URL of each page file under src/pages (paths relative to it):
 * "index.astro" → "/", "guide/[slug].astro" → "/guide/[slug]/",
 * "rss.xml.ts" → "/rss.xml". Error pages and `_`-prefixed files are left out.
 */
export function routesOfPageFiles(files: readonly string[]): string[] {
  return files
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.(astro|md|mdx|ts|js)$/.test(f) && !f.split('/').some((part) => part.startsWith('_')))
    .filter((f) => !/^(404|500)\.[a-z]+$/.test(f))
    .map((f) => {
      if (/\.(ts|js)$/.test(f)) return `/${f.replace(/\.(ts|js)$/, '')}`;
      const path = f.replace(/\.(astro|md|mdx)$/, '').replace(/(^|\/)index$/, '');
      return path ? `/${path}/` : '/';
    })
    .sort();
}
