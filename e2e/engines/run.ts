/**
 * `npm run test:engines`: the reader's main paths (./paths.ts) in Firefox
 * ESR and WebKitGTK, against the built dist/ served with its _headers
 * (scripts/lib/static-host.ts), with Node's test runner. An engine that is
 * not installed is skipped with the command that installs it
 * (scripts/ensure-engines.ts installs them as root on Debian). ENGINES=webkit
 * (or firefox) runs one.
 */
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { ENGINES, type Engine, findEngineBinaries, howToInstall, missingFor } from '../../scripts/lib/engines.ts';
import { type RunningHost, startStaticHost } from '../../scripts/lib/static-host.ts';
import type { Driver, EngineLauncher } from './driver.ts';
import { launchFirefox } from './firefox.ts';
import { PATHS } from './paths.ts';
import { launchWebKit } from './webkit.ts';

if (!existsSync('dist/index.html')) throw new Error('No built site in dist/: run `npm run build` first.');

const found = findEngineBinaries();
const chosen = (process.env['ENGINES'] ?? ENGINES.join(',')).split(',').filter((e): e is Engine => (ENGINES as string[]).includes(e));
const started = Date.now();

function launch(engine: Engine): Promise<EngineLauncher> {
  if (engine === 'firefox') return launchFirefox(found.firefox!);
  return launchWebKit({ driver: found.webkitDriver!, browser: found.miniBrowser!, xvfbRun: found.xvfbRun! });
}

// The engines run side by side (each walks its paths in order): a browser mostly waits on its page.
describe('reader paths', { concurrency: true }, () => {
  for (const engine of chosen) {
    const lacks = missingFor(engine, found);
    const skip = lacks.length > 0 ? `${lacks.join(', ')} not installed. ${howToInstall(engine)}` : false;
    if (skip) console.warn(`SKIP ${engine}: ${skip}`);

    describe(engine, { skip, concurrency: 1 }, () => {
      let launcher: EngineLauncher | undefined;
      let host: RunningHost | undefined;
      const notes: string[] = [];
      const open = new Set<Driver>();
      const hosts = new Set<RunningHost>();

      before(async () => {
        host = await startStaticHost('dist', 0);
        launcher = await launch(engine);
        console.log(`${engine}: ${launcher.version}, site at ${host.url}`);
      });
      after(async () => {
        for (const d of open) await d.close().catch(() => {});
        await launcher?.quit();
        for (const h of hosts) await h.stop();
        await host?.stop();
        if (notes.length) console.log(`${engine} notes:\n  - ${[...new Set(notes)].join('\n  - ')}`);
        console.log(`${engine} done at ${((Date.now() - started) / 1000).toFixed(1)} s`);
      });

      for (const path of PATHS) {
        test(path.name, { timeout: 180_000 }, async () => {
          const profile = async (fresh = false) => {
            const d = await launcher!.profile({ fresh });
            open.add(d);
            return d;
          };
          const d = await profile();
          try {
            await path.run(d, {
              base: host!.url,
              freshProfile: async () => {
                await d.close();
                open.delete(d);
                return profile(true);
              },
              ownHost: async () => {
                const own = await startStaticHost('dist', 0);
                hosts.add(own);
                return own;
              },
              note: (text) => notes.push(text),
            });
          } finally {
            for (const o of open) await o.close().catch(() => {});
            open.clear();
          }
        });
      }
    });
  }
});
