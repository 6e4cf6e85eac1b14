import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, IMMUTABLE, REVALIDATE, startCdn, type RunningCdn } from './cdn-server.ts';

describe('cacheControlFor', () => {
  it('caches hashed /_astro/ files for a year and revalidates everything else', () => {
    expect(cacheControlFor('/_astro/app.Ab12Cd.js')).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/tips/')).toBe(REVALIDATE);
    expect(cacheControlFor('/favicon.svg')).toBe(REVALIDATE);
    expect(cacheControlFor('/pagefind/pagefind.js')).toBe(REVALIDATE);
  });
});

describe('startCdn', () => {
  let root = '';
  let cdn: RunningCdn;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'kindred-cdn-'));
    mkdirSync(join(root, '_astro'));
    mkdirSync(join(root, 'tips'));
    writeFileSync(join(root, 'tips', 'index.html'), '<!doctype html><title>Tips</title>'.repeat(20));
    writeFileSync(join(root, '_astro', 'a.Ab12.js'), 'export const a = 1;'.repeat(20));
    writeFileSync(join(root, '404.html'), 'not found');
    cdn = await startCdn(root);
  });
  afterAll(async () => {
    await cdn.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves a directory index gzipped, revalidated, and answers 304 to its ETag', async () => {
    const res = await fetch(`${cdn.url}/tips/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(REVALIDATE);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toContain('<title>Tips</title>'); // fetch decodes gzip
    const again = await fetch(`${cdn.url}/tips/`, { headers: { 'if-none-match': res.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });

  it('sends hashed files immutable, and the 404 page for a missing path', async () => {
    const js = await fetch(`${cdn.url}/_astro/a.Ab12.js`);
    expect(js.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    const missing = await fetch(`${cdn.url}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('not found');
  });
});
