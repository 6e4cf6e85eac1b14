/**
 * Makes sure `npm run test:engines` has Firefox ESR and WebKitGTK: as root on
 * Debian it installs what is missing (`apt-get install firefox-esr
 * webkit2gtk-driver xvfb xauth`); elsewhere it prints how to install each
 * missing engine, and the engine tests skip it, saying so (e2e/engines/run.ts).
 * Fails only on CI as root on Debian, where an engine that could not be
 * installed is a broken setup, not a machine without it.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_PACKAGES, ENGINES, findEngineBinaries, howToInstall, missingFor } from './lib/engines.ts';

const missing = () => ENGINES.filter((e) => missingFor(e, findEngineBinaries()).length > 0);

const before = missing();
const canInstall = process.getuid?.() === 0 && existsSync('/etc/debian_version');
if (before.length > 0 && canInstall) {
  const packages = [...new Set(before.flatMap((e) => DEBIAN_PACKAGES[e]))].join(' ');
  // The package lists may be absent on a new machine: update once, then install.
  const command = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`;
  console.log(`Engines missing (${before.join(', ')}); installing Debian's packages: ${command}`);
  try {
    execSync(command, { stdio: 'inherit' });
  } catch {
    console.error('apt-get failed; the engines still missing are skipped.');
  }
}
const found = findEngineBinaries();
for (const engine of ENGINES) {
  const lacks = missingFor(engine, found);
  if (lacks.length === 0) continue;
  console.warn(`SKIP ${engine}: ${lacks.join(', ')} not found. To run it: ${howToInstall(engine)}`);
}
// On CI's Debian machine an engine that could not be installed is a failure, not a skip.
if (process.env['CI'] && canInstall && missing().length > 0) {
  console.error(`CI: could not install ${missing().join(', ')}; stopping rather than skipping.`);
  process.exit(1);
}
console.log(
  `Firefox: ${found.firefox ?? 'missing'}; WebKitWebDriver: ${found.webkitDriver ?? 'missing'}; MiniBrowser: ${found.miniBrowser ?? 'missing'}`,
);
