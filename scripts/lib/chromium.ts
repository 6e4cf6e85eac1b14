/**
 * Where to find a Chromium for browser tests and Lighthouse:
 * $CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for Chromium in a sandboxed machine with no outside network (Playwright adds its own headless flag). */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Root cannot use Chromium's sandbox (CI containers run as root).
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/** The same flags for tools that launch Chromium themselves (Lighthouse's chrome-launcher). */
export const HEADLESS_CHROMIUM_ARGS = ['--headless=new', ...CHROMIUM_ARGS];

/** The first Chromium that exists, or undefined. */
export function findChromium(): string | undefined {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', playwrightChromium()];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
