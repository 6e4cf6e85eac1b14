/**
 * Enforces the layers of src/ (scripts/lib/layers.ts) over the real source
 * tree, and checks the checker itself on forbidden imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, handMountedRoots, importsOf } from './lib/layers.ts';

const SRC = 'src';

describe('layers of src/', () => {
  it('no file imports a layer that runs somewhere else', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    const violations = files.flatMap((f) => checkFile(f.split('\\').join('/'), readFileSync(join(SRC, f), 'utf8')));
    expect(violations).toEqual([]);
  });
});

describe('browser code', () => {
  /** An .astro component's scripts (what runs in the browser), or a TypeScript file whole. */
  const browserSource = (file: string, text: string) =>
    file.endsWith('.astro') ? [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : text;

  it('starts no Preact root by hand: islands are mounted by Astro directives', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|astro)$/.test(f));
    const found = files.flatMap((f) =>
      handMountedRoots(browserSource(f, readFileSync(join(SRC, f), 'utf8'))).map((name) => `src/${f}: ${name}`),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ["import { h, render } from 'preact';", ['render']],
    ["import { hydrate as start } from 'preact';", ['hydrate']],
    ["import { render } from 'preact/compat';", ['render']],
    ["import { h } from 'preact';\nimport { useState } from 'preact/hooks';", []],
    ["import { render } from './my-renderer';", []],
  ])('finds hand-mounted roots in %j', (source, expected) => {
    expect(handMountedRoots(source)).toEqual(expected);
  });
});

describe('the layer checker', () => {
  it('reads static, dynamic and re-exported imports', () => {
    const source = "import a from './a';\nexport { b } from '../b';\nconst c = () => import('./c');\nimport type { D } from 'd';";
    expect(importsOf(source)).toEqual(['./a', '../b', './c', 'd']);
  });

  it.each([
    ['lib/quiz.ts', "import { $quiz } from '../stores/quiz';", 'src/lib may not import src/stores'],
    ['lib/quiz.ts', "import X from '../islands/Quiz';", 'src/lib may not import src/islands'],
    ['lib/quiz.ts', "export { quizItems } from '../data/island-props';", 'src/lib may not import src/data'],
    ['lib/quiz.ts', "import { getCollection } from 'astro:content';", 'src/lib is pure: no astro:* or virtual:* modules'],
    ['lib/quiz.ts', "import { readFileSync } from 'node:fs';", 'src/lib runs in the browser too: no Node built-ins'],
    ['lib/quiz.ts', "import { join } from 'path';", 'src/lib runs in the browser too: no Node built-ins'],
    ['stores/quiz.ts', "const m = await import('../islands/Quiz');", 'src/stores may not import src/islands'],
    ['islands/Quiz.tsx', "import { getSiteContent } from '../data/site-content';", 'src/islands may not import src/data'],
    ['islands/search/x.ts', "import { quizItems } from '../../data/island-props';", 'src/islands may not import src/data'],
    ['islands/Quiz.tsx', "import { getCollection } from 'astro:content';", 'src/islands get content as props, never from astro:content'],
    ['islands/Quiz.tsx', "import Card from '../components/TipCard.astro';", 'src/islands run in the browser: no .astro components'],
  ])('%s: %s is refused', (file, source, reason) => {
    expect(checkFile(file, source)).toEqual([expect.objectContaining({ reason })]);
  });

  it('allows what each layer may use', () => {
    expect(checkFile('lib/quiz.ts', "import { isObject } from './guards';")).toEqual([]);
    expect(
      checkFile(
        'stores/quiz.ts',
        "import { decodeQuizState } from '../lib/quiz';\nimport { persistentAtom } from '@nanostores/persistent';",
      ),
    ).toEqual([]);
    expect(
      checkFile('islands/Quiz.tsx', "import { $quiz } from '../stores/quiz';\nimport { useStore } from '@nanostores/preact';"),
    ).toEqual([]);
    expect(
      checkFile('data/site-content.ts', "import { getCollection } from 'astro:content';\nimport { surname } from '../lib/references';"),
    ).toEqual([]);
  });
});
