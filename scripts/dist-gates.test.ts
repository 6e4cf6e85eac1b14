/**
 * The gates over dist/ fail when the built site is wrong: each test feeds a
 * tiny bad dist/ fixture (scripts/lib/dist-fixture.ts) to the gate, as
 * `npm run test:budget` runs it, and expects a non-zero exit naming the
 * problem. The pure checks are tested in detail beside the CLI runs.
 * (The search gate needs a browser and a real index: scripts/built-site-gaps.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkBudgets, pageTypeOf, themeScriptOf } from './lib/budget.ts';
import { checkDist, MAX_PAGES_PER_INLINE_STYLE, repeatedInlineStyles } from './lib/dist-check.ts';
import { moduleImports, pageLoad } from './lib/dist-pages.ts';
import { moduleOfSize, page, removeDist, runGate, themeScript, validSite, writeDist, type DistFiles } from './lib/dist-fixture.ts';

const KEY = 'kindred:theme';
const written: string[] = [];
/** Writes a fixture, removed after the test. */
const fixture = (files: DistFiles) => {
  const dist = writeDist(files);
  written.push(dist);
  return dist;
};
afterEach(() => {
  for (const dist of written.splice(0)) removeDist(dist);
});

/** The valid site with one page's <head> extras replaced. */
const withHead = (path: string, head: string, title = 'Page'): DistFiles => ({ ...validSite(), [path]: page(title, { head }) });

describe('moduleImports', () => {
  it('finds static imports, re-exports and literal dynamic imports in minified code', () => {
    const code =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: minified code with a template literal, as a string
      'import{a as b}from"./a.js";import"./side.js";export*from"./all.js";export{c as d}from\'./some.js\';const l=()=>import(`./lazy.js`),m=import("./m.js");import(u);import(`./x-${n}.js`)';
    expect(moduleImports(code)).toEqual({ static: ['./a.js', './side.js', './all.js', './some.js'], dynamic: ['./lazy.js', './m.js'] });
  });

  it('does not mistake an export of a value for a re-export', () => {
    expect(moduleImports('export const a="./x.js";export default"./y.js";')).toEqual({ static: [], dynamic: [] });
  });

  it('reads code, not text: imports spelled inside strings, templates, comments or regexes are not imports', () => {
    const code =
      'const s=\';import"./in-string.js"\',t=`import("./in-template.js")`;/* import"./in-comment.js" */const r=/import"x"/;import.meta.url;import"./real.js";';
    expect(moduleImports(code)).toEqual({ static: ['./real.js'], dynamic: [] });
  });

  it('names the file it could not read', () => {
    expect(() => moduleImports('import{a from"./x.js"', '/_astro/broken.js')).toThrow('/_astro/broken.js');
  });
});

describe('pageLoad', () => {
  it('counts the static graph at load, client:visible code on scroll and import() targets on demand', () => {
    const dist = fixture({
      ...validSite(),
      'guide/introduction/index.html': page('Intro', {
        head: "<script type='module' src='/_astro/entry.js'></script><link rel=modulepreload href=/_astro/pre.js>",
        body: '<astro-island client="visible" component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>',
      }),
      '_astro/entry.js': 'export*from"./reexported.js";const x=()=>import("./lazy.js");',
      '_astro/reexported.js': 'export const r=1;',
      '_astro/pre.js': 'export const p=1;',
      '_astro/lazy.js': 'import"./lazy-dep.js";import"./reexported.js";',
      '_astro/lazy-dep.js': '',
      '_astro/Island.js': 'import"./client.js";import"./pre.js";',
      '_astro/client.js': 'const s=()=>import("./signals.js");',
      '_astro/signals.js': '',
    });
    const load = pageLoad(dist, 'guide/introduction/index.html');
    expect(load.scriptFiles.sort()).toEqual(['/_astro/entry.js', '/_astro/pre.js', '/_astro/reexported.js']);
    expect(load.deferredScriptFiles.sort()).toEqual(['/_astro/Island.js', '/_astro/client.js']);
    expect(load.onDemandScriptFiles.sort()).toEqual(['/_astro/lazy-dep.js', '/_astro/lazy.js', '/_astro/signals.js']);
    expect(load.inlineScripts).toHaveLength(1); // the theme script
  });

  it.each(['load', 'only', 'idle'])('counts the component and renderer of a client:%s island at load', (client) => {
    const dist = fixture({
      ...validSite(),
      'quiz/index.html': page('Quiz', {
        body: `<astro-island client="${client}" component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island>`,
      }),
      '_astro/Quiz.js': 'import"./preact.js";',
      '_astro/client.js': 'import"./preact.js";',
      '_astro/preact.js': '',
    });
    const load = pageLoad(dist, 'quiz/index.html');
    expect(load.scriptFiles.sort()).toEqual(['/_astro/Quiz.js', '/_astro/client.js', '/_astro/preact.js']);
    expect(load.deferredScriptFiles).toEqual([]);
  });
});

describe('page types', () => {
  it('types every route, and budgets a new route as a content page', () => {
    const types = [
      '/',
      '/guide/',
      '/tips/',
      '/tips/theme/growth/',
      '/guide/faqs/',
      '/guide/all/',
      '/tips/keep-humor/',
      '/quiz/',
      '/checklist/',
      '/search/',
      '/words/',
      '/words/apology/',
      '/404/',
      '/help/',
    ].map((r) => `${pageTypeOf(r).name}:${pageTypeOf(r).kind}`);
    expect(types).toEqual([
      'home:content',
      'guide index:content',
      'tips index:content',
      'theme index:content',
      'guide section:content',
      'one-page guide:content',
      'tip:content',
      'quiz:island',
      'checklist:island',
      'search:island',
      'words:island',
      'words:island',
      '404:content',
      'other:content',
    ]);
  });

  it('finds the theme script by its data-key, whatever the quotes', () => {
    expect(themeScriptOf(`<head>${themeScript()}</head>`, KEY)).toContain('localStorage');
    expect(themeScriptOf(`<script data-key='${KEY}'>x()</script>`, KEY)).toBe('x()');
    expect(themeScriptOf('<script data-key="other">x()</script>', KEY)).toBeUndefined();
  });
});

// Each CLI run spawns Node (html-validate for check-dist): seconds on a busy machine, past vitest's default 5 s.
describe('check-budget', { timeout: 30_000 }, () => {
  it('passes a site within budget, and lists every page type with --verbose', () => {
    const dist = fixture(validSite());
    expect(checkBudgets(dist, KEY).failures).toEqual([]);
    const run = runGate('scripts/check-budget.ts', dist);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('Budgets met on 13 pages');
  });

  it('fails on a content page whose JavaScript at load is over 6 KB through an `export … from`', () => {
    const dist = fixture({
      ...withHead('tips/show-empathy/index.html', '<script type="module" src="/_astro/tip.js"></script>'),
      '_astro/tip.js': 'export*from"./big.js";',
      '_astro/big.js': moduleOfSize(6 * 1024),
    });
    const run = runGate('scripts/check-budget.ts', dist);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/\/tips\/show-empathy\/ \(tip\): JavaScript at load \d+ B gzip > 6144 B/);
  });

  it.each([
    ['the home page', 'index.html', 'home'],
    ['an index', 'guide/index.html', 'guide index'],
    ['a theme page', 'tips/theme/empathy/index.html', 'theme index'],
    ['the 404 page', '404.html', '404'],
  ])('holds %s to the content budget', (_, path, type) => {
    const dist = fixture({
      ...withHead(path, '<script type="module" src="/_astro/big.js"></script>'),
      '_astro/big.js': moduleOfSize(7 * 1024),
    });
    expect(checkBudgets(dist, KEY).failures).toEqual([
      expect.stringMatching(new RegExp(`\\(${type}\\): JavaScript at load \\d+ B gzip > 6144 B$`)),
    ]);
  });

  it('fails on HTML and CSS over 16 KB on a content page', () => {
    const dist = fixture({
      ...withHead('guide/introduction/index.html', '<link rel="stylesheet" href="/_astro/site.css">'),
      '_astro/site.css': `/*${moduleOfSize(16 * 1024)}*/`,
    });
    expect(checkBudgets(dist, KEY).failures).toEqual([
      expect.stringMatching(/^\/guide\/introduction\/ \(guide section\): HTML\+CSS \d+ B gzip > 16384 B$/),
    ]);
  });

  it('gives the one-page guide, and only it, 24 KB of HTML and CSS', () => {
    const css = (kb: number) => ({ '_astro/site.css': `/*${moduleOfSize(kb * 1024)}*/` });
    const link = '<link rel="stylesheet" href="/_astro/site.css">';
    const within = fixture({ ...withHead('guide/all/index.html', link), ...css(20) });
    expect(checkBudgets(within, KEY).failures).toEqual([]);
    const over = fixture({ ...withHead('guide/all/index.html', link), ...css(25) });
    expect(checkBudgets(over, KEY).failures).toEqual([
      expect.stringMatching(/^\/guide\/all\/ \(one-page guide\): HTML\+CSS \d+ B gzip > 24576 B$/),
    ]);
  });

  it('allows an island page 20 KB at load', () => {
    const dist = fixture({
      ...validSite(),
      'quiz/index.html': page('Quiz', { body: '<astro-island client="load" component-url="/_astro/Quiz.js"></astro-island>' }),
      '_astro/Quiz.js': moduleOfSize(17 * 1024),
    });
    expect(checkBudgets(dist, KEY).failures).toEqual([]);
  });

  it('fails on an island page over 20 KB at load, counting islands that hydrate at load', () => {
    const dist = fixture({
      ...withHead('quiz/index.html', '', 'Quiz'),
      'quiz/index.html': page('Quiz', { body: '<astro-island client="load" component-url="/_astro/Quiz.js"></astro-island>' }),
      '_astro/Quiz.js': moduleOfSize(21 * 1024),
    });
    const run = runGate('scripts/check-budget.ts', dist);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/\/quiz\/ \(quiz\): JavaScript at load \d+ B gzip > 20480 B/);
  });

  it('reports on-demand code apart, and fails on an on-demand chunk over 8 KB', () => {
    const dist = fixture({
      ...withHead('tips/show-empathy/index.html', '<script type="module" src="/_astro/tip.js"></script>'),
      '_astro/tip.js': 'const open=()=>import("./share.js");',
      '_astro/share.js': moduleOfSize(9 * 1024),
    });
    const report = checkBudgets(dist, KEY);
    const tip = report.pages.find((p) => p.route === '/tips/show-empathy/');
    expect(tip?.js).toBeLessThan(1024); // not at load
    expect(tip?.onDemand).toBeGreaterThan(8 * 1024);
    expect(report.failures).toEqual([expect.stringMatching(/^\/_astro\/share\.js: on-demand chunk \d+ B gzip > 8192 B$/)]);
    expect(runGate('scripts/check-budget.ts', dist).code).not.toBe(0);
  });

  it('fails on a client:visible island chunk over 8 KB', () => {
    const dist = fixture({
      ...validSite(),
      'guide/introduction/index.html': page('Intro', {
        body: '<astro-island client="visible" component-url="/_astro/Quiz.js"></astro-island>',
      }),
      '_astro/Quiz.js': moduleOfSize(9 * 1024),
    });
    expect(checkBudgets(dist, KEY).failures).toEqual([expect.stringMatching(/^\/_astro\/Quiz\.js: on-demand chunk/)]);
  });

  it('fails when a page type matched no page', () => {
    const files = validSite();
    delete files['search/index.html'];
    delete files['tips/theme/empathy/index.html'];
    const run = runGate('scripts/check-budget.ts', fixture(files));
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('no page of type "theme index" was found');
    expect(run.output).toContain('no page of type "search" was found');
  });

  it('fails when the inline theme script is missing or over 1 KB', () => {
    const dist = fixture({
      ...validSite(),
      'tips/index.html': page('Tips').replace(themeScript(), ''),
      'guide/index.html': page('Guide').replace(themeScript(), `<script data-key="${KEY}">${moduleOfSize(1100)}</script>`),
    });
    const run = runGate('scripts/check-budget.ts', dist);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('/tips/: the inline theme script (data-key="kindred:theme") was not found');
    expect(run.output).toMatch(/\/guide\/: inline theme script \d+ B gzip > 1024 B/);
  });

  it('fails when dist/ is missing', () => {
    const run = runGate('scripts/check-budget.ts', '/nonexistent/kindred-dist');
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('is missing');
  });
});

describe('check-dist', { timeout: 30_000 }, () => {
  it('passes a valid site', async () => {
    const dist = fixture(validSite());
    expect(await checkDist(dist)).toEqual({ problems: [], pages: 13 });
  });

  it.each([
    ['a single-quoted link to a missing page', "<a href='/tips/gone/'>x</a>", 'points to /tips/gone/, which is not in the build'],
    [
      'a missing srcset candidate',
      '<img src="/_astro/consts.js" srcset="/_astro/consts.js 1x, /img/missing@2x.png 2x" alt="">',
      'points to /img/missing@2x.png',
    ],
    ['a missing anchor', '<a href="/guide/#nowhere">x</a>', 'has no #nowhere on /guide/'],
    ['a protocol-relative script', '<script src="//cdn.example/x.js"></script>', 'loads from another origin'],
    ['invalid HTML', '<p><div>block in a paragraph</div></p>', "error [close-order] Stray end tag '</p>'"],
  ])('fails on %s', (_, body, message) => {
    const dist = fixture({ ...validSite(), 'tips/show-empathy/index.html': page('Tip', { body }) });
    const run = runGate('scripts/check-dist.ts', dist);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(message);
  });

  it('fails on bundled code that loads from a third party, protocol-relative included', async () => {
    const dist = fixture({ ...validSite(), '_astro/consts.js': 'fetch("//tracker.example/p");export const KEY=1;' });
    expect((await checkDist(dist)).problems).toEqual(['_astro/consts.js: refers to //tracker.example/p']);
  });

  it("fails on an inline stylesheet repeated on more pages than allowed, leaving Astro's island rule alone", () => {
    const withStyle = (route: string, css: string) => ({ route, html: `<html><head><style>${css}</style></head><body></body></html>` });
    const island = 'astro-island,astro-slot,astro-static-slot{display:contents}';
    const allowed = Array.from({ length: MAX_PAGES_PER_INLINE_STYLE }, (_, i) => withStyle(`/p${i}/`, '.a{color:red}'));
    expect(repeatedInlineStyles([...allowed, ...Array.from({ length: 9 }, (_, i) => withStyle(`/i${i}/`, island))])).toEqual([]);
    const problems = repeatedInlineStyles([...allowed, withStyle('/tips/one/', '.a{color:red}')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^an inline stylesheet \(13 B: \.a\{color:red\}…\) is on 4 pages \(\/p0\/, \/p1\/, \/p2\/…\)/);
  });

  it('fails on a service worker that bundles two copies of workbox-core, and passes one', async () => {
    const core = (v: string) => `try{self["workbox:core:${v}"]&&_()}catch(t){}`;
    const two = fixture({ ...validSite(), 'sw.js': core('7.4.0') + core('7.4.1') });
    expect((await checkDist(two)).problems).toEqual([
      'sw.js: bundles 2 copies of workbox-core; pin the Workbox family to one exact version in package.json',
    ]);
    const one = fixture({ ...validSite(), 'sw.js': core('7.4.1') });
    expect((await checkDist(one)).problems).toEqual([]);
  });
});
