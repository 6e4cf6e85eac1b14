import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const p = await b.newPage({ viewport: { width: Number(process.argv[2] || 390), height: 800 } });
await p.addInitScript(() => localStorage.setItem('kindred:checklist:v1', JSON.stringify({ version: 2, days: [1, 2, 3], startDate: null, habits: {} })));
await p.goto('http://localhost:4362/guide/six-strategies/');
await p.waitForTimeout(800);
console.log(await p.evaluate(() => {
  const w = document.querySelector('.site-header > .wrap');
  const kids = [...w.children].map(c => [c.className || c.tagName, Math.round(c.getBoundingClientRect().width), Math.round(c.getBoundingClientRect().top)]);
  return JSON.stringify({ wrap: w.getBoundingClientRect().width, h: document.querySelector('.site-header').getBoundingClientRect().height, kids, gap: getComputedStyle(w).gap });
}));
await p.screenshot({ path: '/tmp/wt28-header.png', clip: { x: 0, y: 0, width: Number(process.argv[2] || 390), height: 100 } });
await b.close();
