import { describe, expect, it } from 'vitest';
import { checkContentRules, citedReferenceIds, ContentRuleError, type RuleInput } from './content-rules';

/** A small, valid set of content; each test breaks one thing. */
function validContent(): RuleInput {
  return {
    guide: [
      { id: 'introduction', filePath: 'content/guide/01-introduction.mdx', data: { order: 1 }, body: 'Hi <Cite id="a-2020" />' },
      { id: 'six-strategies', filePath: 'content/guide/02-six-strategies.mdx', data: { order: 2 }, body: '' },
    ],
    tips: [1, 2, 3].map((n) => ({
      id: `tip-${n}`,
      filePath: `content/tips/0${n}-tip-${n}.mdx`,
      data: { number: n, related: [1, 2, 3].filter((r) => r !== n), guide: ['six-strategies'], references: ['a-2020'] },
      body: 'Text',
    })),
    quiz: [{ id: 'q1', filePath: 'content/quiz.yaml', data: { link: 'tip:2' } }],
    checklist: [
      ...[1, 2, 3, 4, 5, 6, 7].map((day) => ({
        id: `day-${day}`,
        filePath: 'content/checklist.yaml',
        data: { kind: 'day' as const, day, link: 'guide:six-strategies#rituals' },
      })),
      { id: 'habit-1', filePath: 'content/checklist.yaml', data: { kind: 'habit' as const, order: 1 } },
    ],
    references: [{ id: 'a-2020', filePath: 'content/references.yaml', data: { number: 1 } }],
  };
}

describe('checkContentRules', () => {
  it('accepts consistent content', () => {
    expect(checkContentRules(validContent())).toEqual([]);
  });

  it('rejects a duplicate tip number, naming both files', () => {
    const c = validContent();
    c.tips[2]!.data.number = 2;
    const problems = checkContentRules(c);
    expect(problems).toContain('content/tips/03-tip-3.mdx → number: tip number 2 is used twice (also in content/tips/02-tip-2.mdx)');
    // Only the start of the message: the rest says where to look.
    expect(problems).toContainEqual(expect.stringMatching(/^number: tip numbers must run 1\.\.3 without gaps, but 3 is missing\b/));
  });

  it('rejects a gap in tip numbers', () => {
    const c = validContent();
    c.tips[2]!.data.number = 5;
    c.tips[0]!.data.related = [2, 5];
    c.tips[1]!.data.related = [1, 5];
    expect(checkContentRules(c)).toEqual([expect.stringMatching(/^number: tip numbers must run 1\.\.3 without gaps, but 3 is missing\b/)]);
  });

  it('rejects a duplicate guide order', () => {
    const c = validContent();
    c.guide[1]!.data.order = 1;
    expect(checkContentRules(c)).toEqual([
      'content/guide/02-six-strategies.mdx → order: 1 is already used by content/guide/01-introduction.mdx',
    ]);
  });

  it("rejects a guide section whose slug is the one-page guide's", () => {
    const c = validContent();
    c.guide[1] = { id: 'all', filePath: 'content/guide/02-all.mdx', data: { order: 2 }, body: '' };
    c.checklist = c.checklist.filter((e) => e.data.kind === 'habit');
    c.tips.forEach((t) => {
      t.data.guide = [];
    });
    expect(checkContentRules(c)).toContainEqual(
      expect.stringMatching(/^content\/guide\/02-all\.mdx: the slug "all" is taken by the one-page guide/),
    );
  });

  it('rejects a quiz link to a tip that does not exist', () => {
    const c = validContent();
    c.quiz[0]!.data.link = 'tip:42';
    expect(checkContentRules(c)).toEqual(['content/quiz.yaml (entry "q1") → link: "tip:42" points to tip 42, which does not exist']);
  });

  it('rejects a checklist link to a missing guide section', () => {
    const c = validContent();
    const day = c.checklist[3]!;
    if (day.data.kind === 'day') day.data.link = 'guide:nowhere';
    expect(checkContentRules(c)).toEqual([
      'content/checklist.yaml (entry "day-4") → link: "guide:nowhere" points to guide section "nowhere", which does not exist',
    ]);
  });

  it('accepts a shorter plan whose days still run 1..N', () => {
    const c = validContent();
    c.checklist = c.checklist.filter((e) => e.id !== 'day-7');
    expect(checkContentRules(c)).toEqual([]);
  });

  it('rejects a gap in the checklist days, naming the missing day', () => {
    const c = validContent();
    c.checklist = c.checklist.filter((e) => e.id !== 'day-3');
    // Only the start of the message: the rest may say where to look.
    expect(checkContentRules(c)).toEqual([expect.stringMatching(/^day: days must run 1\.\.6 without gaps, but 3 is missing\b/)]);
  });

  it('rejects a checklist day used twice, naming both entries', () => {
    const c = validContent();
    const d = c.checklist[5]!;
    if (d.data.kind === 'day') d.data.day = 5;
    expect(checkContentRules(c)).toEqual([
      'content/checklist.yaml (entry "day-6") → day: day 5 is used twice (also in content/checklist.yaml (entry "day-5"))',
      expect.stringMatching(/^day: days must run 1\.\.7 without gaps, but 6 is missing\b/),
    ]);
  });

  it('rejects related tips, guide sections and references that do not exist', () => {
    const c = validContent();
    c.tips[0]!.data.related = [2, 9];
    c.tips[1]!.data.guide = ['missing-section'];
    c.tips[2]!.data.references = ['nobody-1999'];
    expect(checkContentRules(c)).toEqual([
      'content/tips/01-tip-1.mdx → related[1]: "tip:9" points to tip 9, which does not exist',
      'content/tips/02-tip-2.mdx → guide[0]: "guide:missing-section" points to guide section "missing-section", which does not exist',
      'content/tips/03-tip-3.mdx → references[0]: "reference:nobody-1999" points to reference "nobody-1999", which does not exist',
    ]);
  });

  it('rejects a tip related to itself', () => {
    const c = validContent();
    c.tips[0]!.data.related = [1, 2];
    expect(checkContentRules(c)).toEqual(['content/tips/01-tip-1.mdx → related[0]: a tip cannot be related to itself']);
  });

  it('rejects a <Cite> of an unknown reference', () => {
    const c = validContent();
    c.tips[1]!.body = 'As shown <Cite id="smith-2001" /> and <Cite id=\'a-2020\' />.';
    expect(checkContentRules(c)).toEqual([
      'content/tips/02-tip-2.mdx → <Cite id>: "smith-2001" names no reference in content/references.yaml',
    ]);
  });

  it('rejects a <Cite> of an unknown reference written with single quotes', () => {
    const c = validContent();
    c.guide[1]!.body = "Studies agree <Cite id='nobody-1999' />, and <Cite\n  id = 'a-2020' /> too.";
    expect(checkContentRules(c)).toEqual([
      'content/guide/02-six-strategies.mdx → <Cite id>: "nobody-1999" names no reference in content/references.yaml',
    ]);
  });

  it('rejects a <QuizEmbed> of an unknown statement', () => {
    const c = validContent();
    c.guide[1]!.body = '<QuizEmbed quizId="x" ids={["q1", "q9"]} />';
    expect(checkContentRules(c)).toEqual([
      'content/guide/02-six-strategies.mdx → <QuizEmbed ids>: "q9" names no statement in content/quiz.yaml',
    ]);
  });

  it('rejects duplicate reference numbers', () => {
    const c = validContent();
    c.references.push({ id: 'b-2021', filePath: 'content/references.yaml', data: { number: 1 } });
    expect(checkContentRules(c)[0]).toBe(
      'content/references.yaml (entry "b-2021") → number: reference number 1 is used twice (also in content/references.yaml (entry "a-2020"))',
    );
  });

  it('ContentRuleError lists every problem', () => {
    const error = new ContentRuleError(['a → b: c', 'd → e: f']);
    expect(error.message).toBe('Content check failed (2 problems):\n  - a → b: c\n  - d → e: f');
  });
});

describe('<Cite> and <QuizEmbed> read from the MDX syntax tree', () => {
  it('checks ids written as expressions, and ignores tags shown as code', () => {
    const c = validContent();
    c.tips[0]!.body =
      'See <Cite id={"nobody-1999"} /> and <QuizEmbed ids={[`q1`, "q7"]} />.\n\nWrite `<Cite id="x" />` to cite.\n\n```mdx\n<QuizEmbed ids={["q9"]} />\n```';
    expect(checkContentRules(c)).toEqual([
      'content/tips/01-tip-1.mdx → <Cite id>: "nobody-1999" names no reference in content/references.yaml',
      'content/tips/01-tip-1.mdx → <QuizEmbed ids>: "q7" names no statement in content/quiz.yaml',
    ]);
  });

  it('lists cited ids once each, in order of first citation', () => {
    expect(citedReferenceIds('<Cite id="b" /> `<Cite id="code" />` <Cite id=\'a\' /> <Cite id="b" />')).toEqual(['b', 'a']);
  });
});
