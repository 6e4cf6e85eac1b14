/**
 * WebKitGTK's MiniBrowser behind the Driver interface: WebKitWebDriver (W3C
 * WebDriver) under xvfb-run, driven with selenium-webdriver. MiniBrowser runs
 * full screen so the page gets the whole window (its toolbar would keep the
 * window at least 447 px wide). An automation session keeps its data in
 * memory, so a new session is a fresh profile; but a MiniBrowser takes
 * seconds to start, so a closed profile's session is handed out again once
 * cleared (storage, caches and service workers of every origin it opened,
 * and its window size), and `profile({ fresh: true })` starts a new one.
 * WebKitWebDriver holds one session at a time: a new profile ends the
 * previous one.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import type { Driver, EngineLauncher } from './driver.ts';

/** A free TCP port on the loopback address. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Collects uncaught errors, rejections and CSP violations from here on (WebDriver has no log to read them from). */
const listen = () => {
  const w = window as unknown as { __engineErrors?: string[] };
  if (w.__engineErrors) return;
  const errors: string[] = [];
  w.__engineErrors = errors;
  addEventListener('error', (e) => errors.push(`uncaught: ${e.message}`));
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));
  document.addEventListener('securitypolicyviolation', (e) =>
    errors.push(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
  );
};
/** Takes what `listen` collected on this page. */
const harvest = () => {
  const w = window as unknown as { __engineErrors?: string[] };
  return w.__engineErrors?.splice(0) ?? [];
};

export async function launchWebKit(paths: { driver: string; browser: string; xvfbRun: string }): Promise<EngineLauncher> {
  const port = await freePort();
  // Its own process group, so quit() ends xvfb-run, Xvfb, the driver and the browser together.
  const server: ChildProcess = spawn(paths.xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24', paths.driver, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${url}/status`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > until || server.exitCode !== null) throw new Error(`WebKitWebDriver did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation', '--full-screen'] },
  };
  let current: WebDriver | undefined;
  /** The session of the last closed profile, to clear and hand out again (a MiniBrowser takes seconds to start). */
  let kept: { session: WebDriver; origins: Set<string>; rect: { x: number; y: number; width: number; height: number } } | undefined;
  const quitKept = async () => {
    await kept?.session.quit().catch(() => {});
    kept = undefined;
  };
  const endCurrent = async () => {
    await current?.quit().catch(() => {});
    current = undefined;
  };
  const first = await new Builder().usingServer(url).withCapabilities(capabilities).build();
  const version = `MiniBrowser (WebKitGTK ${(await first.getCapabilities()).get('browserVersion')})`;
  await first.quit();

  /** Empties what a profile keeps, on every origin the session opened: storage, caches, service workers; and the window size. */
  async function cleared(k: NonNullable<typeof kept>): Promise<WebDriver> {
    for (const origin of k.origins) {
      try {
        await k.session.get(`${origin}/robots.txt`);
        await k.session.executeScript(async () => {
          localStorage.clear();
          sessionStorage.clear();
          for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
          for (const key of await caches.keys()) await caches.delete(key);
        });
      } catch {
        // A host a path has stopped: nothing of it can be reached again (its port is not reused).
      }
    }
    await k.session.get('about:blank');
    await k.session.manage().window().setRect(k.rect);
    return k.session;
  }

  return {
    engine: 'webkit',
    version,
    async profile(options = {}): Promise<Driver> {
      await endCurrent();
      let session: WebDriver;
      if (kept && !options.fresh) {
        session = await cleared(kept);
        kept = undefined;
      } else {
        await quitKept();
        session = await new Builder().usingServer(url).withCapabilities(capabilities).build();
      }
      current = session;
      const origins = new Set<string>();
      const rect = await session.manage().window().getRect();
      const errors: string[] = [];
      const collect = async () => {
        errors.push(...((await session.executeScript(harvest).catch(() => [])) as string[]));
      };
      const loaded = async () => {
        await session.executeScript(listen);
      };
      const driver: Driver = {
        engine: 'webkit',
        loadTimeErrors: false,
        goto: async (to) => {
          await collect();
          origins.add(new URL(to).origin);
          await session.get(to);
          await loaded();
        },
        reload: async () => {
          await collect();
          await session.navigate().refresh();
          await loaded();
        },
        url: () => session.getCurrentUrl(),
        run: (fn, ...args) => session.executeScript(fn as never, ...args) as never,
        click: async (selector) => {
          await session.findElement(By.css(selector)).click();
        },
        type: async (text) => {
          await session.actions().sendKeys(text).perform();
        },
        viewport: async (width, height) => {
          await session.manage().window().setRect({ width, height });
          const inner = (await session.executeScript(() => [innerWidth, innerHeight])) as [number, number];
          if (inner[0] !== width) throw new Error(`webkit: asked for a ${width} px wide viewport, got ${inner[0]} px`);
        },
        errors: async () => {
          await collect();
          await loaded().catch(() => {});
          return [...errors];
        },
        close: async () => {
          if (current !== session) return;
          current = undefined;
          await quitKept();
          kept = { session, origins, rect };
        },
      };
      return driver;
    },
    quit: async () => {
      await endCurrent();
      await quitKept();
      if (server.pid) {
        try {
          process.kill(-server.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    },
  };
}
