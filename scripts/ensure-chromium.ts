/**
 * Makes sure browser tests have a Chromium: uses one that exists, else tries
 * Playwright's download, else (as root on Debian) `apt-get install chromium`,
 * else stops and says how to get one.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/chromium.ts';

function attempt(what: string, command: string): boolean {
  console.log(`No Chromium found; trying ${what}: ${command}`);
  try {
    execSync(command, { stdio: 'inherit' });
    return findChromium() !== undefined;
  } catch {
    return false;
  }
}

if (!findChromium()) {
  const isRoot = process.getuid?.() === 0;
  const ok =
    attempt("Playwright's download", 'npx playwright install chromium') ||
    (isRoot &&
      existsSync('/etc/debian_version') &&
      attempt("Debian's package", 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'));
  if (!ok) {
    console.error(
      [
        'Browser tests need Chromium and none could be installed.',
        'Install one, then run `npm test` again:',
        '  - Debian/Ubuntu: sudo apt-get install -y chromium',
        '  - anywhere with internet: npx playwright install chromium',
        '  - or point CHROME_PATH at an existing Chrome or Chromium binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
console.log(`Chromium: ${findChromium()}`);
