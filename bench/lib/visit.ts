/**
 * A reading visit in Chromium: the pages of VISIT_PATHS one after another in
 * ONE browser context, on the slow connection, against a site served as a
 * CDN serves it (./cdn-server.ts), so later pages take hashed files from the
 * browser's HTTP cache. Counts the bytes each page brings over the wire
 * (compressed body and headers; 0 for a cache hit) and the first page's
 * largest contentful paint. Service workers are blocked: their fetches
 * escape the emulated network and the HTTP cache is what is measured.
 */
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts';
import type { NetworkConditions } from './peer-search.ts';
import { visitFigures, type VisitFigures } from './visit-ratios.ts';

/** One page of a visit. */
export interface VisitPage {
  path: string;
  /** Bytes over the wire while the page loaded and settled. */
  bytes: number;
  /** Responses that came over the network. */
  requests: number;
  /** Responses the browser took from its own cache. */
  fromCache: number;
}

/** One visit on one site. */
export interface VisitRun {
  site: string;
  pages: VisitPage[];
  figures: VisitFigures;
  pageBytes: number[];
}

/** Counts what one tab loads through the DevTools protocol, page by page. */
function trackTab(cdp: CDPSession) {
  let page = { bytes: 0, requests: 0, fromCache: 0, urls: [] as string[] };
  const inFlight = new Set<string>();
  const urls = new Map<string, string>();
  const cached = new Set<string>();
  let lastChange = performance.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    inFlight.add(e.requestId);
    urls.set(e.requestId, e.request.url);
    lastChange = performance.now();
  });
  cdp.on('Network.requestServedFromCache', (e) => cached.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => {
    if (e.response.fromDiskCache || e.response.fromPrefetchCache) cached.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    inFlight.delete(e.requestId);
    lastChange = performance.now();
    if (cached.has(e.requestId)) page.fromCache++;
    else {
      page.requests++;
      page.bytes += e.encodedDataLength;
      page.urls.push(urls.get(e.requestId) ?? '');
      if (process.env['BENCH_TRACE']) console.log(`    ${String(e.encodedDataLength).padStart(7)} B  ${urls.get(e.requestId)}`);
    }
  });
  cdp.on('Network.loadingFailed', (e) => {
    inFlight.delete(e.requestId);
    lastChange = performance.now();
  });
  return {
    /** Resolves once nothing has been in flight for `quietMs`. */
    async settled(quietMs = 600, timeoutMs = 60_000): Promise<void> {
      const start = performance.now();
      while (inFlight.size > 0 || performance.now() - lastChange < quietMs) {
        if (performance.now() - start > timeoutMs) throw new Error(`network never went quiet (${inFlight.size} requests in flight)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    /** This page's counts (and the URLs fetched over the network), and starts the next page's. */
    take() {
      const out = page;
      page = { bytes: 0, requests: 0, fromCache: 0, urls: [] };
      return out;
    },
  };
}

/** The page's largest contentful paint so far, ms from navigation start (buffered entries). */
const readLcp = (): Promise<number> =>
  new Promise((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? 0)).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
    // No entry at all (nothing painted) reads as 0, which the caller refuses.
    setTimeout(() => resolve(0), 2000);
  });

/** One reading visit on `baseUrl` in a fresh context (cold cache), page after page as a reader following links. */
export async function measureVisit(
  browser: Browser,
  site: string,
  baseUrl: string,
  paths: readonly string[],
  network: NetworkConditions,
): Promise<VisitRun> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    // Playwright leaves the HTTP cache on (it only turns it off to intercept requests); said here so it stays on.
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    const track = trackTab(cdp);
    const pages: VisitPage[] = [];
    const fetched = new Set<string>();
    let firstLcpMs = 0;
    let referer: string | undefined;
    for (const [i, path] of paths.entries()) {
      const url = baseUrl + path;
      // The referrer of a followed link (Kindred, for one, treats a reader arriving from its own page as staying).
      await tab.goto(url, { waitUntil: 'load', ...(referer ? { referer } : {}) });
      await track.settled();
      if (i === 0) firstLcpMs = Math.round(await tab.evaluate(readLcp));
      const { urls, ...counts } = track.take();
      // The point of the visit: a hashed file already fetched must come from the cache, or the figures are wrong.
      const again = urls.filter((u) => new URL(u).pathname.startsWith('/_astro/') && fetched.has(u));
      if (again.length) throw new Error(`${site} ${path}: fetched again instead of from the HTTP cache: ${again.join(', ')}`);
      for (const u of urls) fetched.add(u);
      pages.push({ path, ...counts });
      referer = url;
    }
    if (!firstLcpMs) throw new Error(`${site}: no largest-contentful-paint entry on ${paths[0]}`);
    const pageBytes = pages.map((p) => p.bytes);
    return { site, pages, pageBytes, figures: visitFigures(pageBytes, firstLcpMs) };
  } finally {
    await context.close();
  }
}

/**
 * `runs` visits per site, alternating which site goes first, each in a fresh
 * context of one Chromium; returns every visit, per site.
 */
export async function measureVisits(
  sites: readonly { name: string; baseUrl: string }[],
  paths: readonly string[],
  network: NetworkConditions,
  runs = 5,
): Promise<Record<string, VisitRun[]>> {
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const out: Record<string, VisitRun[]> = Object.fromEntries(sites.map((s) => [s.name, []]));
  try {
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? sites : [...sites].reverse();
      for (const site of order) {
        const run = await measureVisit(browser, site.name, site.baseUrl, paths, network);
        const f = run.figures;
        console.log(
          `  visit ${i + 1} ${site.name}: first ${f.firstBytes} B, later ${f.laterBytes} B (${run.pages
            .slice(1)
            .map((p) => p.fromCache)
            .join('/')} from cache), LCP ${f.firstLcpMs} ms`,
        );
        out[site.name]?.push(run);
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
