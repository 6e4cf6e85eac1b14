import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkLinkTargets,
  checkMdxSafety,
  duplicateSlugs,
  duplicateYamlIds,
  linkDestinations,
  parseYamlList,
  routesOfPageFiles,
  type LinkTargets,
} from './content-integrity';
import { mdxFolder, yamlList } from './content-loaders';
import { checkContentRules, type RuleInput } from './content-rules';

const QUIZ = `# statements
- id: shallow
  statement: Online connections are always shallow.
  verdict: myth

- id: trust
  statement: You can never trust someone you met online.
  verdict: myth
`;

describe('parseYamlList', () => {
  it('reads a list of entries', () => {
    expect(parseYamlList(QUIZ, 'content/quiz.yaml').map((e) => e['id'])).toEqual(['shallow', 'trust']);
  });

  it('names the file, line and column of a syntax error', () => {
    const broken = QUIZ.replace('verdict: myth', 'verdict: [myth');
    expect(() => parseYamlList(broken, 'content/quiz.yaml')).toThrow(
      /^content\/quiz\.yaml:6:1: invalid YAML: missed comma between flow collection entries\n/,
    );
  });

  it('names the line of a field written twice in one entry', () => {
    const twice = QUIZ.replace('  verdict: myth\n\n', '  verdict: myth\n  verdict: truth\n\n');
    expect(() => parseYamlList(twice, 'content/quiz.yaml')).toThrow(/^content\/quiz\.yaml:5:3: invalid YAML: duplicated mapping key/);
  });

  it('refuses a file that is not a list of mappings', () => {
    expect(() => parseYamlList('id: x\n', 'content/quiz.yaml')).toThrow('content/quiz.yaml: expected a list of entries');
    expect(() => parseYamlList('- a\n', 'content/quiz.yaml')).toThrow('content/quiz.yaml: entry 1 is not a mapping of fields');
  });
});

describe('duplicateYamlIds', () => {
  it('names the lines of both entries that share an id', () => {
    const dup = QUIZ.replace('- id: trust', '- id: "shallow"');
    expect(duplicateYamlIds(parseYamlList(dup, 'content/quiz.yaml'), dup, 'content/quiz.yaml')).toEqual([
      'content/quiz.yaml → id: "shallow" is used by two entries, content/quiz.yaml:2 and content/quiz.yaml:6; give each entry its own id',
    ]);
    expect(duplicateYamlIds(parseYamlList(QUIZ, 'q.yaml'), QUIZ, 'q.yaml')).toEqual([]);
  });
});

describe('duplicateSlugs', () => {
  it('names both files whose names give the same slug', () => {
    expect(duplicateSlugs('content/guide', ['07-faqs.mdx', '01-intro.mdx', '03-faqs.mdx'])).toEqual([
      'content/guide/07-faqs.mdx → file name: its slug "faqs" is already used by content/guide/03-faqs.mdx; two entries cannot share a URL, so rename one of them',
    ]);
    expect(duplicateSlugs('content/tips', ['01-a.mdx', '02-b.mdx'])).toEqual([]);
  });
});

describe('the content loaders', () => {
  const root = mkdtempSync(join(tmpdir(), 'kindred-loaders-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  /** Only what the wrappers read before handing over to Astro's loaders. */
  const context = { config: { root: pathToFileURL(`${root}/`) } } as unknown as LoaderContext;

  it('yamlList fails on broken YAML and on duplicate ids before Astro can fall back to cached entries', async () => {
    mkdirSync(join(root, 'content'), { recursive: true });
    writeFileSync(join(root, 'content/quiz.yaml'), QUIZ.replace('verdict: myth', 'verdict: [myth'));
    await expect(yamlList('content/quiz.yaml').load(context)).rejects.toThrow(/^content\/quiz\.yaml:6:1: invalid YAML/);
    writeFileSync(join(root, 'content/quiz.yaml'), QUIZ.replace('- id: trust', '- id: shallow'));
    await expect(yamlList('content/quiz.yaml').load(context)).rejects.toThrow('"shallow" is used by two entries');
  });

  it('mdxFolder fails when two files give the same slug', async () => {
    mkdirSync(join(root, 'content/tips'), { recursive: true });
    writeFileSync(join(root, 'content/tips/03-listen.mdx'), '---\nnumber: 3\n---\n');
    writeFileSync(join(root, 'content/tips/07-listen.mdx'), '---\nnumber: 7\n---\n');
    await expect(mdxFolder('content/tips').load(context)).rejects.toThrow(
      'content/tips/07-listen.mdx → file name: its slug "listen" is already used by content/tips/03-listen.mdx',
    );
  });
});

describe('numbering gaps (content-rules.ts)', () => {
  const input = (numbers: number[]): RuleInput => ({
    guide: [],
    tips: numbers.map((n, i) => ({
      id: `t${i + 1}`,
      filePath: `content/tips/0${i + 1}-t${i + 1}.mdx`,
      data: { number: n, related: [], guide: [], references: [] },
    })),
    quiz: [],
    checklist: [],
    references: [],
  });

  it('names the files before and after the gap', () => {
    expect(checkContentRules(input([1, 2, 5]))).toEqual([
      'number: tip numbers must run 1..3 without gaps, but 3 is missing, between content/tips/02-t2.mdx (2) and content/tips/03-t3.mdx (5)',
    ]);
  });

  it('names the one neighbour a gap at either end has', () => {
    expect(checkContentRules(input([2, 3]))).toEqual([
      'number: tip numbers must run 1..2 without gaps, but 1 is missing, before content/tips/01-t1.mdx (2)',
    ]);
    expect(checkContentRules(input([1, 1]))).toContain(
      'number: tip numbers must run 1..2 without gaps, but 2 is missing, after content/tips/01-t1.mdx (1)',
    );
  });
});

const TARGETS: LinkTargets = {
  pages: new Map<string, ReadonlySet<string> | null>([
    ['/', null],
    ['/quiz/', null],
    ['/guide/six-strategies/', new Set(['1-be-intentional', '5-create-rituals'])],
    ['/guide/faqs/', new Set(['do-i-need-to-think-about-safety-online'])],
    ['/tips/listen/', new Set(['why-it-works'])],
  ]),
  patterns: ['/quiz/score/[n]/'],
};

describe('checkLinkTargets', () => {
  it('accepts links to pages and headings that exist', () => {
    const body =
      'See [rituals](/guide/six-strategies/#5-create-rituals), [safety](../../guide/faqs/#do-i-need-to-think-about-safety-online), ' +
      '[why](#why-it-works), [the quiz](/quiz/), [a score](/quiz/score/3/), [away](https://example.org/#x) and [mail](mailto:a@b.example).\n\n' +
      '[ref]: /guide/faqs/\n';
    expect(
      checkLinkTargets(
        [{ at: 'content/quiz.yaml (entry "q1")', field: 'link', link: 'guide:six-strategies#5-create-rituals' }],
        [{ at: 'content/tips/01-listen.mdx', url: '/tips/listen/', body }],
        TARGETS,
      ),
    ).toEqual([]);
  });

  it('rejects an anchor in a guide: link that names no heading, suggesting the closest', () => {
    expect(
      checkLinkTargets(
        [{ at: 'content/checklist.yaml (entry "day-5")', field: 'link', link: 'guide:six-strategies#create-rituals' }],
        [],
        TARGETS,
      ),
    ).toEqual([
      'content/checklist.yaml (entry "day-5") → link: "guide:six-strategies#create-rituals" points nowhere: /guide/six-strategies/ has no heading with the id "create-rituals" (did you mean "5-create-rituals"?)',
    ]);
  });

  it('rejects Markdown links in MDX to a missing page, a missing heading, a path without its slash, or written as content links', () => {
    const body = [
      '[a](/guide/faq/)',
      '[b](/guide/faqs/#safety-online)',
      '[c](#nowhere)',
      '[d](/quiz)',
      '[e](tip:6)',
      '<a href="/tips/nowhere/">f</a>',
      '[g](/quiz/#results)',
      '[h](/quiz/score/3/#x)',
      '`[code](/not/checked/)`',
    ].join('\n\n');
    expect(checkLinkTargets([], [{ at: 'content/tips/01-listen.mdx', url: '/tips/listen/', body }], TARGETS)).toEqual([
      'content/tips/01-listen.mdx → link "/guide/faq/": no page is built at /guide/faq/',
      'content/tips/01-listen.mdx → link "/guide/faqs/#safety-online": /guide/faqs/ has no heading with the id "safety-online" (did you mean "do-i-need-to-think-about-safety-online"?)',
      'content/tips/01-listen.mdx → link "#nowhere": /tips/listen/ has no heading with the id "nowhere"',
      'content/tips/01-listen.mdx → link "/quiz": the site\'s URLs end in "/": write "/quiz/"',
      'content/tips/01-listen.mdx → link "tip:6": content links work in frontmatter and YAML only; in MDX write the page\'s path, e.g. "/tips/…/"',
      'content/tips/01-listen.mdx → link "/quiz/#results": the anchor "#results" cannot be checked on /quiz/; link to a heading of a guide section or tip, or to the page without it',
      'content/tips/01-listen.mdx → link "/quiz/score/3/#x": the anchor "#x" cannot be checked on /quiz/score/3/; link to the page without it',
      'content/tips/01-listen.mdx → link "/tips/nowhere/": no page is built at /tips/nowhere/',
    ]);
  });

  it('finds inline links, reference definitions and href attributes', () => {
    expect(linkDestinations('[a](/x/ "t") [b](<SPACE URL>)\n\n[c]: /y/\n\n<a href={"/z/"}>z</a>')).toEqual([
      '/x/',
      'SPACE URL',
      '/y/',
      '/z/',
    ]);
  });
});

describe('checkMdxSafety', () => {
  const check = (body: string) => checkMdxSafety([{ at: 'content/tips/02-x.mdx', body }]);

  it('accepts ordinary MDX, external links with rel, and code that only shows markup', () => {
    expect(
      check(
        'Carry on. <Callout title="Focus on= what matters">Hi</Callout>\n\n' +
          '<a href="https://example.org/" target="_blank" rel="noopener noreferrer">x</a>\n\n' +
          'Write `<script>` or `onclick=` as text.\n\n```html\n<script>alert(1)</script>\n```\n',
      ),
    ).toEqual([]);
  });

  it('rejects a raw <script>', () => {
    expect(check('Text.\n\n<script>alert(1)</script>\n')).toEqual([
      'content/tips/02-x.mdx → body: raw <script> is not allowed (write a component instead): "Text. <script>alert(1)</script>"',
    ]);
  });

  it('rejects inline event handlers, in HTML or JSX form', () => {
    expect(check('<img src="/a.png" alt="" onerror="alert(1)" />')).toEqual([
      'content/tips/02-x.mdx → body: inline event handlers are not allowed: "…ng" alt="" onerror="alert(1)" />"',
    ]);
    expect(check('<div onClick={() => go()}>x</div>')[0]).toContain('inline event handlers are not allowed');
  });

  it('rejects javascript: URLs, also when written with character references', () => {
    expect(check('[click](javascript:alert(1))')).toEqual([
      'content/tips/02-x.mdx → body: javascript: URLs are not allowed: "[click](javascript:alert(1))"',
    ]);
    expect(check('[click](&#106;avascript:alert(1))')).toEqual([
      'content/tips/02-x.mdx → body: javascript: URLs are not allowed: "[click](&#106;avascript:alert(1))"',
    ]);
  });

  it('rejects target="_blank" without rel="noopener"', () => {
    expect(check('<a href="https://example.org/" target="_blank">x</a>')).toEqual([
      'content/tips/02-x.mdx → body: target="_blank" needs rel="noopener noreferrer": "<a href="https://example.org/" target="_blank">…"',
    ]);
    expect(check('<a href="https://example.org/" target="_blank" rel="external">x</a>')).toHaveLength(1);
  });
});

describe('routesOfPageFiles', () => {
  it('turns src/pages files into the URLs they build', () => {
    expect(
      routesOfPageFiles([
        'index.astro',
        'quiz.astro',
        'guide/index.astro',
        'guide/[slug].astro',
        'tips/theme/[theme].astro',
        '404.astro',
        'rss.xml.ts',
        '_draft.astro',
      ]),
    ).toEqual(['/', '/guide/', '/guide/[slug]/', '/quiz/', '/rss.xml', '/tips/theme/[theme]/']);
  });
});

describe('links and safety read from the MDX syntax tree', () => {
  const links = (body: string) => checkLinkTargets([], [{ at: 'content/tips/01-listen.mdx', url: '/tips/listen/', body }], TARGETS);
  const check = (body: string) => checkMdxSafety([{ at: 'content/tips/02-x.mdx', body }]);

  it('does not take link-shaped text for a link: in a JSX attribute, a code span across lines or with backticks inside, a comment, escaped brackets', () => {
    const body = [
      '<Callout title="Try [this](/guide/nowhere/) first">Hi</Callout>',
      'Write `see\n[x](/not/a/page/)` or ``a`b [y](/nor/this/)``.',
      '{/* [old](/guide/removed/) */}',
      '\\[not a link\\](/quiz)',
    ].join('\n\n');
    expect(linkDestinations(body)).toEqual([]);
    expect(links(body)).toEqual([]);
  });

  it('finds links the patterns missed or misread: inside JSX children, images, a destination with parentheses, a template-literal href', () => {
    const body = [
      '<Callout type="note">See [a](/guide/gone/).</Callout>',
      '![chart](/charts/missing.png)',
      '[b](/guide/faqs_(old)/)',
      '<a href={`/tips/nowhere/`}>c</a>',
    ].join('\n\n');
    expect(linkDestinations(body)).toEqual(['/guide/gone/', '/charts/missing.png', '/guide/faqs_(old)/', '/tips/nowhere/']);
    expect(links(body)).toEqual([
      'content/tips/01-listen.mdx → link "/guide/gone/": no page is built at /guide/gone/',
      'content/tips/01-listen.mdx → link "/charts/missing.png": no page is built at /charts/missing.png',
      'content/tips/01-listen.mdx → link "/guide/faqs_(old)/": no page is built at /guide/faqs_(old)/',
      'content/tips/01-listen.mdx → link "/tips/nowhere/": no page is built at /tips/nowhere/',
    ]);
  });

  it('lets prose and code mention script, handlers and javascript: without refusing the page', () => {
    expect(check('Never follow a javascript: link.\n\nA ``<script>`` tag or ``onclick=`` in `` `code` ``.')).toEqual([]);
  });

  it('refuses a handler set by a spread object, target="_blank" written as an expression, a javascript: href in JSX', () => {
    expect(check('<a href="/x/" {...{ onClick: go }}>x</a>')).toEqual([
      'content/tips/02-x.mdx → body: inline event handlers are not allowed: "…/x/" {...{ onClick: go }}>x</a>"',
    ]);
    expect(check('<a href="https://example.org/" target={"_blank"}>x</a>')[0]).toContain('target="_blank" needs rel="noopener noreferrer"');
    expect(check('<a href={`javascript:alert(1)`}>x</a>')[0]).toContain('javascript: URLs are not allowed');
    expect(check('<a href="jav&#x09;ascript:alert(1)">x</a>')[0]).toContain('javascript: URLs are not allowed');
  });

  it('names the file when the body is not valid MDX', () => {
    expect(check('a <b')).toEqual([expect.stringMatching(/^content\/tips\/02-x\.mdx → body: not valid MDX: 1:\d+: /)]);
  });
});
