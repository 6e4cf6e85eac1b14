/**
 * Kindred's search against the Starlight peer's, side by side in one
 * Chromium: each run opens a tip page in a fresh context on an emulated
 * slow connection, opens search the way a reader would (each site's own
 * search control), types a query and times until the first result is
 * visible, then runs the later queries. Bytes come from every request the
 * context makes, the page's and its workers' alike (Starlight's Pagefind
 * fetches its WebAssembly and index from a worker).
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

/** How a reader searches on one site. */
export interface SearchSite {
  name: string;
  baseUrl: string;
  /** The page search starts from (the same tip on both sites). */
  pagePath: string;
  /** The reader's action that opens search (a click on the site's search control). */
  open(page: Page): Promise<void>;
  /** The field the reader types in once search is open. */
  field(page: Page): Locator;
  /** The first result link for `query`, once that query's results are shown. */
  firstResult(page: Page, query: string): Locator;
}

/** Kindred: the header's search control opens the field; results appear in the popup below it. */
export const kindredSite = (baseUrl: string, pagePath: string): SearchSite => ({
  name: 'Kindred',
  baseUrl,
  pagePath,
  open: (page) => page.locator('button.search-toggle').click(),
  field: (page) => page.locator('#site-search'),
  // While a query runs the list keeps the previous hits under the new label, marked busy.
  firstResult: (page, query) => page.locator(`.search-popup ol[aria-label=${JSON.stringify(`Results for ${query}`)}][aria-busy="false"] a`).first(),
});

/** Starlight: its search button opens a dialog with Pagefind's default UI. */
export const starlightSite = (baseUrl: string, pagePath: string): SearchSite => ({
  name: 'Starlight',
  baseUrl,
  pagePath,
  open: (page) => page.locator('button[data-open-modal]').click(),
  field: (page) => page.locator('#starlight__search input'),
  // Pagefind UI's message names the query its results are for.
  firstResult: (page, query) =>
    page.locator('#starlight__search', { has: page.locator('.pagefind-ui__message', { hasText: query }) }).locator('.pagefind-ui__result-link').first(),
});

/** Network conditions as CDP's Network.emulateNetworkConditions takes them. */
export interface NetworkConditions {
  /** Added round-trip latency, ms. */
  latency: number;
  /** Bytes per second. */
  downloadThroughput: number;
  uploadThroughput: number;
}

/** The slow connection of issue 15 (Lighthouse's mobile profile): 150 ms RTT, 1.6 Mbps down, 750 kbps up. */
export const SLOW_CONNECTION: NetworkConditions = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** One site's figures from one run. */
export interface PeerRun {
  site: string;
  /** Bytes for the tip page and everything up to the first query's results settling. */
  firstSearchBytes: number;
  /** Ms from the action that opens search to the first result being visible. */
  firstResultMs: number;
  /** Bytes each later query caused. */
  laterBytes: number[];
  /** Ms from the first keystroke of each later query to its first result being visible. */
  laterMs: number[];
}

/** Counts the bytes of every request in a context (page and workers) and knows when the network is quiet. */
function trackNetwork(context: BrowserContext) {
  let bytes = 0;
  let pending = 0;
  let lastChange = performance.now();
  const sizes: Promise<void>[] = [];
  context.on('request', () => {
    pending++;
    lastChange = performance.now();
  });
  context.on('requestfailed', () => {
    pending--;
    lastChange = performance.now();
  });
  context.on('requestfinished', (request) => {
    // Compressed body plus headers, as they came over the wire.
    sizes.push(
      request.sizes().then(
        (s) => {
          bytes += s.responseBodySize + s.responseHeadersSize;
        },
        () => {},
      ),
    );
    pending--;
    lastChange = performance.now();
  });
  return {
    /** Marks the reader acting now: the network counts as quiet only from here on. */
    touch(): void {
      lastChange = performance.now();
    },
    /** Bytes so far (after every finished request's size is known), and resets the count. */
    async take(): Promise<number> {
      await Promise.all(sizes.splice(0));
      const n = bytes;
      bytes = 0;
      return n;
    },
    /** Resolves once no request has been in flight for `quietMs`. */
    async settled(quietMs = 600, timeoutMs = 60_000): Promise<void> {
      const start = performance.now();
      while (pending > 0 || performance.now() - lastChange < quietMs) {
        if (performance.now() - start > timeoutMs) throw new Error(`network never went quiet (${pending} requests in flight)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** Types `query` into the site's field key by key, replacing what is there. */
async function typeQuery(site: SearchSite, page: Page, query: string): Promise<void> {
  const field = site.field(page);
  await field.waitFor({ state: 'visible' });
  await field.press('ControlOrMeta+A');
  await field.pressSequentially(query);
}

/** One run on one site in a fresh context: the first search from a cold tip page, then the later queries. */
export async function measurePeerRun(browser: Browser, site: SearchSite, first: string, later: readonly string[], network: NetworkConditions): Promise<PeerRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    const net = trackNetwork(context);
    await page.goto(site.baseUrl + site.pagePath, { waitUntil: 'load' });
    // The page is read first; search starts from a settled page (whatever it preloads counts in its bytes).
    await net.settled();
    net.touch();
    const start = performance.now();
    await site.open(page);
    await typeQuery(site, page, first);
    await site.firstResult(page, first).waitFor({ state: 'visible', timeout: 60_000 });
    const firstResultMs = performance.now() - start;
    await net.settled();
    const firstSearchBytes = await net.take();
    const laterBytes: number[] = [];
    const laterMs: number[] = [];
    for (const query of later) {
      net.touch();
      const t = performance.now();
      await typeQuery(site, page, query);
      await site.firstResult(page, query).waitFor({ state: 'visible', timeout: 60_000 });
      laterMs.push(Math.round(performance.now() - t));
      await net.settled();
      laterBytes.push(await net.take());
    }
    return { site: site.name, firstSearchBytes, firstResultMs: Math.round(firstResultMs), laterBytes, laterMs };
  } finally {
    await context.close();
  }
}

/**
 * `runs` rounds over both sites, alternating which goes first, each run in
 * a fresh context of one Chromium; returns every run, per site.
 */
export async function measurePeers(
  sites: readonly [SearchSite, SearchSite],
  first: string,
  later: readonly string[],
  { runs = 5, network = SLOW_CONNECTION }: { runs?: number; network?: NetworkConditions } = {},
): Promise<Record<string, PeerRun[]>> {
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const out: Record<string, PeerRun[]> = Object.fromEntries(sites.map((s) => [s.name, []]));
  try {
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? sites : ([sites[1], sites[0]] as const);
      for (const site of order) {
        const run = await measurePeerRun(browser, site, first, later, network);
        console.log(`  run ${i + 1} ${site.name}: first search ${run.firstSearchBytes} B, first result ${run.firstResultMs} ms, later ${run.laterBytes.reduce((a, b) => a + b, 0)} B`);
        out[site.name]?.push(run);
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
