/**
 * The slug of a content file: its name without folders, extension and the
 * `NN-` ordering prefix, e.g. `content/tips/03-respect-boundaries.mdx` →
 * `respect-boundaries`.
 */
export function slugFromFileName(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.[^.]+$/, '').replace(/^\d+-/, '');
}
