/**
 * The one place pages get content from: loads every collection, enforces the
 * cross-collection rules (failing the build on any problem) and returns the
 * entries in reading order. Memoised, so the check runs once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentLinkHref, parseContentLink, type LinkIndex } from './content-links';
import { checkContentRules, ContentRuleError } from './content-rules';
import { surname } from '../lib/references';

/** All content, sorted, plus a resolver for content links. */
export interface SiteContent {
  guide: CollectionEntry<'guide'>[];
  tips: CollectionEntry<'tips'>[];
  quiz: CollectionEntry<'quiz'>[];
  days: (CollectionEntry<'checklist'>['data'] & { kind: 'day'; id: string })[];
  habits: (CollectionEntry<'checklist'>['data'] & { kind: 'habit'; id: string })[];
  references: CollectionEntry<'references'>[];
  /** URL for a `tip:` / `guide:` / `reference:` link. */
  href: (link: string) => string;
  /** Readable name of a link's target, e.g. "Tip 12: Apologize sincerely…". */
  label: (link: string) => string;
  /** The tip with a given number. */
  tipByNumber: (n: number) => CollectionEntry<'tips'> | undefined;
}

/** Name of the tips collection, with the count taken from the content: "20 ways to build trust online". */
export const tipsTitle = (count: number): string => `${count} ways to build trust online`;

let loading: Promise<SiteContent> | undefined;

/** Loads and checks all content once; throws ContentRuleError when a rule is broken. */
export function getSiteContent(): Promise<SiteContent> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteContent> {
  const [guide, tips, quiz, checklist, references] = await Promise.all([
    getCollection('guide'),
    getCollection('tips'),
    getCollection('quiz'),
    getCollection('checklist'),
    getCollection('references'),
  ]);
  const problems = checkContentRules({ guide, tips, quiz, checklist, references });
  if (problems.length > 0) throw new ContentRuleError(problems);

  guide.sort((a, b) => a.data.order - b.data.order);
  tips.sort((a, b) => a.data.number - b.data.number);
  references.sort((a, b) => a.data.number - b.data.number);
  const days = checklist
    .map((c) => ({ ...c.data, id: c.id }))
    .filter((d): d is SiteContent['days'][number] => d.kind === 'day')
    .sort((a, b) => a.day - b.day);
  const habits = checklist
    .map((c) => ({ ...c.data, id: c.id }))
    .filter((d): d is SiteContent['habits'][number] => d.kind === 'habit')
    .sort((a, b) => a.order - b.order);

  const index: LinkIndex = { tipSlugByNumber: new Map(tips.map((t) => [t.data.number, t.id])) };
  return {
    guide,
    tips,
    quiz,
    days,
    habits,
    references,
    href: (link) => contentLinkHref(link, index),
    label: (link) => {
      const parsed = parseContentLink(link);
      if (parsed?.kind === 'tip') {
        const tip = tips.find((t) => t.data.number === parsed.number);
        return `Tip ${parsed.number}: ${tip?.data.title ?? ''}`;
      }
      if (parsed?.kind === 'guide') return `Guide: ${guide.find((g) => g.id === parsed.slug)?.data.title ?? ''}`;
      const ref = references.find((r) => parsed?.kind === 'reference' && r.id === parsed.id);
      return ref ? `Research: ${surname(ref.data.authors[0])} (${ref.data.year}), ${ref.data.title}` : link;
    },
    tipByNumber: (n) => tips.find((t) => t.data.number === n),
  };
}
