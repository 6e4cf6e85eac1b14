import { expect, test, type Page } from '@playwright/test';
import { articleRoutes, builtRoutes, everyPage, waitForIslands, withoutJavaScript } from './test-utils';

/**
 * The page's reading text: the article on guide and tip pages, <main> on the
 * home page and the indexes. Islands are left out (they replace their no-JS
 * fallback once they hydrate), and so is "Save for offline", a control that
 * exists only where JavaScript can run it.
 */
async function readingText(page: Page, route: string, { hydrated = false } = {}) {
  await page.goto(route);
  if (hydrated) await waitForIslands(page);
  const article = page.getByRole('article');
  const region = (await article.count()) === 1 ? article : page.getByRole('main');
  await page.locator('astro-island, save-offline').evaluateAll((islands) => {
    for (const island of islands) island.remove();
  });
  return region.innerText();
}

/** The home page, the guide and tips indexes and every theme page. */
const indexRoutes = () => builtRoutes().filter((r) => r === '/' || r === '/guide/' || r === '/tips/' || /^\/tips\/theme\/[^/]+\/$/.test(r));

test.describe('without JavaScript', () => {
  test('checks the home page, both indexes and every theme page', () => {
    const routes = indexRoutes();
    expect(routes).toEqual(expect.arrayContaining(['/', '/guide/', '/tips/', '/tips/theme/empathy/']));
    expect(routes.filter((r) => r.startsWith('/tips/theme/')).length).toBeGreaterThan(1);
  });

  const routes = [...indexRoutes(), ...articleRoutes()];
  for (const route of routes) {
    test(`${route} shows its full text`, everyPage(route, routes), async ({ browser }) => {
      const withJs = await browser.newPage();
      const expected = await readingText(withJs, route, { hydrated: true });
      await withJs.close();

      await withoutJavaScript(browser, async (page) => {
        const actual = await readingText(page, route);
        expect(expected.length).toBeGreaterThan(200);
        expect(actual).toBe(expected);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    });
  }
});
