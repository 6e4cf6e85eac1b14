import { describe, expect, it } from 'vitest';
import { checkContentRules, type RuleInput } from './content-rules';
import { situationSchema } from './content-schemas';

/** The field path and message of each problem, as a writer reads them. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

const message = (id: string) => ({ id, text: `A short message called ${id}.` });
const situation = {
  title: 'Say thank you',
  intro: 'A note of thanks for something big or small.',
  days: [6],
  links: ['tip:1'],
  messages: [message('a'), message('b'), message('c')],
};

describe('situation schema (content/messages.yaml)', () => {
  it('accepts a situation and fills optional lists', () => {
    const parsed = situationSchema.parse({ ...situation, days: undefined });
    expect(parsed.days).toEqual([]);
    expect(parsed.keywords).toEqual([]);
  });

  it('asks for 3 to 6 messages', () => {
    expect(problems(situationSchema.safeParse({ ...situation, messages: [message('a')] }))).toEqual(['messages: give at least 3 messages']);
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(message);
    expect(problems(situationSchema.safeParse({ ...situation, messages: seven }))).toEqual([
      'messages: give at most 6 messages: more is harder to choose from',
    ]);
  });

  it('names the message and field of a bad id or a long text', () => {
    const bad = [message('a'), { id: 'Not A Slug', text: 'Hello there, friend.' }, { id: 'c', text: 'x'.repeat(281) }];
    expect(problems(situationSchema.safeParse({ ...situation, messages: bad }))).toEqual([
      'messages.1.id: use a kebab-case slug such as "six-strategies"',
      'messages.2.text: keep a message to 280 characters or fewer: short enough to send as it is',
    ]);
  });

  it('refuses days outside the plan, malformed links and references', () => {
    expect(problems(situationSchema.safeParse({ ...situation, days: [8] }))).toEqual(['days.0: the plan has at most 7 days']);
    expect(problems(situationSchema.safeParse({ ...situation, links: ['tips/1'] }))[0]).toMatch(/^links\.0: write a link as/);
    expect(problems(situationSchema.safeParse({ ...situation, links: ['reference:huang-2017'] }))).toEqual([
      'links: link tips or guide sections, not references',
    ]);
    expect(problems(situationSchema.safeParse({ ...situation, links: [] }))).toEqual([
      'links: link at least one tip or guide section these words serve',
    ]);
  });
});

describe('message rules across collections', () => {
  const content = (messages: NonNullable<RuleInput['messages']>): RuleInput => ({
    guide: [{ id: 'faqs', filePath: 'content/guide/01-faqs.mdx', data: { order: 1 } }],
    tips: [1, 2, 3].map((n) => ({
      id: `tip-${n}`,
      filePath: `content/tips/0${n}-tip-${n}.mdx`,
      data: { number: n, related: [1, 2, 3].filter((r) => r !== n), guide: [], references: [] },
    })),
    quiz: [],
    checklist: [1, 2, 3, 4, 5, 6, 7].map((day) => ({
      id: `day-${day}`,
      filePath: 'content/checklist.yaml',
      data: { kind: 'day' as const, day, link: 'tip:1' },
    })),
    references: [],
    messages,
  });
  const entry = (id: string, data: { days: number[]; links: string[]; messages: { id: string }[] }) => ({
    id,
    filePath: 'content/messages.yaml',
    data,
  });

  it('accepts links to tips and guide sections that exist', () => {
    expect(checkContentRules(content([entry('thanks', { days: [6], links: ['tip:2', 'guide:faqs#x'], messages: [{ id: 'a' }] })]))).toEqual(
      [],
    );
  });

  it('names the file, the situation and the field of a link to nowhere', () => {
    expect(checkContentRules(content([entry('thanks', { days: [], links: ['tip:1', 'tip:42'], messages: [] })]))).toEqual([
      'content/messages.yaml (entry "thanks") → links[1]: "tip:42" points to tip 42, which does not exist',
    ]);
    expect(checkContentRules(content([entry('thanks', { days: [], links: ['guide:gone'], messages: [] })]))).toEqual([
      'content/messages.yaml (entry "thanks") → links[0]: "guide:gone" points to guide section "gone", which does not exist',
    ]);
  });

  it('refuses a message id used twice in the file, naming where it came first', () => {
    const twice = [
      entry('one', { days: [], links: ['tip:1'], messages: [{ id: 'hi' }] }),
      entry('two', { days: [], links: ['tip:1'], messages: [{ id: 'x' }, { id: 'hi' }] }),
    ];
    expect(checkContentRules(content(twice))).toEqual([
      'content/messages.yaml (entry "two") → messages[1].id: "hi" is already used in content/messages.yaml (entry "one"); every message needs its own id',
    ]);
  });

  it('refuses a plan day the checklist does not have', () => {
    const c = content([entry('thanks', { days: [3], links: ['tip:1'], messages: [] })]);
    c.checklist = c.checklist.filter((d) => d.id !== 'day-3');
    expect(checkContentRules(c)).toContain(
      'content/messages.yaml (entry "thanks") → days[0]: the plan has no day 3 in content/checklist.yaml',
    );
  });
});
