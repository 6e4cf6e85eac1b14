/**
 * Bytes on the wire per page as Chromium loads it (compressed sizes from the
 * DevTools protocol), split by resource type. Waits for the network to go
 * idle, so hydrated islands count; lazily loaded search code does not.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts';

/** Compressed bytes by kind, and the number of requests. */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
}

const KIND: Record<string, keyof Pick<PageWeight, 'html' | 'css' | 'js'>> = {
  Document: 'html',
  Stylesheet: 'css',
  Script: 'js',
};

/** Loads each path in a fresh page and sums what crossed the network. */
export async function measurePageWeights(baseUrl: string, paths: string[]): Promise<PageWeight[]> {
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const out: PageWeight[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const types = new Map<string, string>();
      const weight: PageWeight = { path, html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0 };
      cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
      cdp.on('Network.loadingFinished', (e) => {
        const kind = KIND[types.get(e.requestId) ?? ''] ?? 'other';
        weight[kind] += e.encodedDataLength;
        weight.total += e.encodedDataLength;
        weight.requests++;
      });
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      out.push(weight);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
