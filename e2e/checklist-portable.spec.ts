import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoAxeViolations, FIXED_NOW, tabTo, watchConsole, scrollToHeading } from './test-utils';

/**
 * Progress that lasts and travels: restore links between browsers, the
 * calendar reminder, and asking the browser to keep storage.
 */

const KEY = 'kindred:checklist:v1';
const day = (page: Page, n: number) => page.getByRole('checkbox', { name: new RegExp(`^Day ${n}:`) });
const progressText = (page: Page) => page.getByText(/^\d of 7 days done$/);
const restoreRegion = (page: Page) => page.getByRole('region', { name: 'Progress from another device' });
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** The tools: rendered by the plan once scrolled near. */
async function openTools(page: Page) {
  await scrollToHeading(page, 'Keep, move or reset your progress');
  const tools = page.getByRole('region', { name: 'Keep, move or reset your progress' });
  await expect(tools.getByRole('button', { name: 'Reset progress' })).toBeVisible();
  return tools;
}

/** A fresh browser (its own storage), at the fixed test date. */
async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED_NOW);
  return page;
}

/** Ticks days 1 and 3 and one habit, and returns the restore link the tools make for it. */
async function makeLink(page: Page): Promise<string> {
  await page.goto('/checklist/');
  await day(page, 1).check();
  await day(page, 3).check();
  // The habits island may already have replaced its no-JS list (it loads 300 px before it scrolls into view).
  await scrollToHeading(page, /^(Power habits|Today's habits)$/);
  await page
    .getByRole('group', { name: /^Done today/ })
    .getByRole('checkbox')
    .first()
    .check();
  const tools = await openTools(page);
  await tools.getByRole('button', { name: 'Continue on another device' }).click();
  const field = tools.getByRole('textbox', { name: 'Your restore link' });
  await expect(field).toBeFocused();
  return field.inputValue();
}

/** The link with its payload bytes changed by `edit`, checksum recomputed: well formed, but different. */
function forged(link: string, edit: (bytes: Uint8Array) => void): string {
  const [base, payload = ''] = link.split('#restore=');
  const bytes = Uint8Array.from(Buffer.from(payload, 'base64url'));
  edit(bytes);
  let hash = 0x811c9dc5;
  for (const b of bytes.subarray(0, bytes.length - 2)) hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
  bytes[bytes.length - 2] = (hash >>> 8) & 0xff;
  bytes[bytes.length - 1] = hash & 0xff;
  return `${base}#restore=${Buffer.from(bytes).toString('base64url')}`;
}

test.describe('continue on another device', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(FIXED_NOW);
  });

  test('a restore link carries progress to another browser, which asks before merging', async ({ page, browser }) => {
    const link = await makeLink(page);
    expect(new URL(link).pathname).toBe('/checklist/');
    expect(new URL(link).hash).toMatch(/^#restore=[A-Za-z0-9_-]+$/);
    await expect(page.getByRole('img', { name: 'QR code of your restore link' })).toBeVisible();
    // The QR code is markup with attributes only: nothing for a hash-only CSP to block.
    expect(await page.locator('.move-qr svg').evaluate((svg) => svg.outerHTML)).not.toMatch(/style=/);

    // An empty browser: asked once, then the ticks are there.
    const empty = await freshPage(browser);
    const errors = watchConsole(empty);
    await empty.goto(link);
    await expect(restoreRegion(empty)).toContainText('holds 2 of 7 days done and habits on 1 day');
    await expect(restoreRegion(empty).getByRole('heading')).toBeFocused();
    await expect(day(empty, 1)).not.toBeChecked();
    await restoreRegion(empty).getByRole('button', { name: 'Use this progress' }).click();
    await expect(day(empty, 1)).toBeChecked();
    await expect(day(empty, 3)).toBeChecked();
    await expect(restoreRegion(empty).getByRole('status')).toHaveText('Done: 2 of 7 days done and habits on 1 day now in this browser.');
    await expect.poll(() => new URL(empty.url()).hash).toBe('');
    await empty.reload();
    await expect(day(empty, 3)).toBeChecked();
    await expect(restoreRegion(empty)).toHaveCount(0);
    expect(errors.errors).toEqual([]);
    await empty.context().close();
  });

  test('a browser with progress of its own changes nothing until the reader picks; merge keeps both', async ({ page, browser }) => {
    const link = await makeLink(page);
    const other = await freshPage(browser);
    await other.goto('/checklist/');
    await day(other, 5).check();
    await other.goto(link);
    await expect(restoreRegion(other)).toContainText('This browser already has 1 of 7 days done');
    await expect(day(other, 1)).not.toBeChecked();
    await restoreRegion(other).getByRole('button', { name: 'Merge both' }).click();
    for (const n of [1, 3, 5]) await expect(day(other, n)).toBeChecked();
    await expect(progressText(other)).toHaveText('3 of 7 days done');

    // "Keep mine only" changes nothing.
    await other.goto(link);
    const before = await stored(other);
    await restoreRegion(other).getByRole('button', { name: 'Keep mine only' }).click();
    await expect(restoreRegion(other).getByRole('status')).toHaveText('Nothing was changed. Your progress here is as it was.');
    expect(await stored(other)).toBe(before);
    await restoreRegion(other).getByRole('button', { name: 'Close' }).click();
    await expect(restoreRegion(other)).toHaveCount(0);
    await other.context().close();
  });

  test('replace, from a link pasted into the address bar of the open page', async ({ page, browser }) => {
    const link = await makeLink(page);
    const replaced = await freshPage(browser);
    await replaced.goto('/checklist/');
    await day(replaced, 7).check();
    await replaced.evaluate((hash) => (location.hash = hash), new URL(link).hash);
    await restoreRegion(replaced).getByRole('button', { name: "Replace with the link's" }).click();
    await expect(day(replaced, 7)).not.toBeChecked();
    await expect(progressText(replaced)).toHaveText('2 of 7 days done');
    await replaced.context().close();
  });

  test('a damaged link says so and changes nothing', async ({ page, browser }) => {
    const link = await makeLink(page);
    const other = await freshPage(browser);
    await other.goto('/checklist/');
    await day(other, 6).check();
    const before = await stored(other);
    for (const bad of [
      link.slice(0, -4),
      link.replace(/#restore=(.{12})./, (_, keep: string) => `#restore=${keep}${link.includes(`${keep}A`) ? 'B' : 'A'}`),
      `${new URL(link).origin}/checklist/#restore=<img src=x onerror=alert(1)>`,
    ]) {
      // A fresh load each time, so the alert checked below is this link's, not the previous one's.
      await other.goto('/checklist/');
      await expect(restoreRegion(other)).toHaveCount(0);
      await other.goto(bad);
      await expect(restoreRegion(other).getByRole('alert')).toHaveText(/damaged or incomplete.*Nothing was changed/);
      await expect.poll(() => new URL(other.url()).hash).toBe('');
      expect(await stored(other)).toBe(before);
      await expect(progressText(other)).toHaveText('1 of 7 days done');
      await expect(day(other, 6)).toBeChecked();
    }
    await other.context().close();
  });

  test('a link made for another plan, or by a newer version, is turned away', async ({ page }) => {
    const link = await makeLink(page);
    const before = await stored(page);
    // Another plan: different day and habit ids give a different plan hash.
    await page.goto(forged(link, (b) => (b[1] = (b[1] ?? 0) ^ 0xff)));
    await expect(restoreRegion(page).getByRole('alert')).toHaveText(/made for a different version of the 7-day plan.*Nothing was changed/);
    expect(await stored(page)).toBe(before);
    await page.goto(forged(link, (b) => (b[0] = 2)));
    await expect(restoreRegion(page).getByRole('alert')).toHaveText(/made by a newer version of Kindred/);
    expect(await stored(page)).toBe(before);
    await expect.poll(() => new URL(page.url()).hash).toBe('');
  });

  test('the restore prompt and the link panel pass axe in both themes, and work by keyboard', async ({ page, browser }) => {
    const link = await makeLink(page);
    await expectNoAxeViolations(page, 'link panel, light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'link panel, dark');
    // Hiding the panel puts focus back on the button that opened it.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Hide the link' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Continue on another device' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Continue on another device' })).toHaveAttribute('aria-expanded', 'false');

    const other = await freshPage(browser);
    await other.goto('/checklist/');
    await day(other, 2).check();
    await other.goto(link);
    await expect(restoreRegion(other).getByRole('heading')).toBeFocused();
    await expectNoAxeViolations(other, 'restore prompt, light');
    await other.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(other, 'restore prompt, dark');
    await tabTo(other, 'Merge both', 3);
    await other.keyboard.press('Enter');
    await expect(progressText(other)).toHaveText('3 of 7 days done');
    await other.context().close();
  });
});

test.describe('calendar reminder', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(FIXED_NOW);
  });

  const download = async (page: Page, path: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()]);
    await file.saveAs(path);
    return new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
  };

  test('the calendar file carries a reminder at the chosen local time, or none', async ({ page }, info) => {
    await page.goto('/checklist/');
    const tools = await openTools(page);
    await expect(tools.getByLabel('Calendar reminder each day at')).toBeChecked();
    await expect(tools.getByLabel('Reminder time')).toHaveValue('09:00');
    await tools.getByLabel('Reminder time').fill('18:30');

    const calendar = await download(page, info.outputPath('reminder.ics'));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(7);
    for (const event of events) {
      const alarms = event.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      const alarm = alarms[0] as ICAL.Component;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
      expect(trigger.toSeconds()).toBe(18 * 3600 + 30 * 60);
      expect(new ICAL.Event(event).startDate.isDate).toBe(true);
    }
    await expect(tools.getByRole('status')).toHaveText(/each with a reminder at 18:30\.$/);

    await tools.getByLabel('Calendar reminder each day at').uncheck();
    await expect(tools.getByLabel('Reminder time')).toBeDisabled();
    const plain = await download(page, info.outputPath('plain.ics'));
    expect(plain.getAllSubcomponents('vevent').flatMap((e) => e.getAllSubcomponents('valarm'))).toHaveLength(0);
  });
});

/**
 * Replaces navigator.storage's persist() and persisted() with a stub that
 * counts calls on this page and answers `grant`; a grant lasts across
 * reloads of the tab, as a browser's would.
 */
function stubStorage(page: Page, grant: boolean, persistedAtStart = false) {
  return page.addInitScript(
    ([grant, atStart]) => {
      const w = window as unknown as { persistCalls: number };
      w.persistCalls = 0;
      const persisted = () => atStart || sessionStorage.getItem('stub:persisted') === '1';
      Object.defineProperty(navigator, 'storage', {
        configurable: true,
        value: {
          persisted: async () => persisted(),
          persist: async () => {
            w.persistCalls++;
            if (grant) sessionStorage.setItem('stub:persisted', '1');
            return grant;
          },
        },
      });
    },
    [grant, persistedAtStart] as const,
  );
}
const persistCalls = (page: Page) => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);

test.describe('progress that stays', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(FIXED_NOW);
  });

  test('asks the browser to keep storage after the first tick, and says "protected" once it does', async ({ page }) => {
    await stubStorage(page, true);
    await page.goto('/checklist/');
    const tools = await openTools(page);
    await expect(tools.getByText(/may clear your progress/)).toBeVisible();
    expect(await persistCalls(page)).toBe(0);
    await day(page, 1).check();
    await expect.poll(() => persistCalls(page)).toBe(1);
    await page.reload();
    const again = await openTools(page);
    await expect(again.getByText('Your progress is protected.')).toBeVisible();
    // Already kept: not asked again.
    expect(await persistCalls(page)).toBe(0);
  });

  test('when the browser says no, it is asked again on the next visit and never called protected', async ({ page }) => {
    await stubStorage(page, false);
    await page.goto('/checklist/');
    await day(page, 2).check();
    await expect.poll(() => persistCalls(page)).toBe(1);
    await page.reload();
    await expect.poll(() => persistCalls(page)).toBe(1);
    const tools = await openTools(page);
    await expect(tools.getByText(/may clear your progress/)).toBeVisible();
    await expect(tools.getByText(/install Kindred/)).toBeVisible();
    await expect(page.getByText(/protected/)).toHaveCount(0);
  });

  test('a Safari tab is never called protected, even when storage persists', async ({ browser }) => {
    const context = await browser.newContext({
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    });
    const page = await context.newPage();
    await stubStorage(page, true, true);
    await page.goto('/checklist/');
    const tools = await openTools(page);
    await expect(tools.getByText(/Safari deletes saved progress after 7 days without a visit/)).toBeVisible();
    await expect(tools.getByText(/Home Screen/)).toBeVisible();
    await expect(page.getByText(/protected/)).toHaveCount(0);
    await context.close();
  });
});
