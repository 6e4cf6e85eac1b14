import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { mdxBodyToMarkdown, mdxToStarlightPage, referenceListMarkdown, splitFrontMatter, type Reference } from './mdx-to-markdown.ts';

const REFS: Reference[] = [
  {
    id: 'huang-2017',
    number: 4,
    authors: ['Huang, K.', 'Gino, F.'],
    year: 2017,
    title: 'It does not hurt to ask',
    journal: 'JPSP',
    volume: '113(3)',
    pages: '430–452',
    doi: '10.1037/pspi0000097',
  },
  { id: 'derks-2008', number: 6, authors: ['Derks, D.'], year: 2008, title: 'Emotion online', journal: 'Computers in Human Behavior' },
];

describe('mdxBodyToMarkdown', () => {
  it('keeps headings, lists, links and emphasis as they are', () => {
    const body = '## 1. Be intentional\n\n- Pick **one** place.\n- See [the tips](/tips/).\n\n### A sub-heading\n\nPlain prose.\n';
    expect(mdxBodyToMarkdown(body)).toBe(body);
  });

  it('turns a citation into its reference number, and drops one it cannot number', () => {
    expect(mdxBodyToMarkdown('People who ask are liked more.<Cite id="huang-2017" /> Really.', REFS)).toBe(
      'People who ask are liked more. [4] Really.\n',
    );
    expect(mdxBodyToMarkdown('Unknown.<Cite id="nobody-1999" />', REFS)).toBe('Unknown.\n');
  });

  it('turns a callout into a block quote headed by its title, or by its type’s default heading', () => {
    const md = mdxBodyToMarkdown(
      'Before.\n\n<Callout type="caution" title="Examples only">\n  The products are examples.\n</Callout>\n\nAfter.',
    );
    expect(md).toBe('Before.\n\n> **Examples only**\n>\n> The products are examples.\n\nAfter.\n');
    expect(mdxBodyToMarkdown('<Callout>\n  Not therapy.\n</Callout>')).toBe('> **Note**\n>\n> Not therapy.\n');
    expect(mdxBodyToMarkdown('<Callout type="caution">\n  Go slowly.\n</Callout>')).toContain('> **Take care**');
  });

  it('turns an attributed quote into a block quote that names who said it', () => {
    const md = mdxBodyToMarkdown('<Quote by="Esther Perel" role="psychotherapist">\n  Quality matters.\n</Quote>');
    expect(md).toBe('> Quality matters.\n>\n> — Esther Perel, psychotherapist\n');
  });

  it('writes the reference list out in citation order', () => {
    const md = mdxBodyToMarkdown('Intro.\n\n<ReferenceList />\n', [...REFS].reverse());
    expect(md).toBe(`Intro.\n\n${referenceListMarkdown(REFS)}\n`);
    expect(md.indexOf('4. Huang')).toBeLessThan(md.indexOf('6. Derks'));
    expect(md).toContain('*JPSP*, 113(3), 430–452. [doi:10.1037/pspi0000097](https://doi.org/10.1037/pspi0000097)');
    expect(md).toContain('6. Derks, D. (2008). Emotion online. *Computers in Human Behavior*.\n');
  });

  it('adds no full stop after a reference title that ends in a question mark', () => {
    const md = referenceListMarkdown([
      { id: 'q', number: 1, authors: ['Nowland, R.'], year: 2018, title: 'A digital world?', journal: 'PPS' },
    ]);
    expect(md).toBe('1. Nowland, R. (2018). A digital world? *PPS*.');
  });

  it('links the tips index without a hand-written count', () => {
    expect(mdxBodyToMarkdown('See <TipsLink />.')).toBe('See [the trust tips](/tips/).\n');
  });

  it('leaves out interactive embeds, ESM lines and comments; keeps the text of unknown components', () => {
    const md = mdxBodyToMarkdown(
      'import X from "./x";\n\nText{" "}here.\n\n<QuizEmbed\n  quizId="q"\n  ids={["a", "b"]}\n/>\n\n{/* note */}<Badge tone="warm">New</Badge> idea.',
    );
    expect(md).toBe('Text here.\n\nNew idea.\n');
  });
});

describe('mdxToStarlightPage', () => {
  it('keeps title and description, orders the sidebar, drops Kindred-only fields', () => {
    const page = mdxToStarlightPage(
      '---\ntitle: Six strategies\ndescription: "Steps: six of them"\norder: 5\nkeywords: [strategy]\n---\n\n## One\n\nText.\n',
    );
    const { data, body } = splitFrontMatter(page);
    expect(data).toEqual({ title: 'Six strategies', description: 'Steps: six of them', sidebar: { order: 5 } });
    expect(body).toBe('## One\n\nText.\n');
  });

  it('gives a tip its summary as description and opening paragraph, ordered by number', () => {
    const page = mdxToStarlightPage(
      '---\nnumber: 2\ntitle: Show empathy\nsummary: Care how they feel.\ntheme: empathy\nrelated: [6]\n---\n\nBody.\n',
    );
    const { data, body } = splitFrontMatter(page);
    expect(data).toEqual({ title: 'Show empathy', description: 'Care how they feel.', sidebar: { order: 2 } });
    expect(body).toBe('Care how they feel.\n\nBody.\n');
  });

  it('converts every real content file to Markdown with no component left in it', () => {
    const references = load(readFileSync('content/references.yaml', 'utf8')) as Reference[];
    for (const dir of ['content/guide', 'content/tips']) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
        const source = readFileSync(join(dir, file), 'utf8');
        const page = mdxToStarlightPage(source, references);
        expect(page, file).not.toMatch(/<\/?[A-Z][A-Za-z]*\b/);
        expect(page, file).not.toMatch(/\{["']/);
        // Every heading of the source survives.
        for (const heading of source.match(/^#{2,6} .+$/gm) ?? []) expect(page, `${file}: ${heading}`).toContain(heading);
      }
    }
  });
});
