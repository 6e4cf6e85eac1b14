/**
 * Writes the site's Content-Security-Policy into dist/_headers: the policy
 * every page carries in its <meta> tag, with the script and style hashes of
 * all pages merged (one header serves every page), plus frame-ancestors,
 * which browsers ignore in a <meta> tag.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlPages } from './lib/dist-pages.ts';

const DIST = 'dist';
const directives = new Map<string, Set<string>>();

for (const page of listHtmlPages(DIST)) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  if (!meta?.[1]) throw new Error(`${page} has no CSP <meta> tag; is security.csp on in astro.config.mjs?`);
  for (const part of meta[1].split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const set = directives.get(name) ?? new Set<string>();
    sources.forEach((s) => set.add(s));
    directives.set(name, set);
  }
}
directives.set('frame-ancestors', new Set(["'none'"]));

const policy = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
const file = join(DIST, '_headers');
const template = readFileSync(file, 'utf8');
const placeholder = 'Content-Security-Policy: @CSP@';
if (!template.includes(placeholder)) throw new Error(`dist/_headers has no "${placeholder}" line to fill`);
writeFileSync(file, template.replace(placeholder, `Content-Security-Policy: ${policy}`));
console.log(`Wrote the Content-Security-Policy header to ${file} (${directives.size} directives).`);
