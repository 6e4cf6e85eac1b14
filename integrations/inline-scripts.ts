/**
 * The site's inline scripts (`src/scripts/*.ts`: only what must run before
 * first paint), each bundled with what it imports and minified, with its
 * CSP hash. Astro does not hash `is:inline` scripts, so the Kindred
 * integration adds these hashes to the policy and serves the very same text
 * to components through the `virtual:kindred/inline-scripts` module.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

/** One inline script: its file name without extension, minified code and hash. */
export interface InlineScript {
  name: string;
  code: string;
  /** CSP source expression without quotes: `sha256-…`. */
  hash: `sha256-${string}`;
  /** Absolute paths of the files bundled into it (the script and what it imports), for dev's file watcher. */
  inputs: string[];
}

/** CSP source expression for an inline script: `sha256-…` without quotes. */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

/** Bundles (imports included, as one IIFE), minifies and hashes every `*.ts` in a folder, sorted by name. */
export function readInlineScripts(dir: string): InlineScript[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((file) => {
      const out = buildSync({
        entryPoints: [join(dir, file)],
        bundle: true,
        minify: true,
        format: 'iife',
        target: 'es2022',
        write: false,
        metafile: true,
      });
      const code = (out.outputFiles[0]?.text ?? '').trim();
      const inputs = Object.keys(out.metafile.inputs).map((input) => resolve(input));
      return { name: file.replace(/\.ts$/, ''), code, hash: cspHash(code), inputs };
    });
}

/** "reading-size" → "readingSize": the export name of a script. */
const exportName = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Source of the virtual module: `export const <name> = "<code>";` per script. */
export function virtualModuleSource(scripts: readonly InlineScript[]): string {
  return scripts.map((s) => `export const ${exportName(s.name)} = ${JSON.stringify(s.code)};`).join('\n');
}

/** Type declarations of the virtual module, one string export per script. */
export function virtualModuleTypes(id: string, scripts: readonly InlineScript[]): string {
  const exports = scripts.map((s) => `  /** Bundled, minified src/scripts/${s.name}.ts. */\n  export const ${exportName(s.name)}: string;`);
  return `declare module '${id}' {\n${exports.join('\n')}\n}\n`;
}
