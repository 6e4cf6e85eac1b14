/**
 * Firefox (Debian's firefox-esr) behind the Driver interface, over WebDriver
 * BiDi with puppeteer-core. A profile is a BiDi user context: its own
 * storage, caches and service workers.
 */
import puppeteer, { type Page } from 'puppeteer-core';
import type { Driver, EngineLauncher } from './driver.ts';

/** Reports CSP violations as console errors, which the 'console' listener collects; added before any page script runs. */
const reportViolations = () => {
  document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
  );
};

export async function launchFirefox(executablePath: string): Promise<EngineLauncher> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // A busy machine (CI shares two cores) can take half a minute to start Firefox.
    timeout: 90_000,
    extraPrefsFirefox: {
      // Nothing outside the machine: no captive-portal probes, telemetry or update checks at start.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Scrollbars over the page, as on a phone: a 390 px viewport lays out 390 px of page.
      'ui.useOverlayScrollbars': 1,
    },
  });
  const version = await browser.version();
  return {
    engine: 'firefox',
    version,
    async profile(): Promise<Driver> {
      const context = await browser.createBrowserContext();
      const page: Page = await context.newPage();
      page.setDefaultNavigationTimeout(60_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.evaluateOnNewDocument(reportViolations);
      return {
        engine: 'firefox',
        loadTimeErrors: true,
        goto: async (url) => {
          await page.goto(url, { waitUntil: 'load' });
        },
        reload: async () => {
          await page.reload({ waitUntil: 'load' });
        },
        url: async () => page.url(),
        run: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
        click: (selector) => page.click(selector),
        type: (text) => page.keyboard.type(text),
        viewport: (width, height) => page.setViewport({ width, height }),
        errors: async () => [...errors],
        close: () => context.close(),
      };
    },
    quit: () => browser.close(),
  };
}
