/**
 * Serves a built dist/ the way Netlify and Cloudflare Pages do, headers
 * included: `astro preview` ignores dist/_headers, so no test saw the site
 * under the header CSP before. Every `_headers` rule whose path matches the
 * request applies, a header given twice is joined with ", " (the rules and
 * their reading are integrations/cache-rules.ts, the same code that checks
 * the file at build time), `/x/` serves `x/index.html`, `/x` redirects to
 * `/x/` when that is a folder, and an unknown path gets 404.html with status
 * 404. Nothing else is added: no Cache-Control of the host's own (HTML gets
 * "the host default", which differs between hosts), no compression.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { headersAt, parseHeaders } from '../../integrations/cache-rules.ts';

/** Content types by extension, as the hosts send them for the files the site builds. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.epub': 'application/epub+zip',
  '.woff2': 'font/woff2',
};

/** A file's content type; Pagefind's own files (`.pagefind`, `.pf_*`) and anything unknown are bytes. */
export const contentTypeOf = (file: string): string => TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** What the host answers for a request path: a file to send (with its status) or a redirect. */
export type Resolution = { kind: 'file'; file: string; status: 200 | 404 } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** How a request path maps onto dist/ (pretty URLs, as both hosts serve them). */
export function resolvePath(dist: string, urlPath: string): Resolution {
  const isFile = (rel: string) => {
    const full = join(dist, rel);
    return existsSync(full) && statSync(full).isFile();
  };
  // Never outside dist/.
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  if (rel.split(sep).includes('..') || rel.startsWith('_headers') || rel.startsWith('_redirects')) return notFound(dist);
  if (urlPath.endsWith('/')) {
    if (isFile(join(rel, 'index.html'))) return { kind: 'file', file: join(rel, 'index.html'), status: 200 };
  } else if (isFile(rel)) {
    return { kind: 'file', file: rel, status: 200 };
  } else if (isFile(join(rel, 'index.html'))) {
    return { kind: 'redirect', location: `${urlPath}/` };
  } else if (isFile(`${rel}.html`)) {
    return { kind: 'file', file: `${rel}.html`, status: 200 };
  }
  return notFound(dist);
}

const notFound = (dist: string): Resolution =>
  existsSync(join(dist, '404.html')) ? { kind: 'file', file: '404.html', status: 404 } : { kind: 'missing' };

/** A running host: its base URL and how to stop it (open connections included, so the site really goes down). */
export interface RunningHost {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** Serves `dist` on `port` (0: any free port), applying `dist/_headers` (read once, at start). */
export function startStaticHost(dist = 'dist', port = 0, host = '127.0.0.1'): Promise<RunningHost> {
  const headersFile = join(dist, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const applyRules = (res: ServerResponse, urlPath: string) => {
    for (const [name, values] of headersAt(rules, urlPath)) res.setHeader(name, values.join(', '));
  };
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://host').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let found: Resolution;
    try {
      found = resolvePath(dist, urlPath);
    } catch {
      found = notFound(dist); // a malformed escape in the path
    }
    applyRules(res, urlPath);
    if (found.kind === 'redirect') {
      res.writeHead(301, { location: found.location }).end();
      return;
    }
    if (found.kind === 'missing') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const full = join(dist, found.file);
    res.writeHead(found.status, { 'content-type': contentTypeOf(found.file), 'content-length': statSync(full).size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(full).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${bound}`,
        port: bound,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
