/**
 * Measures what search costs a reader, in a real Chromium: bytes transferred
 * by the first query from a content page (popup code, Pagefind runtime,
 * WebAssembly, index chunks, fragments), and the time from a keystroke to
 * rendered results once the runtime is loaded.
 */
import { chromium, expect } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

/** The cost of one query. */
export interface QueryCost {
  query: string;
  /** Bytes on the wire (compressed) for every request the query caused. */
  bytes: number;
  requests: number;
  /** Milliseconds from the input event to the results being in the DOM. */
  latencyMs: number;
}

/**
 * Runs `queries` in the header search of `pagePath`: the first from a cold
 * page (bytes include the runtime), the rest warm.
 */
export async function measureSearch(baseUrl: string, pagePath: string, queries: string[]): Promise<QueryCost[]> {
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  try {
    // No service worker: its answers reach the page with no bytes on the page's network log (it fetches
    // them itself), so a gate measuring what crosses the network would pass on 0 B.
    const page = await browser.newPage({ serviceWorkers: 'block' });
    // Nor a dedicated worker (Pagefind's, were `noWorker` dropped): it would fetch the WebAssembly and
    // the index on its own network log, out of this count.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    let bytes = 0;
    let requests = 0;
    const inFlight = new Set<string>();
    cdp.on('Network.requestWillBeSent', (e) => inFlight.add(e.requestId));
    cdp.on('Network.loadingFailed', (e) => inFlight.delete(e.requestId));
    cdp.on('Network.loadingFinished', (e) => {
      inFlight.delete(e.requestId);
      bytes += e.encodedDataLength;
      requests++;
    });
    /** Every request the page has made so far has finished, and the page is idle after it. */
    const settled = async () => {
      await page.waitForFunction(() => document.readyState === 'complete');
      do {
        if (workers.length) throw new Error(`search started a worker (${workers.join(', ')}): its downloads escape this measurement`);
        await expect.poll(() => inFlight.size, { timeout: 30_000 }).toBe(0);
        await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
      } while (inFlight.size > 0);
    };
    await page.goto(baseUrl + pagePath);
    await settled();
    const input = page.locator('#site-search');
    bytes = 0;
    requests = 0;
    // The field may sit in a panel that a header button opens. Opening search is where its cost
    // starts (the runtime may start loading right then), so it counts toward the first query.
    if (!(await input.isVisible())) await page.locator('button[aria-controls="search-panel"]').click();
    const results: QueryCost[] = [];
    for (const [i, query] of queries.entries()) {
      if (i > 0) {
        bytes = 0;
        requests = 0;
      }
      await input.focus();
      // The popup's code loads on focus; wait for it before timing.
      await page.locator('.search-popup').waitFor({ state: 'attached' });
      // Time inside the page: from the input event to the results (or no-results) line naming the query.
      const latencyMs = await page.evaluate(async (q) => {
        const field = document.querySelector<HTMLInputElement>('#site-search');
        const status = document.querySelector('.search-popup [role="status"]');
        if (!field || !status) throw new Error('no header search field or results status');
        const answered = () => (status.textContent ?? '').includes(`“${q}”`);
        const done = new Promise<number>((resolve) => {
          new MutationObserver((_, observer) => {
            if (!answered()) return;
            observer.disconnect();
            resolve(performance.now());
          }).observe(status, { childList: true, subtree: true, characterData: true });
        });
        field.value = q;
        const start = performance.now();
        field.dispatchEvent(new Event('input', { bubbles: true }));
        return (await done) - start;
      }, query);
      await settled();
      results.push({ query, bytes, requests, latencyMs: Math.round(latencyMs * 10) / 10 });
    }
    return results;
  } finally {
    await browser.close();
  }
}
