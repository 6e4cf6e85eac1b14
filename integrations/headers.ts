/**
 * Writes dist/_headers from public/_headers: fills in the Content-Security-
 * Policy that every page carries in its <meta> tag, with the hashes of all
 * pages merged (one header serves every page), plus frame-ancestors, which
 * browsers ignore in a <meta> tag.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The line in public/_headers that the policy replaces. */
export const CSP_PLACEHOLDER = 'Content-Security-Policy: @CSP@';

/** Merges the CSP <meta> policies of the given pages into one header value. */
export function mergedPolicy(pages: readonly { file: string; html: string }[]): string {
  const directives = new Map<string, Set<string>>();
  for (const { file, html } of pages) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
    if (!meta?.[1]) throw new Error(`${file} has no CSP <meta> tag; is security.csp on in astro.config.mjs?`);
    for (const part of meta[1].split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Fills in dist/_headers; returns the number of CSP directives written. */
export function writeHeaders(dist: string): number {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));
  const policy = mergedPolicy(pages);
  const file = join(dist, '_headers');
  const template = readFileSync(file, 'utf8');
  if (!template.includes(CSP_PLACEHOLDER)) throw new Error(`dist/_headers has no "${CSP_PLACEHOLDER}" line to fill`);
  writeFileSync(file, template.replace(CSP_PLACEHOLDER, `Content-Security-Policy: ${policy}`));
  return policy.split('; ').length;
}
