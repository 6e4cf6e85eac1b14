/**
 * One `astro build` of a throwaway copy of the project with a change applied
 * first: for tests that prove the build itself fails (or succeeds) on some
 * content, not only the pure rule behind it. The copy is made by
 * ./build-copy.ts (sources copied, node_modules entries linked, its own
 * content cache) and deleted afterwards unless `keep` is set.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, copyProject, removeCopy, type BuildResult } from './build-copy.ts';

/** A change to the copy before it is built: gets the copy's folder. */
export type ProjectChange = (dir: string) => void;

/** What a scratch build did: the exit code and output, and the copy's folder (gone unless kept). */
export interface ScratchBuild extends BuildResult {
  dir: string;
}

/** Builds a copy of the project at `root` after `change`; deletes the copy unless `keep`. */
export async function scratchBuild(
  change: ProjectChange,
  { root = process.cwd(), env = {}, keep = false }: { root?: string; env?: Record<string, string>; keep?: boolean } = {},
): Promise<ScratchBuild> {
  const dir = copyProject(root);
  try {
    change(dir);
    return { ...(await astroBuild(dir, env)), dir };
  } finally {
    if (!keep) removeCopy(dir);
  }
}

/** A change that edits one file of the copy as text (path relative to the project). */
export const editFile =
  (path: string, edit: (text: string) => string): ProjectChange =>
  (dir) => {
    const file = join(dir, path);
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the change to ${path} changed nothing: has the file changed since the test was written?`);
    writeFileSync(file, after);
  };

/** A change that adds (or replaces) a file in the copy. */
export const addFile =
  (path: string, text: string): ProjectChange =>
  (dir) => {
    writeFileSync(join(dir, path), text);
  };
