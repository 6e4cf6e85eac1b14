import { defineConfig } from 'vitest/config';

/**
 * The unit tests Stryker runs for every mutant (`npm run test:mutation`):
 * the tests of the pure and state code in src/. Left out: scripts/ tests,
 * which read the seed documents (own-words), scan the source tree (layers)
 * or build scratch copies of the site (build-failures, built-site*); none
 * of them exercises the mutated code, and each would cost seconds per mutant.
 * The tests of integrations/ (post-build steps) are left out as they were
 * when they sat in scripts/, so the mutation score is measured as before.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'scripts/**'],
  },
});
