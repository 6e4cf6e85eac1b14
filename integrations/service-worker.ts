/**
 * Builds dist/sw.js after Pagefind: esbuild bundles src/sw/service-worker.ts
 * (with the Workbox modules it imports), then workbox-build's injectManifest
 * puts the precache list (only the offline page) into it.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

/** The worker's source. */
const SOURCE = fileURLToPath(new URL('../src/sw/service-worker.ts', import.meta.url));
/** The only precached file: the page shown for a page never opened nor saved. */
export const PRECACHED = ['offline/index.html'];

/** Writes `dist/sw.js` for the build `buildId`; returns its size in bytes and how many files it precaches. */
export async function writeServiceWorker(dist: string, buildId: string): Promise<{ size: number; count: number }> {
  const tmp = mkdtempSync(join(tmpdir(), 'kindred-sw-'));
  try {
    const bundled = join(tmp, 'sw.js');
    await build({
      entryPoints: [SOURCE],
      outfile: bundled,
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      // Workbox logs and asserts only when NODE_ENV is not "production".
      define: { 'process.env.NODE_ENV': '"production"', KINDRED_BUILD: JSON.stringify(buildId) },
      logLevel: 'silent',
    });
    const { count, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(dist, 'sw.js'),
      globDirectory: dist,
      globPatterns: PRECACHED,
      // dist-relative paths → site paths: "offline/index.html" → "/offline/index.html".
      modifyURLPrefix: { '': '/' },
    });
    if (warnings.length) throw new Error(`workbox-build: ${warnings.join('; ')}`);
    if (count !== PRECACHED.length) throw new Error(`sw.js should precache ${PRECACHED.join(', ')}, but lists ${count} files`);
    const { size } = statSync(join(dist, 'sw.js'));
    return { size, count };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
