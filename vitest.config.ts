import { configDefaults, defineConfig } from 'vitest/config';
import { BUILD_TESTS } from './vitest.build.config.ts';

/**
 * Unit tests sit beside the code they test; e2e/ belongs to Playwright. The
 * tests that run whole `astro build`s have their own step (vitest.build.config.ts).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'integrations/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...BUILD_TESTS],
  },
});
