/**
 * Structure checks over a built site: every internal link and asset
 * resolves, every #fragment exists on its page, and nothing is loaded from
 * another origin. Pure over the HTML text; the caller reads the files.
 */
import { posix } from 'node:path';

/** A built page: its URL path and its HTML. */
export interface BuiltPage {
  route: string;
  html: string;
}

/** The id and name attributes a page defines (fragment targets). */
export function anchorsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/** href and src values, with the tag they sit on. */
function references(html: string): { tag: string; attr: string; value: string; rel: string }[] {
  const out: { tag: string; attr: string; value: string; rel: string }[] = [];
  for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const name = (tag[1] ?? '').toLowerCase();
    const attrs = tag[2] ?? '';
    const rel = /\srel="([^"]*)"/.exec(attrs)?.[1] ?? '';
    for (const a of attrs.matchAll(/\s(href|src|action|component-url|renderer-url)="([^"]*)"/g)) {
      out.push({ tag: name, attr: a[1] ?? '', value: (a[2] ?? '').replace(/&amp;/g, '&'), rel });
    }
  }
  return out;
}

/**
 * Problems with links on a page: internal targets that don't exist, missing
 * fragments, and resources (not links to follow) from another origin.
 */
export function checkPageLinks(page: BuiltPage, routes: ReadonlyMap<string, Set<string>>, files: ReadonlySet<string>, siteOrigin: string): string[] {
  const problems: string[] = [];
  for (const ref of references(page.html)) {
    const { tag, attr, value, rel } = ref;
    if (/^(mailto|tel|data|blob|javascript):/i.test(value)) continue;
    const url = new URL(value, siteOrigin + page.route);
    const isNavigation = tag === 'a' || (tag === 'link' && /\b(canonical|alternate)\b/.test(rel)) || tag === 'form';
    if (url.origin !== siteOrigin) {
      if (!isNavigation) problems.push(`${page.route}: <${tag} ${attr}="${value}"> loads from another origin`);
      continue;
    }
    const path = decodeURIComponent(url.pathname);
    const route = path.endsWith('/') ? path : null;
    const exists = route ? routes.has(route) : files.has(path) || routes.has(`${path}/`);
    if (!exists) {
      problems.push(`${page.route}: <${tag} ${attr}="${value}"> points to ${path}, which is not in the build`);
      continue;
    }
    if (url.hash && route) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!routes.get(route)?.has(id)) problems.push(`${page.route}: <${tag} ${attr}="${value}"> has no #${id} on ${route}`);
    }
  }
  for (const css of page.html.matchAll(/url\(\s*["']?(https?:)?\/\/([^"')]+)/g)) {
    problems.push(`${page.route}: CSS loads url(//${css[2]}) from another origin`);
  }
  return problems;
}

/** The posix path of a file in dist relative to its root, as a URL path. */
export const filePathToUrl = (relative: string) => posix.join('/', relative.split('\\').join('/'));
