/**
 * Rules that span collections, which a per-entry schema cannot see:
 * unique and gap-free numbering, and links that must point at real entries.
 * Pure: takes plain entries, returns the problems found, one message each,
 * each naming the file and the field.
 */
import { guideHref, parseContentLink } from './content-links';
import { ONE_PAGE_GUIDE_PATH } from '../lib/routes';
import { attribute, jsxElements, staticValue, tryParseMdx, type Root } from './mdx-tree';

/** The part of a content entry the rules read. */
export interface RuleEntry<D> {
  id: string;
  /** Path of the file the entry came from, relative to the project. */
  filePath?: string | undefined;
  data: D;
  /** Raw MDX source, for finding `<Cite>` ids. */
  body?: string | undefined;
}

/** Everything the cross-collection rules look at. */
export interface RuleInput {
  guide: RuleEntry<{ order: number }>[];
  tips: RuleEntry<{ number: number; related: number[]; guide: string[]; references: string[] }>[];
  quiz: RuleEntry<{ link: string }>[];
  checklist: RuleEntry<{ kind: 'day'; day: number; link: string } | { kind: 'habit'; order: number }>[];
  references: RuleEntry<{ number: number }>[];
  /** Situations of content/messages.yaml (optional, so older fixtures need not list them). */
  messages?: RuleEntry<{ days: number[]; links: string[]; messages: { id: string }[] }>[];
}

/** Thrown by the build when content breaks a rule; lists every problem. */
export class ContentRuleError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ContentRuleError';
  }
}

/** "content/quiz.yaml (entry "q1")" or "content/tips/01-x.mdx". */
export function where(entry: RuleEntry<unknown>, fallbackFile: string): string {
  const file = entry.filePath ?? fallbackFile;
  return file.endsWith('.yaml') || file.endsWith('.yml') ? `${file} (entry "${entry.id}")` : file;
}

/**
 * Finds duplicates and gaps in a 1..N numbering. A gap names the entries
 * numbered just before and just after it, so the reader knows where to look.
 */
function checkSequence(items: { n: number; at: string }[], field: string, noun: string, problems: string[]): void {
  const seen = new Map<number, string>();
  for (const { n, at } of items) {
    const first = seen.get(n);
    if (first) problems.push(`${at} → ${field}: ${noun} ${n} is used twice (also in ${first})`);
    else seen.set(n, at);
  }
  const numbers = [...seen.keys()].sort((a, b) => a - b);
  const named = (n: number | undefined) => (n === undefined ? undefined : `${seen.get(n)} (${n})`);
  for (let n = 1; n <= items.length; n++) {
    if (seen.has(n)) continue;
    const before = named(numbers.filter((m) => m < n).at(-1));
    const after = named(numbers.find((m) => m > n));
    const where = before && after ? `between ${before} and ${after}` : before ? `after ${before}` : `before ${after}`;
    problems.push(`${field}: ${noun}s must run 1..${items.length} without gaps, but ${n} is missing, ${where}`);
  }
}

/** The `id` of each `<Cite>` in an MDX body, in document order (ids computed by code are not known here). */
function citeIds(tree: Root | undefined): string[] {
  if (!tree) return [];
  return jsxElements(tree)
    .filter((e) => e.name === 'Cite')
    .flatMap((e) => {
      const id = staticValue(attribute(e, 'id'));
      return typeof id === 'string' ? [id] : [];
    });
}

/** The statement ids of each `<QuizEmbed ids={[…]}>` in an MDX body, in document order. */
function quizEmbedIds(tree: Root | undefined): string[] {
  if (!tree) return [];
  return jsxElements(tree)
    .filter((e) => e.name === 'QuizEmbed')
    .flatMap((e) => {
      const ids = staticValue(attribute(e, 'ids'));
      return Array.isArray(ids) ? ids : [];
    });
}

/** The reference ids an MDX body cites with `<Cite id>`, in order of first citation. */
export function citedReferenceIds(body: string): string[] {
  return [...new Set(citeIds(tryParseMdx(body)))];
}

/** Checks every cross-collection rule; returns the problems (empty when all is well). */
export function checkContentRules(input: RuleInput): string[] {
  const problems: string[] = [];
  const tipNumbers = new Set(input.tips.map((t) => t.data.number));
  const guideSlugs = new Set(input.guide.map((g) => g.id));
  const referenceIds = new Set(input.references.map((r) => r.id));
  const quizIds = new Set(input.quiz.map((q) => q.id));

  checkSequence(
    input.tips.map((t) => ({ n: t.data.number, at: where(t, `content/tips/${t.id}.mdx`) })),
    'number',
    'tip number',
    problems,
  );

  const orders = new Map<number, string>();
  for (const g of input.guide) {
    const at = where(g, `content/guide/${g.id}.mdx`);
    const first = orders.get(g.data.order);
    if (first) problems.push(`${at} → order: ${g.data.order} is already used by ${first}`);
    else orders.set(g.data.order, at);
    if (guideHref(g.id) === ONE_PAGE_GUIDE_PATH)
      problems.push(`${at}: the slug "${g.id}" is taken by the one-page guide (${ONE_PAGE_GUIDE_PATH}); rename the file`);
  }

  checkSequence(
    input.references.map((r) => ({ n: r.data.number, at: where(r, 'content/references.yaml') })),
    'number',
    'reference number',
    problems,
  );

  /** Reports a content link whose target does not exist. */
  const checkLink = (link: string, at: string, field: string) => {
    const parsed = parseContentLink(link);
    if (!parsed) problems.push(`${at} → ${field}: "${link}" is not a valid link`);
    else if (parsed.kind === 'tip' && !tipNumbers.has(parsed.number))
      problems.push(`${at} → ${field}: "${link}" points to tip ${parsed.number}, which does not exist`);
    else if (parsed.kind === 'guide' && !guideSlugs.has(parsed.slug))
      problems.push(`${at} → ${field}: "${link}" points to guide section "${parsed.slug}", which does not exist`);
    else if (parsed.kind === 'reference' && !referenceIds.has(parsed.id))
      problems.push(`${at} → ${field}: "${link}" points to reference "${parsed.id}", which does not exist`);
  };

  for (const t of input.tips) {
    const at = where(t, `content/tips/${t.id}.mdx`);
    t.data.related.forEach((n, i) => {
      if (n === t.data.number) problems.push(`${at} → related[${i}]: a tip cannot be related to itself`);
      else checkLink(`tip:${n}`, at, `related[${i}]`);
    });
    t.data.guide.forEach((slug, i) => {
      checkLink(`guide:${slug}`, at, `guide[${i}]`);
    });
    t.data.references.forEach((id, i) => {
      checkLink(`reference:${id}`, at, `references[${i}]`);
    });
  }

  for (const q of input.quiz) checkLink(q.data.link, where(q, 'content/quiz.yaml'), 'link');

  const days = input.checklist.flatMap((c) => (c.data.kind === 'day' ? [{ entry: c, day: c.data.day, link: c.data.link }] : []));
  for (const d of days) checkLink(d.link, where(d.entry, 'content/checklist.yaml'), 'link');
  checkSequence(
    days.map((d) => ({ n: d.day, at: where(d.entry, 'content/checklist.yaml') })),
    'day',
    'day',
    problems,
  );

  const dayNumbers = new Set(days.map((d) => d.day));
  const messageIds = new Map<string, string>();
  for (const s of input.messages ?? []) {
    const at = where(s, 'content/messages.yaml');
    s.data.links.forEach((link, i) => {
      checkLink(link, at, `links[${i}]`);
    });
    s.data.days.forEach((day, i) => {
      if (!dayNumbers.has(day)) problems.push(`${at} → days[${i}]: the plan has no day ${day} in content/checklist.yaml`);
    });
    s.data.messages.forEach((m, i) => {
      const first = messageIds.get(m.id);
      if (first) problems.push(`${at} → messages[${i}].id: "${m.id}" is already used in ${first}; every message needs its own id`);
      else messageIds.set(m.id, at);
    });
  }

  for (const entry of [...input.guide, ...input.tips]) {
    if (!entry.body) continue;
    const tree = tryParseMdx(entry.body);
    for (const id of citeIds(tree)) {
      if (!referenceIds.has(id)) {
        problems.push(`${where(entry, entry.id)} → <Cite id>: "${id}" names no reference in content/references.yaml`);
      }
    }
    for (const id of quizEmbedIds(tree)) {
      if (!quizIds.has(id)) {
        problems.push(`${where(entry, entry.id)} → <QuizEmbed ids>: "${id}" names no statement in content/quiz.yaml`);
      }
    }
  }

  return problems;
}
