/**
 * Broken content fails `astro build` itself, naming the file and the field:
 * the wiring from the content layer to the rules in src/data, not only the
 * pure rules (tested in src/data/*.test.ts). Each case builds a scratch copy
 * of the project with one change (scripts/lib/scratch-build.ts), about 10 s.
 * Adding a case is one `it(...)`: a change, and the message expected.
 */
import { describe, expect, it } from 'vitest';
import { editFile, scratchBuild } from './lib/scratch-build.ts';

const BUILD_TIMEOUT = 180_000;

describe('a build with broken content fails, naming the file and the field', () => {
  it(
    'a quiz link to a tip that does not exist',
    async () => {
      const build = await scratchBuild(
        editFile('content/quiz.yaml', (yaml) =>
          yaml.replace(/(- id: always-superficial\n(?: {2}.*\n| {4}.*\n)*?) {2}link: .*/, '$1  link: tip:99'),
        ),
      );
      expect(build.code, build.output.slice(-2000)).not.toBe(0);
      expect(build.output).toContain(
        'content/quiz.yaml (entry "always-superficial") → link: "tip:99" points to tip 99, which does not exist',
      );
    },
    BUILD_TIMEOUT,
  );
});
