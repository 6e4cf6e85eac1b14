/**
 * Astro's glob() and file() loaders, wrapped so that broken content fails the
 * build instead of being skipped:
 *   - file() only logs a YAML syntax error and keeps the entries cached by an
 *     earlier build, so the old content ships; yamlList() parses first and
 *     throws with the file, line and column.
 *   - file() keeps the last of two entries with the same id, and glob() keeps
 *     one of two files whose names give the same slug (`03-x.mdx`,
 *     `07-x.mdx`); both wrappers throw naming both places.
 * A loader that throws fails `astro build` (and `astro sync`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { file, glob, type Loader } from 'astro/loaders';
import { ContentFileError, duplicateSlugs, duplicateYamlIds, parseYamlList } from './content-integrity';
import { slugFromFileName } from './slug';

/** Entries named `NN-<slug>.mdx` get `<slug>` as their id (and URL). */
const idFromPath = ({ entry }: { entry: string }) => slugFromFileName(entry);

/** One MDX file per entry in `folder` (relative to the project, e.g. "content/tips"); refuses two files with the same slug. */
export function mdxFolder(folder: string): Loader {
  const inner = glob({ pattern: '*.mdx', base: `./${folder}`, generateId: idFromPath });
  return {
    // Astro reads the loader's name (e.g. to shape the JSON schemas it writes for editors): keep glob()'s.
    name: inner.name,
    load: async (context) => {
      const dir = fileURLToPath(new URL(`${folder}/`, context.config.root));
      const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx'));
      const problems = duplicateSlugs(folder, files);
      if (problems.length) throw new ContentFileError(problems.join('\n'));
      await inner.load(context);
    },
  };
}

/** A YAML file (relative to the project, e.g. "content/quiz.yaml") holding a list of entries with unique `id`s. */
export function yamlList(path: string): Loader {
  const inner = file(`./${path}`, { parser: (text) => parseYamlList(text, path) });
  return {
    // Astro writes a list-shaped JSON schema for editors only for a loader named like file()'s.
    name: inner.name,
    load: async (context) => {
      const text = await readFile(new URL(path, context.config.root), 'utf8');
      const problems = duplicateYamlIds(parseYamlList(text, path), text, path);
      if (problems.length) throw new ContentFileError(problems.join('\n'));
      await inner.load(context);
    },
  };
}
