import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { startPreview } from './lib/preview-server.ts';
const preview = await startPreview(process.argv[2] ?? '.');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ serviceWorkers: 'block' });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Network.enable');
const urls = new Map<string, string>();
const rows: [string, number][] = [];
let on = false;
cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
cdp.on('Network.loadingFinished', (e) => {
  if (on) rows.push([urls.get(e.requestId) ?? '', e.encodedDataLength]);
});
await page.goto(`${preview.url}/tips/keep-humor/`);
await page.waitForTimeout(1500);
on = true;
await page.locator('button[aria-controls="search-panel"]').click();
await page.locator('#site-search').fill(process.argv[3] ?? 'gratitude');
await page.waitForFunction(() => /result/.test(document.querySelector('.search-popup [role="status"]')?.textContent ?? ''));
await page.waitForTimeout(1500);
let total = 0;
for (const [u, b] of rows) {
  total += b;
  console.log(b, u.replace(preview.url, ''));
}
console.log('total', total);
await browser.close();
await preview.stop();
