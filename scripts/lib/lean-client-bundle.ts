/**
 * Vite plugins that keep shared browser code small, because every byte of
 * the header script is paid on every page and island pages have a 14 KB
 * budget. Each one fails the build loudly if what it replaces changes shape.
 */
import type { Plugin } from 'vite';

const PREACT_CLIENT = /@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/;
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Removes @astrojs/preact's support for signal props (a lazy import of
 * @preact/signals). Kindred's islands never take signals; a guard throws if
 * one ever does.
 */
export function stripSignals(code: string): string {
  const start = code.indexOf('let signalsRaw = element.dataset.preactSignals;');
  const end = code.indexOf('const child = h(');
  if (start < 0 || end < start) {
    throw new Error('@astrojs/preact client changed: update scripts/lib/lean-client-bundle.ts');
  }
  const guard = 'if (element.dataset.preactSignals) throw new Error("Kindred islands do not take signal props");\n';
  return code.slice(0, start) + guard + code.slice(end);
}

/** The Vite plugins, for `vite.plugins` in astro.config.mjs. */
export function leanClientBundle(): Plugin[] {
  return [
    {
      name: 'kindred:preact-without-signals',
      enforce: 'pre',
      transform(code, id) {
        return PREACT_CLIENT.test(id) ? { code: stripSignals(code), map: null } : undefined;
      },
    },
    {
      // Vite wraps every dynamic import() in a ~0.65 KB helper that preloads the
      // imported chunk's CSS and dependencies. Our lazily loaded chunks (the
      // header search popup) carry no CSS, and their imports load straight
      // after them, so a plain call does the same job.
      name: 'kindred:plain-dynamic-import',
      enforce: 'pre',
      apply: 'build',
      load(id) {
        return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined;
      },
    },
  ];
}
