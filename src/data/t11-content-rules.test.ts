/**
 * Edges of the cross-collection rules that the mutation run
 * (`npm run test:mutation`) showed no test would notice: where a problem is
 * said to be when an entry has no file path, `.yml` files, links that are not
 * links at all, and `<Cite>` and `<QuizEmbed>` written with extra spaces.
 */
import { describe, expect, it } from 'vitest';
import { checkContentRules, ContentRuleError, type RuleInput } from './content-rules';

/** Valid content whose entries carry no file path (the rules then name the file from the id). */
function withoutPaths(): RuleInput {
  return {
    guide: [{ id: 'intro', data: { order: 1 }, body: 'Hi' }],
    tips: [1, 2].map((n) => ({ id: `tip-${n}`, data: { number: n, related: [3 - n], guide: [], references: [] } })),
    quiz: [{ id: 'q1', data: { link: 'tip:1' } }],
    checklist: [{ id: 'day-1', data: { kind: 'day' as const, day: 1, link: 'guide:intro' } }],
    references: [{ id: 'r-2020', data: { number: 1 } }],
  };
}

describe('checkContentRules, edges', () => {
  it('accepts valid content without file paths or bodies', () => {
    expect(checkContentRules(withoutPaths())).toEqual([]);
  });

  it('names the file from the collection when an entry has no path', () => {
    const c = withoutPaths();
    c.guide.push({ id: 'again', data: { order: 1 } });
    c.tips[1]!.data.number = 1;
    c.references.push({ id: 'r-2021', data: { number: 1 } });
    c.quiz[0]!.data.link = 'tip:9';
    c.checklist.push({ id: 'day-1b', data: { kind: 'day', day: 1, link: 'guide:intro' } });
    const problems = checkContentRules(c);
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/tips/tip-2.mdx → number: tip number 1 is used twice (also in content/tips/tip-1.mdx)',
        'content/guide/again.mdx → order: 1 is already used by content/guide/intro.mdx',
        'content/references.yaml (entry "r-2021") → number: reference number 1 is used twice (also in content/references.yaml (entry "r-2020"))',
        'content/quiz.yaml (entry "q1") → link: "tip:9" points to tip 9, which does not exist',
        'content/checklist.yaml (entry "day-1b") → day: day 1 is used twice (also in content/checklist.yaml (entry "day-1"))',
      ]),
    );
  });

  it('names the tip file from its id for a related tip that does not exist', () => {
    const c = withoutPaths();
    c.tips[0]!.data.related = [9];
    expect(checkContentRules(c)).toEqual(['content/tips/tip-1.mdx → related[0]: "tip:9" points to tip 9, which does not exist']);
  });

  it('names the entries on both sides of a gap, whatever order the files come in', () => {
    const c = withoutPaths();
    c.tips = [4, 1, 2].map((n) => ({
      id: `tip-${n}`,
      filePath: `content/tips/0${n}-tip-${n}.mdx`,
      data: { number: n, related: [], guide: [], references: [] },
    }));
    expect(checkContentRules(c)).toEqual([
      'number: tip numbers must run 1..3 without gaps, but 3 is missing, between content/tips/02-tip-2.mdx (2) and content/tips/04-tip-4.mdx (4)',
    ]);
  });

  it('names the entry in a .yml file too', () => {
    const c = withoutPaths();
    c.quiz[0] = { id: 'q1', filePath: 'content/quiz.yml', data: { link: 'tip:9' } };
    expect(checkContentRules(c)).toEqual(['content/quiz.yml (entry "q1") → link: "tip:9" points to tip 9, which does not exist']);
  });

  it('reports a link that is not a link at all', () => {
    const c = withoutPaths();
    c.checklist[0]!.data = { kind: 'day', day: 1, link: 'https://example.org' };
    expect(checkContentRules(c)).toEqual(['content/checklist.yaml (entry "day-1") → link: "https://example.org" is not a valid link']);
  });

  it('reads <Cite> and <QuizEmbed> written with other attributes first and spaces around =, { and [', () => {
    const c = withoutPaths();
    c.tips[0] = {
      ...c.tips[0]!,
      filePath: 'content/tips/01-tip-1.mdx',
      body: '<Cite n={1} id="nobody" /> and <Cite  id = "r-2020" /> and <Cite id ="no-one" />',
    };
    c.guide[0] = { ...c.guide[0]!, filePath: 'content/guide/01-intro.mdx', body: '<QuizEmbed quizId="x" ids = { [ "q1", "q9" ] } />' };
    expect(checkContentRules(c)).toEqual([
      'content/guide/01-intro.mdx → <QuizEmbed ids>: "q9" names no statement in content/quiz.yaml',
      'content/tips/01-tip-1.mdx → <Cite id>: "nobody" names no reference in content/references.yaml',
      'content/tips/01-tip-1.mdx → <Cite id>: "no-one" names no reference in content/references.yaml',
    ]);
  });

  it('ContentRuleError says "problem" for one, and is named', () => {
    const error = new ContentRuleError(['a → b: c']);
    expect(error.message).toBe('Content check failed (1 problem):\n  - a → b: c');
    expect(error.name).toBe('ContentRuleError');
    expect(error.problems).toEqual(['a → b: c']);
  });
});
