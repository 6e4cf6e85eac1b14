/**
 * Tiny built sites for testing the gates over dist/: valid pages of every
 * type the budget knows, which a test then breaks one way at a time.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files of a fixture, by path relative to dist/ (e.g. "guide/index.html"). */
export type DistFiles = Record<string, string>;

/** The inline theme script every page carries (BaseLayout.astro). */
export const themeScript = (key = 'kindred:theme') =>
  `<script data-key="${key}">document.documentElement.dataset.theme=localStorage.getItem("${key}")||"light"</script>`;

/** A valid page: `head` goes in <head> after the theme script, `body` in <main>. */
export function page(title: string, { head = '', body = '' }: { head?: string; body?: string } = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${themeScript()}${head}</head><body><main><h1>${title}</h1>${body}<p><a href="/">Home</a></p></main></body></html>`;
}

/** Text that gzip cannot shrink: `bytes` of it compress to about `bytes` × 0.76. */
export const incompressible = (bytes: number): string =>
  randomBytes(Math.ceil((bytes * 3) / 4))
    .toString('base64')
    .slice(0, bytes);

/** A JavaScript module of about `gzipBytes` gzip bytes. */
export const moduleOfSize = (gzipBytes: number, code = ''): string =>
  `${code}export const padding="${incompressible(Math.ceil(gzipBytes / 0.76))}";`;

/** One page of every type the budget must see, each loading the shared 1 KB header script. */
export function validSite(): DistFiles {
  const header = '<script type="module" src="/_astro/header.js"></script>';
  const pages: DistFiles = {
    'index.html': page('Home', { head: header }),
    'guide/index.html': page('Guide', { head: header }),
    'guide/introduction/index.html': page('Introduction', { head: header }),
    'guide/all/index.html': page('The whole guide', { head: header }),
    'tips/index.html': page('Tips', { head: header }),
    'tips/theme/empathy/index.html': page('Empathy', { head: header }),
    'tips/show-empathy/index.html': page('Show empathy', { head: header }),
    'quiz/index.html': page('Quiz', { head: header }),
    'checklist/index.html': page('Checklist', { head: header }),
    'check-in/index.html': page('Check in', { head: header }),
    'search/index.html': page('Search', { head: header }),
    'words/index.html': page('Words to send', { head: header }),
    '404.html': page('Not found', { head: header }),
  };
  return {
    ...pages,
    '_astro/header.js': moduleOfSize(1024, 'import"./consts.js";'),
    '_astro/consts.js': 'export const KEY="kindred:theme";',
  };
}

/** Writes a fixture to a new temporary folder and returns the path of its dist/. */
export function writeDist(files: DistFiles): string {
  const dist = join(mkdtempSync(join(tmpdir(), 'kindred-dist-')), 'dist');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

/** Deletes a fixture written by writeDist. */
export const removeDist = (dist: string): void => rmSync(dirname(dist), { recursive: true, force: true });

/** Runs a gate script (`scripts/<name>.ts`) on a dist folder; its exit code and output. */
export function runGate(script: string, dist: string): { code: number; output: string } {
  const result = spawnSync(process.execPath, [script, '--dist', dist], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}
