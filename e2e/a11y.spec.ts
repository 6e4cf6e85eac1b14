import { test } from '@playwright/test';
import { builtRoutes, expectNoAxeViolations } from './test-utils';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe (${scheme} theme)`, () => {
    test.use({ colorScheme: scheme });
    for (const route of [...builtRoutes(), '/no-such-page/']) {
      test(`${route} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(route);
        await expectNoAxeViolations(page, `on ${route} (${scheme})`);
      });
    }
  });
}
