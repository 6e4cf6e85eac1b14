/**
 * Reads the built site in dist/: which pages exist, and what each one makes
 * the browser download: at load (inline and external scripts with their
 * static imports and re-exports, modulepreloads, islands that hydrate at
 * load, inline and linked styles), on scroll (client:visible islands) and on
 * demand (dynamic `import()`). Reads HTML with a real parser and modules with
 * es-module-lexer, so quoting style, attribute order and minification don't
 * matter. Shared by the budget check and the benchmarks. Sizes, never timings.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findAll, getAttributeValue, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { initSync, parse } from 'es-module-lexer';
import { parseDocument } from 'htmlparser2';
import { listDist } from '../../integrations/dist-files.ts';

// The lexer is WebAssembly; compiled once, synchronously, so every reader here stays synchronous.
initSync();

/** Gzip size in bytes (level 9, what a static host typically serves). */
export const gzipBytes = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** Every .html file under dist, as paths relative to it (posix separators), sorted. */
export function listHtmlPages(dist: string): string[] {
  return listDist(dist).filter((f) => f.endsWith('.html'));
}

/** The URL path a page is served at: "guide/faqs/index.html" → "/guide/faqs/", "404.html" → "/404/". */
export const routeOf = (page: string): string => '/' + page.replace(/index\.html$/, '').replace(/\.html$/, '/');

/** What one page makes the browser download: at load, on scroll, and on demand. */
export interface PageLoad {
  html: string;
  /** Inline scripts (not JSON data blocks), in document order. */
  inlineScripts: string[];
  /** Script files (site-absolute paths) loaded at start, with everything they import statically. */
  scriptFiles: string[];
  /** Script files loaded only when a client:visible island scrolls into view (not already loaded at start). */
  deferredScriptFiles: string[];
  /**
   * Script files loaded only when code calls `import()` (a reader opens
   * search, exports progress…), with their static imports: every file
   * reachable through a dynamic import that is not already in the two lists above.
   */
  onDemandScriptFiles: string[];
  styleFiles: string[];
}

/**
 * Module specifiers a script imports, read by es-module-lexer: statically
 * (`import … from`, `import "x"`, `export … from`) or with a literal `import("x")`
 * (a computed specifier cannot be followed). `where` names the script in a
 * parse error.
 */
export function moduleImports(code: string, where = 'script'): { static: string[]; dynamic: string[] } {
  const found = { static: [] as string[], dynamic: [] as string[] };
  let imports: ReturnType<typeof parse>[0];
  try {
    [imports] = parse(code);
  } catch (error) {
    throw new Error(`${where}: es-module-lexer could not read it (${(error as Error).message})`, { cause: error });
  }
  for (const i of imports) {
    // d: -1 a static import or re-export, -2 import.meta, ≥ 0 a dynamic import() (n undefined when computed).
    if (i.n === undefined || i.d === -2) continue;
    (i.d === -1 ? found.static : found.dynamic).push(i.n);
  }
  return found;
}

const elementsOf = (html: string): Element[] => findAll(() => true, parseDocument(html).children);
const attr = (el: Element, name: string): string | undefined => getAttributeValue(el, name);

/** Scripts and styles a page loads: at start, on scroll (client:visible islands) and on demand (dynamic imports). */
export function pageLoad(dist: string, page: string): PageLoad {
  const html = readFileSync(join(dist, page), 'utf8');
  const elements = elementsOf(html);
  const scripts = elements.filter((el) => el.name === 'script');
  const inlineScripts = scripts
    .filter((el) => attr(el, 'src') === undefined && !/^application\/(?:ld\+)?json$/i.test(attr(el, 'type') ?? ''))
    .map((el) => textContent(el));
  const rels = (el: Element) => (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
  const links = elements.filter((el) => el.name === 'link');
  const styleFiles = links.filter((el) => rels(el).includes('stylesheet')).map((el) => attr(el, 'href') ?? '');
  const islands = elements.filter((el) => el.name === 'astro-island');
  const islandUrls = (el: Element) => ['component-url', 'renderer-url', 'before-hydration-url'].flatMap((a) => attr(el, a) ?? []);
  // An island's component-url and renderer-url modules load at start-up for client:load, client:only
  // and client:idle (idle comes within moments of load, so it is budgeted as load), and client:media
  // (its query may match at load); client:visible islands fetch theirs only when scrolled into view.
  // Astro's island runtime itself is an inline script, counted with inlineScripts.
  const isDeferred = (el: Element) => attr(el, 'client') === 'visible';
  const inlineImports = inlineScripts.map((code, i) => moduleImports(code, `${page}: inline script ${i + 1}`));
  const eager = [
    ...scripts.flatMap((el) => attr(el, 'src') ?? []),
    ...links.filter((el) => rels(el).includes('modulepreload')).map((el) => attr(el, 'href') ?? ''),
    ...islands.filter((el) => !isDeferred(el)).flatMap(islandUrls),
    ...inlineImports.flatMap((i) => i.static),
  ];
  const atLoad = moduleGraph(dist, eager);
  const scriptFiles = [...atLoad.files];
  const onScroll = moduleGraph(dist, islands.filter(isDeferred).flatMap(islandUrls));
  const deferredScriptFiles = [...onScroll.files].filter((f) => !atLoad.files.has(f));
  const onDemand = moduleGraph(dist, [...atLoad.dynamic, ...onScroll.dynamic, ...inlineImports.flatMap((i) => i.dynamic)], true);
  const onDemandScriptFiles = [...onDemand.files].filter((f) => !atLoad.files.has(f) && !onScroll.files.has(f));
  return { html, inlineScripts, scriptFiles, deferredScriptFiles, onDemandScriptFiles, styleFiles };
}

/** Site-absolute path of a specifier imported from `from` (a file path, or undefined for the page itself); undefined for bare or remote ones. */
function resolveSpecifier(spec: string, from: string | undefined): string | undefined {
  if (spec.startsWith('/')) return spec.split(/[?#]/)[0];
  if (spec.startsWith('.') && from) return posix.join(posix.dirname(from), spec).split(/[?#]/)[0];
  return undefined;
}

/**
 * The files reachable from `entries` through static imports (and, with
 * `followDynamic`, through `import()` too), plus the dynamic imports met on
 * the way, for the caller to follow separately.
 */
function moduleGraph(dist: string, entries: string[], followDynamic = false): { files: Set<string>; dynamic: string[] } {
  const files = new Set<string>();
  const dynamic: string[] = [];
  const queue = entries.flatMap((src) => resolveSpecifier(src, undefined) ?? []);
  while (queue.length) {
    const src = queue.shift() as string;
    if (files.has(src)) continue;
    files.add(src);
    const imports = moduleImports(readFileSync(join(dist, src), 'utf8'), src);
    const resolve = (spec: string) => resolveSpecifier(spec, src) ?? [];
    queue.push(...imports.static.flatMap(resolve));
    if (followDynamic) queue.push(...imports.dynamic.flatMap(resolve));
    else dynamic.push(...imports.dynamic.flatMap(resolve));
  }
  return { files, dynamic };
}

/** Gzip bytes of files in dist (site-absolute paths). */
export const fileBytes = (dist: string, files: readonly string[]): number =>
  files.reduce((sum, f) => sum + gzipBytes(readFileSync(join(dist, f))), 0);

/** Gzip bytes of all JavaScript a page loads at start: inline scripts plus files. */
export function scriptBytes(dist: string, load: PageLoad): number {
  return load.inlineScripts.reduce((sum, s) => sum + gzipBytes(s), 0) + fileBytes(dist, load.scriptFiles);
}

/** Gzip bytes of a page's HTML document (inline styles included) plus each stylesheet it links, gzipped one by one. */
export function htmlCssBytes(dist: string, load: PageLoad): number {
  return gzipBytes(load.html) + fileBytes(dist, load.styleFiles);
}
