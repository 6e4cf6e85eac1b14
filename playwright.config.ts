import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.ts';

const executablePath = findChromium();
/**
 * Its own port, so a preview left running for something else is never tested
 * by mistake (and never reused: reuseExistingServer is off). PLAYWRIGHT_PORT
 * picks another when two runs share a machine.
 */
const PORT = Number(process.env['PLAYWRIGHT_PORT'] || 4327);
/** The port of the static host that sends dist/_headers (e2e/headers.spec.ts): the next one. */
const HEADERS_PORT = PORT + 1;
/** The spec that runs against that host, not `astro preview`. */
const HEADERS_SPEC = /headers\.spec\.ts/;

/** Browser tests run against the built site served by `astro preview` (run `npm run build` first). */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // Some tests walk every page (prev/next through all tips, overflow at four widths, axe in two
  // themes); on a busy CI machine 30 s is too tight for them, while a real hang still fails.
  timeout: 90_000,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // The site's service worker would answer requests past other tests' route mocks (and keep pages
    // between tests); only e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: HEADERS_SPEC },
    {
      name: 'mobile',
      use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
      testMatch: /navigation\.spec\.ts/,
    },
    {
      // The site as a real host sends it: dist/_headers applied (astro preview ignores it), service worker on.
      name: 'headers',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${HEADERS_PORT}`, serviceWorkers: 'allow' },
      testMatch: HEADERS_SPEC,
    },
  ],
  webServer: [
    {
      command: `npx astro preview --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-dist.ts --port ${HEADERS_PORT}`,
      url: `http://localhost:${HEADERS_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
