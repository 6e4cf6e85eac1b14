/**
 * Makes sure `npm run test:engines` has Firefox ESR and WebKitGTK: as root on
 * Debian it installs what is missing (`apt-get install firefox-esr
 * webkit2gtk-driver xvfb xauth`); elsewhere it prints how to install each
 * missing engine. Never fails: the engine tests skip an engine that is still
 * missing, and say so (engines/run.ts).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_PACKAGES, ENGINES, findEngineBinaries, howToInstall, missingFor } from './lib/engines.ts';

const missing = () => ENGINES.filter((e) => missingFor(e, findEngineBinaries()).length > 0);

const before = missing();
if (before.length > 0 && process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
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
console.log(
  `Firefox: ${found.firefox ?? 'missing'}; WebKitWebDriver: ${found.webkitDriver ?? 'missing'}; MiniBrowser: ${found.miniBrowser ?? 'missing'}`,
);
