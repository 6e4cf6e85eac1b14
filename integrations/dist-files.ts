/** Reading the built site: the thin file-system part of the post-build steps. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Every file under `dist`, as sorted posix paths relative to it. */
export function listDist(dist: string): string[] {
  const root = dist.split('\\').join('/').replace(/\/$/, '');
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => posix.relative(root, join(e.parentPath, e.name).split('\\').join('/')))
    .sort();
}

/** Rewrites every HTML page under `dist` with `transform(html, file)`; returns the number of pages. */
export function rewritePages(dist: string, transform: (html: string, file: string) => string): number {
  const pages = listDist(dist).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const path = join(dist, page);
    writeFileSync(path, transform(readFileSync(path, 'utf8'), page));
  }
  return pages.length;
}
