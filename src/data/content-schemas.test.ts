import { describe, expect, it } from 'vitest';
import { checklistSchema, guideSchema, quizSchema, referenceSchema, tipSchema } from './content-schemas';

/** The field path and message of each problem, as a writer reads them. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

const tip = {
  number: 3,
  title: 'Respect boundaries',
  summary: 'Ask before you share, and keep confidences to yourself.',
  theme: 'respect',
  related: [7, 10],
};

describe('content schemas', () => {
  it('accepts a valid tip and fills optional lists', () => {
    const parsed = tipSchema.parse(tip);
    expect(parsed.guide).toEqual([]);
    expect(parsed.references).toEqual([]);
  });

  it('names the field and the fix for a tip with an unknown theme', () => {
    expect(problems(tipSchema.safeParse({ ...tip, theme: 'punctuality' }))).toEqual([
      'theme: theme must be one of: communication, empathy, respect, reliability, connection, growth',
    ]);
  });

  it('asks for 2 or 3 related tips', () => {
    expect(problems(tipSchema.safeParse({ ...tip, related: [1] }))).toEqual(['related: list 2 or 3 related tips']);
    expect(problems(tipSchema.safeParse({ ...tip, related: [1, 2, 4, 5] }))).toEqual(['related: list 2 or 3 related tips']);
  });

  it('limits a guide description to 160 characters', () => {
    const long = { title: 'Intro', description: 'x'.repeat(161), order: 1 };
    expect(problems(guideSchema.safeParse(long))).toEqual(['description: keep the description to 160 characters or fewer']);
  });

  it('reports a missing guide order', () => {
    const result = guideSchema.safeParse({ title: 'Intro', description: 'A long enough description.' });
    expect(problems(result)[0]).toMatch(/^order: /);
  });

  it('rejects a malformed quiz link and verdict', () => {
    const q = { statement: 'Online friends are fake.', verdict: 'maybe', explanation: 'x'.repeat(50), link: 'tips/3' };
    expect(problems(quizSchema.safeParse(q))).toEqual([
      'verdict: verdict must be "myth" or "truth"',
      'link: write a link as "tip:6", "guide:six-strategies", "guide:six-strategies#5-create-rituals" or "reference:huang-2017"',
    ]);
  });

  it('tells days and habits apart and checks each', () => {
    expect(checklistSchema.safeParse({ kind: 'habit', order: 1, label: 'Say thanks' }).success).toBe(true);
    expect(
      problems(checklistSchema.safeParse({ kind: 'day', day: 8, title: 'Extra', action: 'Do one more thing.', link: 'tip:1' })),
    ).toEqual(['day: the plan has at most 7 days']);
    expect(problems(checklistSchema.safeParse({ kind: 'week' }))[0]).toMatch(/kind must be "day" or "habit"/);
  });

  it('requires a DOI that looks like one', () => {
    const ref = {
      number: 1,
      authors: ['Doe, J.'],
      year: 2020,
      title: 'A title of a paper',
      journal: 'Journal',
      volume: '1(1)',
      doi: 'https://doi.org/10.1/x',
      finding: 'It found something specific.',
    };
    expect(problems(referenceSchema.safeParse(ref))).toEqual(['doi: doi must look like "10.1177/1745691614568352"']);
  });
});
