import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const base = 'http://localhost:4362';
for (const scheme of ['light', 'dark']) for (const width of [390, 1280]) {
  const p = await b.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await p.goto(base + '/guide/all/');
  await p.screenshot({ path: `/tmp/wt28-shots/all-${scheme}-${width}.png` });
  await p.goto(base + '/guide/');
  await p.locator('.read-your-way').scrollIntoViewIfNeeded();
  await p.screenshot({ path: `/tmp/wt28-shots/guide-index-${scheme}-${width}.png` });
  await p.goto(base + '/tips/keep-humor/');
  await p.getByRole('button', { name: 'Text size' }).click();
  await p.getByRole('radio', { name: 'Largest' }).check();
  await p.getByRole('checkbox', { name: 'More space between lines' }).check();
  await p.screenshot({ path: `/tmp/wt28-shots/menu-largest-${scheme}-${width}.png` });
  await p.keyboard.press('Escape');
  await p.getByRole('radio', { name: 'Largest' }).count();
  await p.screenshot({ path: `/tmp/wt28-shots/tip-largest-${scheme}-${width}.png` });
  await p.close();
}
const p = await b.newPage({ viewport: { width: 1000, height: 1400 } });
await p.goto(base + '/guide/all/');
await p.emulateMedia({ media: 'print' });
await p.screenshot({ path: '/tmp/wt28-shots/print-top.png' });
await p.goto(base + '/guide/all/#six-strategies');
await p.screenshot({ path: '/tmp/wt28-shots/print-section.png' });
await p.emulateMedia({ media: 'screen' });
await p.pdf({ path: '/tmp/wt28-shots/guide-a4.pdf', format: 'A4' });
await b.close();
