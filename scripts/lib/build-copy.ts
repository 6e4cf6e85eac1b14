/**
 * A throwaway copy of the project for tests that must run `astro build`:
 * sources copied, node_modules entries linked (so the copy keeps its own
 * `node_modules/.astro` content cache), built with the running Node.
 * The working tree's dist/ and caches are never touched.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

/** Top-level paths that are outputs, caches or tooling state, never sources. */
const SKIP = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'test-results',
  'playwright-report',
  '.tmp',
  'reports',
  '.stryker-tmp',
  join('bench', 'tmp'),
]);

/** Copies the project at `root` into a new temporary folder; returns its path. */
export function copyProject(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'kindred-build-'));
  cpSync(root, copy, {
    recursive: true,
    filter: (src) => {
      const rel = relative(root, src);
      return !SKIP.has(rel) && !SKIP.has(rel.split(sep)[0] ?? '');
    },
  });
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(root, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  return copy;
}

/** Exit code and combined output of one `astro build` in `dir`. */
export interface BuildResult {
  code: number;
  output: string;
}

/** Runs `astro build` in `dir` with the Node running this process (the project's pinned Node under npm). */
export function astroBuild(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
      { cwd: dir, env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

/** Deletes a copy made by copyProject. */
export const removeCopy = (dir: string): void => rmSync(dir, { recursive: true, force: true });
