/**
 * Where to find the browsers that `npm run test:engines` drives besides
 * Chromium: Firefox ESR (over WebDriver BiDi) and WebKitGTK's MiniBrowser
 * (through WebKitWebDriver, in a virtual X display from xvfb-run), as
 * Debian installs them; environment variables point elsewhere.
 */
import { existsSync, readdirSync } from 'node:fs';

/** The Debian packages each engine needs (as named in `apt-get install`). */
export const DEBIAN_PACKAGES = {
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'],
} as const;

/** An engine the tests can drive, and what they launch it with. */
export type Engine = keyof typeof DEBIAN_PACKAGES;
export const ENGINES: readonly Engine[] = ['firefox', 'webkit'];

/** What each engine launches, or undefined where a part is missing. */
export interface EngineBinaries {
  /** Firefox: $FIREFOX_PATH, then Debian's firefox-esr, then a `firefox`. */
  firefox: string | undefined;
  /** WebKitGTK's WebDriver server: $WEBKIT_WEBDRIVER, then Debian's. */
  webkitDriver: string | undefined;
  /** The browser it starts: $WEBKIT_BROWSER, then MiniBrowser from the WebKitGTK library folder. */
  miniBrowser: string | undefined;
  /** xvfb-run, for a display the WebKitGTK browser can open its window on. */
  xvfbRun: string | undefined;
  /** xauth, which xvfb-run needs. */
  xauth: string | undefined;
}

const first = (...paths: (string | undefined)[]): string | undefined => paths.find((p): p is string => !!p && existsSync(p));

/** MiniBrowser lives under /usr/lib/<triplet>/webkit2gtk-4.x/ (Debian) or /usr/libexec/webkit2gtk-4.x/ (Fedora). */
function findMiniBrowser(): string | undefined {
  const roots = ['/usr/lib', '/usr/libexec', '/usr/lib64'];
  const candidates: string[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const dir of readdirSync(root)) {
      if (/^webkit2?gtk-[\d.]+$/.test(dir)) candidates.push(`${root}/${dir}/MiniBrowser`);
      if (/-linux-gnu/.test(dir) && existsSync(`${root}/${dir}`)) {
        for (const sub of safeList(`${root}/${dir}`))
          if (/^webkit2?gtk-[\d.]+$/.test(sub)) candidates.push(`${root}/${dir}/${sub}/MiniBrowser`);
      }
    }
  }
  // The newest API first (4.1 before 4.0).
  return first(...candidates.sort().reverse());
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Finds every part the engine tests launch. */
export function findEngineBinaries(env: NodeJS.ProcessEnv = process.env): EngineBinaries {
  return {
    firefox: first(env['FIREFOX_PATH'], '/usr/bin/firefox-esr', '/usr/bin/firefox'),
    webkitDriver: first(env['WEBKIT_WEBDRIVER'], '/usr/bin/WebKitWebDriver'),
    miniBrowser: first(env['WEBKIT_BROWSER']) ?? findMiniBrowser(),
    xvfbRun: first('/usr/bin/xvfb-run'),
    xauth: first('/usr/bin/xauth'),
  };
}

/** What an engine still lacks, by the name of the missing part (empty: ready). */
export function missingFor(engine: Engine, found: EngineBinaries): string[] {
  if (engine === 'firefox') return found.firefox ? [] : ['Firefox'];
  const parts: [string, string | undefined][] = [
    ['WebKitWebDriver', found.webkitDriver],
    ['MiniBrowser', found.miniBrowser],
    ['xvfb-run', found.xvfbRun],
    ['xauth', found.xauth],
  ];
  return parts.filter(([, path]) => !path).map(([name]) => name);
}

/** How a person installs an engine by hand, for the message printed when it is skipped. */
export function howToInstall(engine: Engine): string {
  const apt = `sudo apt-get install -y ${DEBIAN_PACKAGES[engine].join(' ')}`;
  return engine === 'firefox'
    ? `Debian/Ubuntu: ${apt}; elsewhere install Firefox (ESR or current) and set FIREFOX_PATH to its binary.`
    : `Debian/Ubuntu: ${apt}; elsewhere set WEBKIT_WEBDRIVER to WebKitGTK's WebKitWebDriver and WEBKIT_BROWSER to its MiniBrowser (needs Linux with X: xvfb-run).`;
}
