import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE } from '../../integrations/cache-rules.ts';
import { DEBIAN_PACKAGES, howToInstall, missingFor } from './engines.ts';
import { contentTypeOf, type RunningHost, resolvePath, startStaticHost } from './static-host.ts';

const HEADERS = `# a comment
/*
  Strict-Transport-Security: max-age=31536000; includeSubDomains
  X-Content-Type-Options: nosniff
/_astro/*
  Cache-Control: ${IMMUTABLE}
/sw.js
  Cache-Control: ${REVALIDATE}
/twice/*
  X-Frame: a
/twice/page/*
  X-Frame: b
`;

let dist: string;
let host: RunningHost;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'static-host-'));
  const files: Record<string, string> = {
    _headers: HEADERS,
    'index.html': '<h1>Home</h1>',
    '404.html': '<h1>Not found</h1>',
    'tips/index.html': '<h1>Tips</h1>',
    'twice/page/index.html': '<h1>Twice</h1>',
    '_astro/app.Bx1yZ2Qa.js': 'export {}',
    'sw.js': 'self',
    'pagefind/wasm.en.pagefind': 'bytes',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  host = await startStaticHost(dist, 0);
});
afterAll(async () => {
  await host.stop();
  rmSync(dist, { recursive: true, force: true });
});

describe('static host', () => {
  it('applies every matching _headers rule, HSTS on every response', async () => {
    const page = await fetch(`${host.url}/tips/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<h1>Tips</h1>');
    expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBeNull();
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');

    const script = await fetch(`${host.url}/_astro/app.Bx1yZ2Qa.js`);
    expect(script.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${host.url}/sw.js`)).headers.get('cache-control')).toBe(REVALIDATE);
  });

  it('joins a header two rules set, as the hosts do', async () => {
    expect((await fetch(`${host.url}/twice/page/`)).headers.get('x-frame')).toBe('a, b');
  });

  it('redirects a folder without its slash, serves 404.html for unknown paths, and never serves _headers', async () => {
    const bare = await fetch(`${host.url}/tips`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/tips/');
    const missing = await fetch(`${host.url}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>Not found</h1>');
    expect(missing.headers.get('strict-transport-security')).not.toBeNull();
    expect((await fetch(`${host.url}/_headers`)).status).toBe(404);
    expect((await fetch(`${host.url}/%E0%A4%A`)).status).toBe(404);
  });

  it('stays inside dist/', () => {
    expect(resolvePath(dist, '/../../etc/passwd')).toEqual({ kind: 'file', file: '404.html', status: 404 });
    expect(resolvePath(dist, '/%2e%2e/%2e%2e/etc/passwd')).toEqual({ kind: 'file', file: '404.html', status: 404 });
  });

  it('names content types the way hosts do; Pagefind files are bytes', () => {
    expect(contentTypeOf('manifest.webmanifest')).toBe('application/manifest+json');
    expect(contentTypeOf('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect(contentTypeOf('pagefind/fragment/en_1ba7d6f.pf_fragment')).toBe('application/octet-stream');
  });

  it('goes down when stopped, open connections included', async () => {
    const own = await startStaticHost(dist, 0);
    const agent = await fetch(`${own.url}/`, { headers: { connection: 'keep-alive' } });
    expect(agent.status).toBe(200);
    await own.stop();
    await expect(fetch(`${own.url}/`)).rejects.toThrow();
  });
});

describe('engines', () => {
  const none = { firefox: undefined, webkitDriver: undefined, miniBrowser: undefined, xvfbRun: undefined, xauth: undefined };
  it('names what each engine lacks', () => {
    expect(missingFor('firefox', none)).toEqual(['Firefox']);
    expect(missingFor('webkit', { ...none, webkitDriver: '/usr/bin/WebKitWebDriver' })).toEqual(['MiniBrowser', 'xvfb-run', 'xauth']);
    expect(missingFor('firefox', { ...none, firefox: '/usr/bin/firefox-esr' })).toEqual([]);
  });
  it('says how to install each, with the Debian packages', () => {
    for (const engine of ['firefox', 'webkit'] as const) {
      for (const pkg of DEBIAN_PACKAGES[engine]) expect(howToInstall(engine)).toContain(pkg);
    }
  });
});
