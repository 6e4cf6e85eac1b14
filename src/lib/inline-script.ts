import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

/**
 * Minifies a script for inlining. astro.config.mjs (for the CSP hash) and
 * BaseLayout (for the page) both call this, so the hash always matches.
 */
export function minifyInlineScript(source: string): string {
  return transformSync(source, { minify: true }).code.trim();
}

/** CSP source expression for an inline script: 'sha256-…' without quotes. */
export function cspHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
