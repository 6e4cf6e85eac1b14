/**
 * A Vite plugin that removes @astrojs/preact's support for signal props from
 * the browser bundle. Kindred's islands never take signals, and that branch
 * costs every island page ~0.7 KB gzip (a lazy import plus Vite's preload
 * helper). If the renderer's source changes shape the build stops, rather
 * than silently keeping or breaking it.
 */
import type { Plugin } from 'vite';

const CLIENT = /@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/;

/** Replaces the signals block with a guard that fails loudly if signals are ever passed. */
export function stripSignals(code: string): string {
  const start = code.indexOf('let signalsRaw = element.dataset.preactSignals;');
  const end = code.indexOf('const child = h(');
  if (start < 0 || end < start) {
    throw new Error('@astrojs/preact client changed: update scripts/lib/preact-without-signals.ts');
  }
  const guard = 'if (element.dataset.preactSignals) throw new Error("Kindred islands do not take signal props");\n';
  return code.slice(0, start) + guard + code.slice(end);
}

/** The Vite plugin; applies to client builds only. */
export function preactWithoutSignals(): Plugin {
  return {
    name: 'kindred:preact-without-signals',
    enforce: 'pre',
    transform(code, id) {
      return CLIENT.test(id) ? { code: stripSignals(code), map: null } : undefined;
    },
  };
}
