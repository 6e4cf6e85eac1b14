/**
 * Reads the built site in dist/: which pages exist, and what each one makes
 * the browser download at load (inline and external scripts with their
 * static imports, inline and linked styles). Shared by the budget check and
 * the benchmarks. Sizes, never timings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size in bytes (level 9, what a static host typically serves). */
export const gzipBytes = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** Every .html file under dir, as paths relative to it (posix separators). */
export function listHtmlPages(dist: string): string[] {
  return listFiles(dist).filter((f) => f.endsWith('.html'));
}

/** Every file under dir, as paths relative to it (posix separators), sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => posix.relative(dir.split('\\').join('/'), join(e.parentPath, e.name).split('\\').join('/')))
    .sort();
}

/** The URL path a page is served at: "guide/faqs/index.html" → "/guide/faqs/". */
export const routeOf = (page: string): string =>
  '/' + page.replace(/index\.html$/, '').replace(/\.html$/, '/');

/** What one page loads up front. */
export interface PageLoad {
  html: string;
  inlineScripts: string[];
  /** Script files (site-absolute paths) loaded at start, including static imports. */
  scriptFiles: string[];
  /** Script files loaded only when a client:visible island scrolls into view. */
  deferredScriptFiles: string[];
  styleFiles: string[];
}

/** Static `import … from "x"` / `import "x"` specifiers in a bundled module. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;\s}])import\s*(?:[\w$*{},\s]+?from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(pattern)) if (m[1]) found.push(m[1]);
  return found;
}

/** Scripts and styles a page loads before any interaction. */
export function pageLoad(dist: string, page: string): PageLoad {
  const html = readFileSync(join(dist, page), 'utf8');
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[0]))
    .map((m) => m[1] ?? '');
  const styleFiles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  const islandUrls = (tag: string) =>
    [...tag.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1] ?? '');
  // client:visible islands fetch their code only when scrolled into view; every other island loads at start-up.
  const isDeferred = (tag: string) => /\bclient="visible"/.test(tag);
  const eager = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...islands.filter((t) => !isDeferred(t)).flatMap(islandUrls),
  ];
  const scriptFiles = withStaticImports(dist, eager);
  const deferredScriptFiles = withStaticImports(dist, islands.filter(isDeferred).flatMap(islandUrls)).filter(
    (f) => !scriptFiles.includes(f),
  );
  return { html, inlineScripts, scriptFiles, deferredScriptFiles, styleFiles };
}

/** The given script files plus everything they import statically. */
function withStaticImports(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.filter((src) => src.startsWith('/'));
  while (queue.length) {
    const src = queue.shift() as string;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    for (const spec of staticImports(code)) {
      if (spec.startsWith('.')) queue.push(posix.join(posix.dirname(src), spec));
      else if (spec.startsWith('/')) queue.push(spec);
    }
  }
  return [...seen];
}

/** Gzip bytes of files in dist (site-absolute paths). */
export const fileBytes = (dist: string, files: readonly string[]): number =>
  files.reduce((sum, f) => sum + gzipBytes(readFileSync(join(dist, f))), 0);

/** Gzip bytes of all JavaScript a page loads at start: inline scripts plus files. */
export function scriptBytes(dist: string, load: PageLoad): number {
  return load.inlineScripts.reduce((sum, s) => sum + gzipBytes(s), 0) + fileBytes(dist, load.scriptFiles);
}

/** Gzip bytes of a page's HTML document plus its linked stylesheets (inline CSS is in the HTML). */
export function htmlCssBytes(dist: string, load: PageLoad): number {
  return gzipBytes(load.html) + fileBytes(dist, load.styleFiles);
}
