/**
 * The shape of the real content in content/: what CONTENT.md promises a
 * reader. Parses the files directly and validates them with the same schemas
 * the build uses.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checklistSchema, guideSchema, quizSchema, referenceSchema, tipSchema } from './content-schemas';
import { slugFromFileName } from './slug';

const root = new URL('../../content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const frontmatter = (path: string) => load(/^---\n([\s\S]*?)\n---/.exec(read(path))?.[1] ?? '');
const mdxFiles = (dir: string) =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
const yamlList = (path: string) => load(read(path)) as Record<string, unknown>[];

describe('content shape', () => {
  // Inventories: every entry that exists today must stay (a file deleted by
  // mistake fails here), while adding an entry needs no change to this test.
  const GUIDE_SLUGS = [
    'introduction',
    'what-it-is',
    'why-it-matters',
    'challenges-and-myths',
    'six-strategies',
    'science-backed-tips',
    'tools-and-habits',
    'faqs',
    'real-life-stories',
    'mistakes-to-avoid',
    'seven-day-checklist',
    'closing-words',
    'references',
  ];
  const TIP_SLUGS = [
    'be-open-and-honest',
    'show-empathy',
    'respect-boundaries-and-privacy',
    'express-appreciation',
    'be-reliable-and-consistent',
    'listen-actively',
    'share-vulnerable-thoughts',
    'prioritize-quality-time',
    'be-responsive',
    'avoid-assumptions',
    'solve-problems-together',
    'apologize-sincerely',
    'support-goals',
    'build-shared-experiences',
    'keep-humor',
    'show-genuine-interest',
    'celebrate-milestones',
    'offer-encouragement',
    'plan-the-future',
    'keep-building-trust',
  ];
  const runsFromOne = (ns: number[]) => ns.every((n, i) => n === i + 1);

  it('keeps every guide section, ordered 1..N without gaps', () => {
    const files = mdxFiles('guide/');
    expect(files.map(slugFromFileName)).toEqual(expect.arrayContaining(GUIDE_SLUGS));
    const orders = files.map((f) => guideSchema.parse(frontmatter(`guide/${f}`)).order).sort((a, b) => a - b);
    expect(runsFromOne(orders), `orders ${orders.join(', ')}`).toBe(true);
  });

  it('keeps every tip, numbered 1..N without gaps, each with 2–3 related tips', () => {
    const files = mdxFiles('tips/');
    expect(files.map(slugFromFileName)).toEqual(expect.arrayContaining(TIP_SLUGS));
    const tips = files.map((f) => tipSchema.parse(frontmatter(`tips/${f}`)));
    const numbers = tips.map((t) => t.number).sort((a, b) => a - b);
    expect(runsFromOne(numbers), `numbers ${numbers.join(', ')}`).toBe(true);
    for (const t of tips) expect(t.related.length).toBeGreaterThanOrEqual(2);
  });

  it('has at least 12 quiz statements with both verdicts well represented', () => {
    const quiz = yamlList('quiz.yaml').map((q) => quizSchema.parse(q));
    expect(quiz.length).toBeGreaterThanOrEqual(12);
    const myths = quiz.filter((q) => q.verdict === 'myth').length;
    expect(myths).toBeGreaterThanOrEqual(6);
    expect(quiz.length - myths).toBeGreaterThanOrEqual(6);
  });

  it('has 7 checklist days and 4 daily habits', () => {
    const entries = yamlList('checklist.yaml').map((c) => checklistSchema.parse(c));
    expect(entries.filter((e) => e.kind === 'day').map((d) => (d.kind === 'day' ? d.day : 0))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(entries.filter((e) => e.kind === 'habit')).toHaveLength(4);
  });

  it('keeps the 7 corrected references, each with its DOI, numbered without gaps', () => {
    const refs = yamlList('references.yaml').map((r) => referenceSchema.parse(r));
    expect(runsFromOne(refs.map((r) => r.number).sort((a, b) => a - b))).toBe(true);
    expect(refs.map((r) => r.doi)).toEqual(
      expect.arrayContaining([
        '10.1177/1745691614568352',
        '10.1177/0022146510383501',
        '10.1177/1745691617713052',
        '10.1037/pspi0000097',
        '10.1037/tmb0000030',
        '10.1016/j.chb.2007.04.004',
        '10.1146/annurev.psych.55.090902.141922',
      ]),
    );
  });

  it('cites every reference somewhere in the guide, or on the page that uses it (the check-in quotes its scale)', () => {
    const guide = mdxFiles('guide/')
      .map((f) => read(`guide/${f}`))
      .join('\n');
    const checkInPage = readFileSync(new URL('../pages/check-in.astro', import.meta.url), 'utf8');
    for (const r of yamlList('references.yaml')) {
      const id = String(r['id']);
      const cited = new RegExp(`<Cite\\s+id=["']${id}["']`).test(guide) || checkInPage.includes(`referenceHref('${id}')`);
      expect(cited, id).toBe(true);
    }
  });
});
