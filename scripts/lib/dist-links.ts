/**
 * Structure checks over a built site: every internal link and asset
 * resolves, every #fragment exists on its page, and nothing is loaded from
 * another origin. Reads HTML with a real parser (htmlparser2), so quoting
 * style, `srcset` and attribute order don't matter. Pure over the HTML text;
 * the caller reads the files.
 */
import { posix } from 'node:path';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/** A built page: its URL path and its HTML. */
export interface BuiltPage {
  route: string;
  html: string;
}

/** Attributes that hold a URL the browser follows or loads. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'component-url', 'renderer-url', 'before-hydration-url'];

const elements = (html: string): Element[] => findAll(() => true, parseDocument(html).children);

/** The ids a page defines (fragment targets), plus `name` on <a> (the legacy anchor). */
export function anchorsOf(html: string): Set<string> {
  const out = new Set<string>();
  for (const el of elements(html)) {
    const id = getAttributeValue(el, 'id');
    if (id) out.add(id);
    const name = el.name === 'a' ? getAttributeValue(el, 'name') : undefined;
    if (name) out.add(name);
  }
  return out;
}

/** URL-valued attributes with the tag they sit on; `srcset` gives one entry per candidate. */
function references(html: string): { tag: string; attr: string; value: string; rel: string }[] {
  const out: { tag: string; attr: string; value: string; rel: string }[] = [];
  for (const el of elements(html)) {
    const rel = getAttributeValue(el, 'rel') ?? '';
    for (const attr of URL_ATTRIBUTES) {
      const value = getAttributeValue(el, attr);
      if (value !== undefined) out.push({ tag: el.name, attr, value: value.trim(), rel });
    }
    for (const attr of ['srcset', 'imagesrcset']) {
      for (const candidate of (getAttributeValue(el, attr) ?? '').split(',')) {
        const value = candidate.trim().split(/\s+/)[0];
        if (value) out.push({ tag: el.name, attr, value, rel });
      }
    }
  }
  return out;
}

/** CSS in <style> elements and style="" attributes, for url(…) checks. */
function inlineCss(html: string): string {
  return elements(html)
    .map((el) => (el.name === 'style' ? textContent(el) : (getAttributeValue(el, 'style') ?? '')))
    .join('\n');
}

/**
 * Problems with links on a page: internal targets that don't exist, missing
 * fragments, and resources (not links to follow) from another origin,
 * including protocol-relative `//host/…` URLs.
 */
export function checkPageLinks(
  page: BuiltPage,
  routes: ReadonlyMap<string, Set<string>>,
  files: ReadonlySet<string>,
  siteOrigin: string,
): string[] {
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
    // "#:~:text=" is a text fragment, not an element id.
    const id = decodeURIComponent(url.hash.slice(1)).split(':~:')[0] ?? '';
    if (id && route && !routes.get(route)?.has(id)) problems.push(`${page.route}: <${tag} ${attr}="${value}"> has no #${id} on ${route}`);
  }
  for (const css of inlineCss(page.html).matchAll(/url\(\s*["']?(?:https?:)?\/\/([^"')]+)/g)) {
    problems.push(`${page.route}: CSS loads url(//${css[1]}) from another origin`);
  }
  return problems;
}

/** The posix path of a file in dist relative to its root, as a URL path. */
export const filePathToUrl = (relative: string) => posix.join('/', relative.split('\\').join('/'));
