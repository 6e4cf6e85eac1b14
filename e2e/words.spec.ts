/**
 * Words to send: Copy (exact text on the clipboard, or selected where there is
 * no clipboard), Share (the share sheet, or an email link where there is none),
 * "Make it yours", stars that survive a reload, a second tab and the export
 * file, "Need words?" on the checklist, search, and the page without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FIXED_NOW, watchConsole, withoutJavaScript } from './test-utils';

interface Situation {
  id: string;
  title: string;
  days?: number[];
  messages: { id: string; text: string }[];
}
const situations = load(readFileSync('content/messages.yaml', 'utf8')) as Situation[];
const apology = situations.find((s) => s.id === 'apology') as Situation;
const firstApology = apology.messages[0]?.text ?? '';
const STARS_KEY = 'kindred:stars:v1';

/** The n-th message (0-based) of the situation shown on the page. */
const message = (page: Page, n = 0): Locator => page.locator('.situation word-message').nth(n);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('copying and sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy puts the exact text on the clipboard and says so; it works from the keyboard', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/words/apology/');
    const first = message(page);
    await first.getByRole('button', { name: 'Copy' }).click();
    await expect(first.getByRole('status')).toHaveText('Copied');
    expect(await clipboard(page)).toBe(firstApology);

    // Keyboard: focus the second message's Copy and press Enter.
    const second = message(page, 1);
    await second.getByRole('button', { name: 'Copy' }).focus();
    await page.keyboard.press('Enter');
    await expect(second.getByRole('status')).toHaveText('Copied');
    expect(await clipboard(page)).toBe(apology.messages[1]?.text);
    expect(console.errors).toEqual([]);
  });

  test('an edited message is what gets copied and shared', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData[] }).shared ??= [];
          (window as unknown as { shared: ShareData[] }).shared.push(data);
        },
      });
    });
    await page.goto('/words/apology/');
    const first = message(page);
    const makeYours = first.getByRole('button', { name: 'Make it yours' });
    await expect(makeYours).toHaveAttribute('aria-expanded', 'false');
    await makeYours.click();
    await expect(makeYours).toHaveAttribute('aria-expanded', 'true');
    const field = first.getByRole('textbox', { name: 'Your version' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(firstApology);
    const edited = 'Sam, I’m sorry I missed your call. I can see it left you hurt, and that’s on me.';
    await field.fill(edited);
    await first.getByRole('button', { name: 'Copy' }).click();
    expect(await clipboard(page)).toBe(edited);
    await first.getByRole('button', { name: 'Share' }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([{ text: edited }]);
  });

  test('without the Web Share API, Share gives way to an email link, and Copy still works', async ({ page }) => {
    await page.addInitScript(() => {
      // Chromium on some platforms has it: take it away, as Firefox on desktop does.
      delete (Navigator.prototype as { share?: unknown }).share;
      delete (navigator as { share?: unknown }).share;
    });
    const console = watchConsole(page);
    await page.goto('/words/apology/');
    const first = message(page);
    await expect(first.getByRole('button', { name: 'Copy' })).toBeVisible();
    await expect(first.getByRole('button', { name: 'Share' })).toHaveCount(0);
    await expect(first.getByRole('link', { name: 'Email' })).toHaveAttribute('href', `mailto:?body=${encodeURIComponent(firstApology)}`);
    await first.getByRole('button', { name: 'Copy' }).click();
    expect(await clipboard(page)).toBe(firstApology);
    expect(console.errors).toEqual([]);
  });
});

test('without a clipboard, Copy selects the text and says how to copy it', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  });
  await page.goto('/words/apology/');
  const first = message(page);
  await first.getByRole('button', { name: 'Copy' }).click();
  await expect(first.getByRole('status')).toHaveText(/^Selected: press Ctrl\+C/);
  expect(await page.evaluate(() => getSelection()?.toString().trim())).toBe(firstApology);
});

test.describe('stars', () => {
  const star = (m: Locator) => m.getByRole('button', { name: 'Star' });
  const starredList = (page: Page) => page.getByRole('region', { name: 'Your starred messages' });

  test('survive a reload, show first on the words page, and reach a second tab', async ({ page, context }) => {
    await page.goto('/words/apology/');
    await star(message(page, 2)).click();
    await expect(star(message(page, 2))).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(star(message(page, 2))).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/words/');
    await expect(starredList(page)).toBeVisible();
    await expect(starredList(page).locator('.message-text')).toHaveText([apology.messages[2]?.text ?? '']);
    await expect(starredList(page).getByRole('link', { name: apology.title })).toHaveAttribute('href', '#apology');
    // The starred list comes before every situation.
    const order = await page.evaluate(() => {
      const starred = document.querySelector('.starred');
      const firstSituation = document.querySelector('.situation');
      return starred && firstSituation ? starred.compareDocumentPosition(firstSituation) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();

    // A second tab sees it, and a star made there reaches the first tab.
    const other = await context.newPage();
    await other.goto('/words/');
    await expect(starredList(other).locator('.message-text')).toHaveCount(1);
    await star(other.locator('#first-hello word-message').first()).click();
    await expect(starredList(page).locator('.message-text')).toHaveCount(2);
    // Unstarring from the starred list removes it in both tabs.
    await star(starredList(page).locator('word-message').first()).click();
    await expect(starredList(other).locator('.message-text')).toHaveCount(1);
    // The message went with its own status: the list says it, and keeps the reader's place.
    await expect(page.locator('starred-words > [role="status"]')).toHaveText('Star removed');
    await expect(starredList(page).getByRole('heading', { name: 'Your starred messages' })).toBeFocused();
    await other.close();
  });

  test('a message being made yours in the starred list keeps the edit and the focus when another is starred', async ({ page }) => {
    await page.goto('/words/');
    await star(page.locator('#apology word-message').first()).click();
    const copy = starredList(page).locator('word-message', { hasText: firstApology });
    await copy.getByRole('button', { name: 'Make it yours' }).click();
    const field = copy.getByRole('textbox', { name: 'Your version' });
    await field.fill('Sorry I went quiet, Sam.');
    // Messages starred elsewhere on the page (or in a second tab) join the list around the edit.
    await star(page.locator('#first-hello word-message').first()).click();
    await expect(starredList(page).locator('word-message')).toHaveCount(2);
    await field.focus();
    await star(page.locator('#thank-you word-message').first()).evaluate((b: HTMLButtonElement) => b.click());
    // In page order, whatever order they were starred in.
    const firstOf = (id: string) => situations.find((s) => s.id === id)?.messages[0]?.text ?? '';
    await expect(starredList(page).locator('.message-text')).toHaveText([firstOf('first-hello'), firstOf('thank-you'), firstApology]);
    await expect(field).toHaveValue('Sorry I went quiet, Sam.');
    await expect(field).toBeFocused();
  });

  test('travel in the checklist export and come back in a fresh browser, saying how many; a file without stars or with damaged ones changes none', async ({
    page,
    browser,
  }, info) => {
    await page.clock.setFixedTime(FIXED_NOW);
    await page.goto('/words/apology/');
    await star(message(page, 0)).click();
    await star(message(page, 3)).click();
    await page.goto('/checklist/');
    await page.getByRole('heading', { name: 'Keep, move or reset your progress' }).scrollIntoViewIfNeeded();
    const exportButton = page.getByRole('button', { name: 'Export progress' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    const file = info.outputPath('progress.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.stars.starred).toEqual([apology.messages[0]?.id, apology.messages[3]?.id].sort());

    const fresh = await browser.newContext();
    const second = await fresh.newPage();
    await second.goto('/checklist/');
    await second.getByRole('heading', { name: 'Keep, move or reset your progress' }).scrollIntoViewIfNeeded();
    await second.getByLabel('Import progress').setInputFiles(file);
    await expect(second.getByText(/^Progress imported/)).toContainText('2 starred messages added to yours.');
    await second.goto('/words/');
    await expect(starredList(second).locator('.message-text')).toHaveText([
      apology.messages[0]?.text ?? '',
      apology.messages[3]?.text ?? '',
    ]);

    // An older export (no stars) imports its progress and leaves the stars alone.
    await second.goto('/checklist/');
    await second.getByRole('heading', { name: 'Keep, move or reset your progress' }).scrollIntoViewIfNeeded();
    const old = JSON.stringify({ format: 'kindred-checklist', exportedAt: '2026-11-01T10:00:00.000Z', progress: exported.progress });
    await second.getByLabel('Import progress').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(old) });
    await expect(second.getByText(/^Progress imported/)).toBeAttached();
    await expect(second.getByText(/^Progress imported/)).not.toContainText('starred');
    const kept = await second.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.starred, STARS_KEY);
    expect(kept).toEqual(exported.stars.starred);

    // A file whose stars are damaged still imports its progress, says so, and leaves the stars alone.
    const damaged = JSON.stringify({ ...exported, stars: { version: 1, starred: 'all of them' } });
    await second
      .getByLabel('Import progress')
      .setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
    await expect(second.getByText(/^Progress imported/)).toContainText("The file's starred messages couldn't be read");
    expect(await second.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.starred, STARS_KEY)).toEqual(
      exported.stars.starred,
    );
    await fresh.close();
  });

  test('damaged stars are ignored and kept; newer ones make stars read-only', async ({ page }) => {
    const console = watchConsole(page);
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"version":1,"starred":');
        sessionStorage.setItem('seeded', '1');
      }
    }, STARS_KEY);
    await page.goto('/words/');
    await expect(message(page)).toContainText(situations[0]?.messages[0]?.text ?? '');
    await expect(page.locator('.starred')).toBeHidden();
    expect(await page.evaluate((key) => localStorage.getItem(key), STARS_KEY)).toBe('{"version":1,"starred":');

    const newer = '{"version":2,"starred":["hello-new-here"],"future":true}';
    await page.evaluate(([key, value]) => localStorage.setItem(key as string, value as string), [STARS_KEY, newer]);
    await page.reload();
    await star(message(page)).click();
    await expect(message(page).getByRole('status')).toHaveText(/saved by a newer version of Kindred/);
    expect(await page.evaluate((key) => localStorage.getItem(key), STARS_KEY)).toBe(newer);
    expect(console.errors).toEqual([]);
  });
});

test('each checklist day that asks for words offers them, folded, with controls loaded on opening', async ({ page }) => {
  await page.goto('/checklist/');
  const withWords = new Set(situations.flatMap((s) => s.days ?? []));
  expect(withWords.size).toBeGreaterThan(0);
  await expect(page.locator('.checklist-days > li')).toHaveCount(7);
  expect(await page.evaluate(() => customElements.get('word-message'))).toBeUndefined();
  for (let day = 1; day <= 7; day++) {
    const item = page.locator('.checklist-days > li').nth(day - 1);
    const fold = item.locator('details.need-words');
    if (!withWords.has(day)) {
      await expect(fold, `day ${day}`).toHaveCount(0);
      continue;
    }
    const expected = situations.filter((s) => s.days?.includes(day)).flatMap((s) => s.messages.map((m) => m.text));
    await expect(fold.locator('summary')).toHaveText('Need words?');
    await expect(fold.locator('.message-text').first()).toBeHidden();
    await fold.locator('summary').click();
    await expect(fold.locator('.message-text')).toHaveText(expected);
    await expect(fold.getByRole('button', { name: 'Copy' })).toHaveCount(expected.length);
  }
});

test('a search for "apology message" leads to the apology words', async ({ page }) => {
  await page.goto('/search/?q=apology%20message');
  const first = page.getByRole('main').locator('.search-results > li .search-result-title a').first();
  await expect(first).toHaveAttribute('href', /^\/words\/apology\/(#.*)?$/);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(apology.title);
});

test('tips and guide sections the words serve link to them', async ({ page }) => {
  await page.goto('/tips/apologize-sincerely/');
  const aside = page.getByRole('region', { name: 'Words to try' });
  await aside.getByRole('link', { name: apology.title }).click();
  await expect(page).toHaveURL('/words/apology/');
  await page.goto('/guide/faqs/');
  await expect(page.getByRole('region', { name: 'Words to try' }).getByRole('link')).not.toHaveCount(0);
});

test('the words read without JavaScript, filter by situation, and print as a list', async ({ browser, page }) => {
  const total = situations.reduce((n, s) => n + s.messages.length, 0);
  await withoutJavaScript(browser, async (noJs) => {
    await noJs.goto('/words/');
    await expect(noJs.locator('.situation .message-text')).toHaveCount(total);
    await expect(noJs.getByText(firstApology)).toBeVisible();
    await expect(noJs.getByRole('button', { name: 'Copy' })).toHaveCount(0);
    await noJs.getByRole('navigation', { name: 'Filter messages by situation' }).getByRole('link', { name: apology.title }).click();
    await expect(noJs).toHaveURL('/words/apology/');
    await expect(noJs.locator('.situation .message-text')).toHaveCount(apology.messages.length);
  });
  await page.goto('/words/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Copy' }).first()).toBeHidden();
  await expect(page.locator('.situation .message-text').first()).toBeVisible();
  expect(
    await page
      .locator('.message-list')
      .first()
      .evaluate((el) => getComputedStyle(el).listStyleType),
  ).toBe('disc');
});
