/**
 * The site's inline scripts, minified, and their CSP hashes. Astro does not
 * hash `is:inline` scripts, so astro.config.mjs adds these hashes to the
 * policy and the components inline exactly the same text.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

// From the project root: this module also runs from Astro's build output, where import.meta.url moves.
const read = (name: string) => readFileSync(join(process.cwd(), 'src', 'scripts', name), 'utf8');

/** Minifies a script for inlining. */
export function minifyInlineScript(source: string): string {
  return transformSync(source, { minify: true }).code.trim();
}

/** CSP source expression for an inline script: 'sha256-…' without quotes. */
export function cspHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/** Every page: saved theme before first paint, theme toggle. */
export const pageInitScript = () => minifyInlineScript(read('page-init.js'));

/** Article pages with a table of contents: marks the section in view. */
export const tocSpyScript = () => minifyInlineScript(read('toc-spy.js'));
