// @ts-check
/**
 * Mutation testing (`npm run test:mutation`, run by .ci/run after `npm test`):
 * Stryker plants small bugs in the pure and state code and checks that a unit
 * test fails on each. The run fails below a mutation score of 85%.
 * Survivors that cannot change behaviour (equivalent mutants) are marked in
 * the source with `// Stryker disable next-line <mutator>: <reason>`, never
 * hidden by leaving files out.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: [
    'src/lib/**/*.ts',
    'src/stores/**/*.ts',
    // The build-time rules in src/data: cross-collection checks and content links.
    'src/data/content-rules.ts',
    'src/data/content-links.ts',
    '!src/**/*.test.ts',
    // Test support (a fake localStorage for the store tests), not product code.
    '!src/**/test-*.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10_000,
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
