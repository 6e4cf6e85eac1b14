import { expect, test } from '@playwright/test';
import { articleRoutes, withoutJavaScript } from './test-utils';

/** The article's text, leaving out islands (they replace their no-JS fallback once they hydrate). */
async function articleText(page: import('@playwright/test').Page, route: string) {
  await page.goto(route);
  await page.locator('astro-island').evaluateAll((islands) => islands.forEach((i) => i.remove()));
  return page.getByRole('article').innerText();
}

test.describe('without JavaScript', () => {
  for (const route of articleRoutes()) {
    test(`${route} shows its full text`, async ({ browser }) => {
      const withJs = await browser.newPage();
      const expected = await articleText(withJs, route);
      await withJs.close();

      await withoutJavaScript(browser, async (page) => {
        const actual = await articleText(page, route);
        expect(expected.length).toBeGreaterThan(200);
        expect(actual).toBe(expected);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    });
  }
});
