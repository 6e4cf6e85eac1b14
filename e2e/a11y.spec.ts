import { expect, test } from '@playwright/test';
import { builtRoutes, COLOUR_RULES, everyPage, expectNoAxeViolations, PAGE_SHAPES } from './test-utils';

// One load per page, scanned in both themes. The themes differ only in colour (light-dark() picks
// by the color scheme, which emulateMedia flips live), so the dark scan runs the colour rules;
// the full WCAG rule set runs once, in light. This halves the walk's page loads and axe time.
test('the pages npm test checks for each template include every page shape', () => {
  // A renamed page would silently drop out of the sample: fail instead.
  expect(builtRoutes()).toEqual(expect.arrayContaining(PAGE_SHAPES));
});

test.describe('axe in both themes', () => {
  test.use({ colorScheme: 'light', reducedMotion: 'reduce' });
  const routes = [...builtRoutes(), '/no-such-page/'];
  for (const route of routes) {
    test(`${route} has no WCAG 2.2 AA violations`, everyPage(route, routes), async ({ page }) => {
      await page.goto(route);
      await expectNoAxeViolations(page, `on ${route} (light)`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page, `on ${route} (dark)`, COLOUR_RULES);
    });
  }
});
