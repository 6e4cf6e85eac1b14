/**
 * The list behind "Save for offline" (`dist/offline-files.json`): every page,
 * the assets pages use and the search index, with sizes, and a build id that
 * changes whenever any of them changes. Written after Pagefind, so the index
 * is in it. The pure part (which files, the id) is separate from reading dist/.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfflineFile, OfflineList } from '../src/lib/offline/offline.ts';
import { listDist } from './dist-files.ts';

/** Where the list is written, relative to dist/. */
export const OFFLINE_LIST_FILE = 'offline-files.json';

/**
 * Files a reader never needs offline: share images and sitemaps are for other
 * sites, the 404 page is replaced by the offline page, the host reads
 * `_headers`, the worker and this list fetch themselves, and Pagefind's
 * ready-made UIs are not used by Kindred (it has its own).
 */
const LEFT_OUT: readonly RegExp[] = [
  /^og\//,
  /^sitemap[^/]*\.xml$/,
  /^robots\.txt$/,
  /^_headers$/,
  /^_redirects$/,
  /^404\.html$/,
  /^sw\.js$/,
  new RegExp(`^${OFFLINE_LIST_FILE.replace('.', '\\.')}$`),
  /^pagefind\/pagefind-(component-ui|modular-ui|ui)\.(js|css)$/,
  /\.map$/,
];

/** The URL a file is fetched by: a page by its route ("guide/x/index.html" → "/guide/x/"). */
export function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Which of dist/'s files (posix paths relative to it, with sizes) go into the list, pages first. */
export function offlineFiles(files: readonly { path: string; size: number }[]): OfflineFile[] {
  const kept = files.filter((f) => !LEFT_OUT.some((re) => re.test(f.path)));
  const isPage = (p: string) => p.endsWith('.html');
  return [...kept.filter((f) => isPage(f.path)), ...kept.filter((f) => !isPage(f.path))].map((f) => ({ url: urlOf(f.path), size: f.size }));
}

/** A build id from each listed file's URL and content hash: the same files, the same id. */
export function buildId(entries: readonly { url: string; hash: string }[]): string {
  const h = createHash('sha256');
  for (const e of [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) h.update(`${e.url}\0${e.hash}\n`);
  return h.digest('hex').slice(0, 16);
}

/** Assembles the list. */
export function offlineList(files: readonly OfflineFile[], build: string): OfflineList {
  return {
    build,
    total: files.reduce((sum, f) => sum + f.size, 0),
    pages: files.filter((f) => f.url.endsWith('/')).length,
    files: [...files],
  };
}

/** Writes `dist/offline-files.json`; returns the list. */
export function writeOfflineList(dist: string): OfflineList {
  const sized = listDist(dist).map((path) => ({ path, size: statSync(join(dist, path)).size }));
  const files = offlineFiles(sized);
  const byUrl = new Map(sized.map((f) => [urlOf(f.path), f.path]));
  const hashes = files.map((f) => ({
    url: f.url,
    hash: createHash('sha256')
      .update(readFileSync(join(dist, byUrl.get(f.url)!)))
      .digest('hex'),
  }));
  const list = offlineList(files, buildId(hashes));
  writeFileSync(join(dist, OFFLINE_LIST_FILE), JSON.stringify(list));
  return list;
}
