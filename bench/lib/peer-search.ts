/**
 * Kindred's search against the Starlight peer's, side by side in one
 * Chromium: each run opens a tip page in a fresh context on an emulated
 * slow connection, opens search the way a reader would (each site's own
 * search control), types a query and times, on the page's own clock,
 * until the first result is visible; then it runs the later queries.
 * Bytes come from every request the context makes, the page's and its
 * workers' alike (Starlight's Pagefind fetches its WebAssembly and index
 * from a worker).
 */
import { get } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts';
import { BYTE_KINDS, byteKind, type ByteKind } from './peer-ratios.ts';

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
  /** CSS for the result links of `query` (once that query's results are shown). */
  resultLinks(query: string): string;
  /** CSS for an element whose text must name the query before its result links count. */
  queryMessage?: string;
}

/** Kindred: the header's search control opens the field; results appear in the popup below it. */
export const kindredSite = (baseUrl: string, pagePath: string): SearchSite => ({
  name: 'Kindred',
  baseUrl,
  pagePath,
  open: (page) => page.locator('button.search-toggle').click(),
  field: (page) => page.locator('#site-search'),
  // While a query runs the list keeps the previous hits under the new label, marked busy.
  // Results for every word, or closest matches when too few pages have them all.
  resultLinks: (query) => `.search-popup ol[aria-label$=${JSON.stringify(` for ${query}`)}][aria-busy="false"] a`,
});

/** Starlight: its search button opens a dialog with Pagefind's default UI. */
export const starlightSite = (baseUrl: string, pagePath: string): SearchSite => ({
  name: 'Starlight',
  baseUrl,
  pagePath,
  open: (page) => page.locator('button[data-open-modal]').click(),
  field: (page) => page.locator('#starlight__search input'),
  resultLinks: () => '#starlight__search .pagefind-ui__result-link',
  // Pagefind UI's message names the query its results are for.
  queryMessage: '#starlight__search .pagefind-ui__message',
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
export const SLOW_CONNECTION: NetworkConditions = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** One site's figures from one run. */
export interface PeerRun {
  site: string;
  /** Bytes for the tip page and everything up to the first query's results settling. */
  firstSearchBytes: number;
  /** The same bytes by kind (BYTE_KINDS), to show which part of the total each site controls. */
  firstSearchParts: Record<ByteKind, number>;
  /** Ms from the action that opens search to the first result being visible. */
  firstResultMs: number;
  /** Bytes each later query caused. */
  laterBytes: number[];
  /** Ms from the first keystroke of each later query to its first result being visible. */
  laterMs: number[];
}

const noParts = (): Record<ByteKind, number> => Object.fromEntries(BYTE_KINDS.map((k) => [k, 0])) as Record<ByteKind, number>;

/**
 * A response's sizes on the wire. Chromium reports no body for a worker's own script (Pagefind's
 * worker, a service worker): for a 200 script response with an empty body, the body is asked of
 * the server again, with the browser's Accept-Encoding, and counted as it arrives (still
 * compressed). Any other empty response (a 204-like JSON, an empty file) is counted as it was.
 */
async function wireSizes(request: Request): Promise<{ responseBodySize: number; responseHeadersSize: number }> {
  const sizes = await request.sizes();
  const response = await request.response();
  const isScript = /javascript/i.test(response?.headers()['content-type'] ?? '');
  if (sizes.responseBodySize > 0 || request.method() !== 'GET' || response?.status() !== 200 || !isScript) return sizes;
  return { ...sizes, responseBodySize: await compressedLength(request.url(), (await request.allHeaders())['accept-encoding'] ?? '') };
}

/** The body length of a GET as the server sends it (Node's http leaves the encoding alone). */
function compressedLength(url: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let n = 0;
      res.on('data', (chunk: Buffer) => (n += chunk.length));
      res.on('end', () => resolve(n));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** Counts the bytes of every request in a context (page and workers) and knows when the network is quiet. */
function trackNetwork(context: BrowserContext) {
  let bytes = 0;
  let parts = noParts();
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
      wireSizes(request).then(
        (s) => {
          const n = s.responseBodySize + s.responseHeadersSize;
          // BENCH_TRACE=1 lists every response, to see where a site's bytes go.
          if (process.env['BENCH_TRACE']) console.log(`    ${String(n).padStart(7)} B  ${request.url()}`);
          bytes += n;
          parts[byteKind(request.url())] += n;
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
      return (await this.takeParts()).total;
    },
    /** Bytes so far, in all and by kind, and resets both counts. */
    async takeParts(): Promise<{ total: number; parts: Record<ByteKind, number> }> {
      await Promise.all(sizes.splice(0));
      const out = { total: bytes, parts };
      bytes = 0;
      parts = noParts();
      return out;
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

/**
 * Starts the page's own clock: it notes when the reader next acts (`start`: the pointer going
 * down on the search control, or a key going down) and when a link matching the site's result
 * selector, under a query-naming element, is first visible (checked every animation frame).
 * Timing inside the page leaves out the test driver's polling and round trips.
 */
async function startPageClock(page: Page, site: SearchSite, query: string, start: 'pointerdown' | 'keydown'): Promise<void> {
  await page.evaluate(
    ({ start, links, message, query }) => {
      const clock = { start: 0, seen: 0 };
      (window as unknown as { __peerClock: typeof clock }).__peerClock = clock;
      document.addEventListener(start, () => (clock.start ||= performance.now()), { capture: true, once: true });
      const check = () => {
        const named = !message || (document.querySelector(message)?.textContent ?? '').includes(query);
        const link = document.querySelector<HTMLElement>(links);
        if (clock.start && named && link?.checkVisibility() && link.getBoundingClientRect().height > 0) clock.seen = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    { start, links: site.resultLinks(query), message: site.queryMessage ?? null, query },
  );
}

/** Resolves once the driver sees the first result of `query`. */
async function firstResultShown(page: Page, site: SearchSite, query: string): Promise<void> {
  if (site.queryMessage) await page.locator(site.queryMessage, { hasText: query }).waitFor({ timeout: 60_000 });
  await page.locator(site.resultLinks(query)).first().waitFor({ state: 'visible', timeout: 60_000 });
}

/** Ms on the page's clock from the reader's action to the first result, once the driver has seen it too. */
async function readPageClock(page: Page): Promise<number> {
  const ms = await page.waitForFunction(() => {
    const c = (window as unknown as { __peerClock?: { start: number; seen: number } }).__peerClock;
    return c?.seen ? c.seen - c.start : 0;
  });
  return Math.round((await ms.jsonValue()) as number);
}

/** Types `query` into the site's field key by key, replacing what is there. */
async function typeQuery(site: SearchSite, page: Page, query: string): Promise<void> {
  const field = site.field(page);
  await field.waitFor({ state: 'visible' });
  // Replaces any earlier query (typing over a selection, as a reader would).
  if (await field.inputValue()) await field.press('ControlOrMeta+A');
  await field.pressSequentially(query);
}

/** One run on one site in a fresh context: the first search from a cold tip page, then the later queries. */
export async function measurePeerRun(
  browser: Browser,
  site: SearchSite,
  first: string,
  later: readonly string[],
  network: NetworkConditions,
): Promise<PeerRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    const net = trackNetwork(context);
    // A service worker's own fetches escape the page's emulated network, and its script's body is not
    // counted: figures taken with one running would flatter the site, so none are reported.
    let worker = '';
    context.on('serviceworker', (w) => (worker = w.url()));
    await page.goto(site.baseUrl + site.pagePath, { waitUntil: 'load' });
    // The page is read first; search starts from a settled page (whatever it preloads counts in its bytes).
    await net.settled();
    net.touch();
    await startPageClock(page, site, first, 'pointerdown');
    await site.open(page);
    await typeQuery(site, page, first);
    await firstResultShown(page, site, first);
    const firstResultMs = await readPageClock(page);
    await net.settled();
    const { total: firstSearchBytes, parts: firstSearchParts } = await net.takeParts();
    const laterBytes: number[] = [];
    const laterMs: number[] = [];
    for (const query of later) {
      net.touch();
      // The clock starts at the first key of the query (the select-all before it is not typing).
      await site.field(page).press('ControlOrMeta+A');
      await startPageClock(page, site, query, 'keydown');
      await typeQuery(site, page, query);
      await firstResultShown(page, site, query);
      laterMs.push(await readPageClock(page));
      await net.settled();
      laterBytes.push(await net.take());
    }
    if (worker)
      throw new Error(
        `${site.name} started a service worker (${worker}) on a first visit: its requests bypass the slow connection, so this run can't be measured`,
      );
    return { site: site.name, firstSearchBytes, firstSearchParts, firstResultMs, laterBytes, laterMs };
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
        console.log(
          `  run ${i + 1} ${site.name}: first search ${run.firstSearchBytes} B, first result ${run.firstResultMs} ms, later ${run.laterBytes.reduce((a, b) => a + b, 0)} B`,
        );
        out[site.name]?.push(run);
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
