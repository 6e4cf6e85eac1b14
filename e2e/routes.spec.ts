import { expect, test } from '@playwright/test';
import { builtRoutes, everyPage, referenceDois, tipsTitle, watchConsole } from './test-utils';

test.describe('every route', () => {
  // One page of each template in npm test; the rest in CI's every-page step (test:every-page).
  const routes = builtRoutes();
  for (const route of routes) {
    test(`${route} renders its heading without console errors`, everyPage(route, routes), async ({ page }) => {
      const console = watchConsole(page);
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page).toHaveTitle(/Kindred/);
      expect(console.errors).toEqual([]);
    });
  }

  test('an unknown URL gets a helpful 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that page" })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: tipsTitle() }).click();
    await expect(page).toHaveURL('/tips/');
  });

  test('external links open safely', async ({ page }) => {
    await page.goto('/guide/references/');
    const external = page.locator('main a[href^="http"]');
    // One DOI link per cited work.
    expect(await external.count()).toBe(referenceDois().length);
    for (const link of await external.all()) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });
});
