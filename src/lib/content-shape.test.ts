/**
 * The shape of the real content in content/: what CONTENT.md promises a
 * reader. Parses the files directly and validates them with the same schemas
 * the build uses.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checklistSchema, guideSchema, quizSchema, referenceSchema, tipSchema } from './content-schemas';

const root = new URL('../../content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const frontmatter = (path: string) => load(/^---\n([\s\S]*?)\n---/.exec(read(path))?.[1] ?? '');
const mdxFiles = (dir: string) => readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.mdx')).sort();
const yamlList = (path: string) => load(read(path)) as Record<string, unknown>[];

describe('content shape', () => {
  it('has 13 guide sections in order', () => {
    const files = mdxFiles('guide/');
    expect(files).toHaveLength(13);
    const orders = files.map((f) => guideSchema.parse(frontmatter(`guide/${f}`)).order);
    expect(orders).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('numbers the tips 1–20 without gaps, each with a theme and 2–3 related tips', () => {
    const tips = mdxFiles('tips/').map((f) => tipSchema.parse(frontmatter(`tips/${f}`)));
    expect(tips.map((t) => t.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
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

  it('has the 7 corrected references, each with a DOI', () => {
    const refs = yamlList('references.yaml').map((r) => referenceSchema.parse(r));
    expect(refs.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(refs.map((r) => r.doi)).toEqual([
      '10.1177/1745691614568352',
      '10.1177/0022146510383501',
      '10.1177/1745691617713052',
      '10.1037/pspi0000097',
      '10.1037/tmb0000030',
      '10.1016/j.chb.2007.04.004',
      '10.1146/annurev.psych.55.090902.141922',
    ]);
  });

  it('cites every reference somewhere in the guide', () => {
    const guide = mdxFiles('guide/').map((f) => read(`guide/${f}`)).join('\n');
    for (const r of yamlList('references.yaml')) expect(guide).toContain(`<Cite id="${String(r['id'])}"`);
  });
});
