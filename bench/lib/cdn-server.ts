/**
 * Serves a built site the way a CDN in front of a static host does, for the
 * reading visit (./visit.ts): gzip for text, hashed `/_astro/` files cached
 * for a year (`immutable`), every other file revalidated with an ETag (304
 * when unchanged). Kindred and the Starlight peer get the same rules, so the
 * browser's HTTP cache works the same way for both. Astro's preview server
 * can't stand in: it sends `Cache-Control: no-cache` for every file, so every
 * later page would revalidate every script and stylesheet.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeOf } from '../../scripts/lib/static-host.ts';

/** What a CDN sends for a hashed build file: cached a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** What it sends for everything else (pages, favicon, Pagefind's index): revalidated on every use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Cache-Control for a site path: Astro puts every content-hashed file in /_astro/. */
export const cacheControlFor = (path: string): string => (path.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE);

/** Types a CDN compresses (images, fonts and Pagefind's already-compressed index are sent as they are). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.svg', '.xml', '.txt', '.wasm']);

/** The file a site path is served from (`/tips/` → tips/index.html), or undefined when there is none. */
export function fileFor(root: string, path: string): string | undefined {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) return undefined;
  for (const candidate of [file, join(file, 'index.html')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/** A running server: its base URL and how to stop it. */
export interface RunningCdn {
  url: string;
  stop: () => Promise<void>;
}

/** Serves `dist` on 127.0.0.1 (any free port). */
export async function startCdn(dist: string): Promise<RunningCdn> {
  // Bodies are compressed once per file, as a CDN keeps them at the edge.
  const bodies = new Map<string, { raw: Buffer; gzip: Buffer | undefined; etag: string }>();
  const body = (file: string) => {
    let b = bodies.get(file);
    if (!b) {
      const raw = readFileSync(file);
      b = {
        raw,
        gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(raw, { level: 6 }) : undefined,
        etag: `"${createHash('sha1').update(raw).digest('base64url')}"`,
      };
      bodies.set(file, b);
    }
    return b;
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://cdn.invalid').pathname;
    const file = fileFor(dist, path) ?? fileFor(dist, '/404.html');
    if (!file) return void res.writeHead(404).end();
    const found = file !== fileFor(dist, '/404.html') || path === '/404.html';
    const b = body(file);
    const gzip = b.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const headers: Record<string, string> = {
      'content-type': contentTypeOf(file),
      'cache-control': found ? cacheControlFor(path) : 'no-store',
      etag: b.etag,
      vary: 'Accept-Encoding',
    };
    if (found && req.headers['if-none-match'] === b.etag) return void res.writeHead(304, headers).end();
    const out = gzip ? (b.gzip as Buffer) : b.raw;
    res.writeHead(found ? 200 : 404, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(out.length) });
    res.end(req.method === 'HEAD' ? undefined : out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      // The browser's keep-alive connections would hold close() open.
      server.closeAllConnections();
      return closed;
    },
  };
}
