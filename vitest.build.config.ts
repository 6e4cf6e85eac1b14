import { defineConfig } from 'vitest/config';

/**
 * Tests that run `astro build` on scratch copies of the project
 * (scripts/lib/scratch-build.ts): each takes seconds to minutes, so they run
 * as their own step, `npm run test:build`, after the unit tests.
 */
export const BUILD_TESTS = ['scripts/build-failures.test.ts', 'scripts/built-site.test.ts', 'scripts/built-site-gaps.test.ts'];

/** `npm run test:build`: only the tests that build the site. */
export default defineConfig({
  test: {
    include: BUILD_TESTS,
  },
});
