/**
 * Zod schemas for every content collection. They live here, apart from
 * `src/content.config.ts`, so unit tests can feed them bad fixtures without
 * booting Astro. Messages are written for the person editing `content/`.
 */
import { z } from 'astro/zod';
import { PLAN_DAYS } from '../lib/checklist/state';

/** The fixed set of tip themes; `/tips/` filters by these. */
export const TIP_THEMES = ['communication', 'empathy', 'respect', 'reliability', 'connection', 'growth'] as const;
export type TipTheme = (typeof TIP_THEMES)[number];

/** A kebab-case slug: lowercase letters, digits and single hyphens. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a kebab-case slug such as "six-strategies"');

/**
 * A link from one piece of content to another, written as
 * `tip:<number>`, `guide:<slug>[#anchor]` or `reference:<id>`.
 * The build checks that the target exists (src/data/content-rules.ts).
 */
export const contentLinkSchema = z
  .string()
  .regex(
    /^(?:tip:[1-9]\d*|guide:[a-z0-9-]+(?:#[a-z0-9-]+)?|reference:[a-z0-9-]+)$/,
    'write a link as "tip:6", "guide:six-strategies", "guide:six-strategies#5-create-rituals" or "reference:huang-2017"',
  );

/** One keyword: lowercase letters, a word or a phrase of up to 3 words. */
const keywordSchema = z
  .string()
  .regex(/^[a-z]+(?:[ '-][a-z]+){0,2}$/, 'write a keyword in lowercase letters: a word or a phrase of up to 3 words, e.g. "zoom fatigue"')
  .max(30, 'keep a keyword to 30 characters or fewer');

/**
 * Words and short phrases readers type that the text itself doesn't use
 * ("sorry", "ghosting", "zoom fatigue", British spellings). Indexed for
 * search as Pagefind metadata, never shown on the page.
 */
export const keywordsSchema = z
  .array(keywordSchema)
  .max(8, 'list at most 8 keywords: only words a reader looking for this page would type')
  .refine((list) => new Set(list).size === list.length, 'list each keyword once')
  .default([]);

/** Frontmatter of a guide section (`content/guide/NN-<slug>.mdx`). */
export const guideSchema = z.object({
  /** Heading of the section, shown as the page's h1 and in navigation. */
  title: z.string().min(3, 'give the section a title'),
  /** Meta description and overview blurb; search engines cut text past 160 characters. */
  description: z
    .string()
    .min(20, 'write a one-sentence description of at least 20 characters')
    .max(160, 'keep the description to 160 characters or fewer'),
  /** Reading position within the guide, 1-based; unique across sections. */
  order: z.number().int().positive('order starts at 1'),
  /** What readers type to find this section that its text doesn't say (optional; see keywordsSchema). */
  keywords: keywordsSchema,
});

/** Frontmatter of a trust tip (`content/tips/NN-<slug>.mdx`). */
export const tipSchema = z.object({
  /** Position in "20 Ways to Build Trust", 1..N with no gaps. */
  number: z.number().int().positive('tip numbers start at 1'),
  /** The tip's headline advice. */
  title: z.string().min(3, 'give the tip a title'),
  /** One sentence that sums the tip up; shown on cards and as the meta description. */
  summary: z
    .string()
    .min(20, 'write a one-sentence summary of at least 20 characters')
    .max(160, 'keep the summary to 160 characters or fewer'),
  /** Which of the fixed themes the tip belongs to. */
  theme: z.enum(TIP_THEMES, `theme must be one of: ${TIP_THEMES.join(', ')}`),
  /** Numbers of 2 or 3 other tips a reader should see next. */
  related: z.array(z.number().int().positive()).min(2, 'list 2 or 3 related tips').max(3, 'list 2 or 3 related tips'),
  /** Slugs of guide sections that cover the same ground (optional). */
  guide: z.array(slug).default([]),
  /** Ids of references that back the tip (optional). */
  references: z.array(slug).default([]),
  /**
   * True when the tip suits closer relationships (a close friend, a partner) best rather than
   * friends and partners alike; the tips index names these (optional, default false).
   */
  closer: z.boolean().default(false),
  /** What readers type to find this tip that its text doesn't say (optional; see keywordsSchema). */
  keywords: keywordsSchema,
});

/** One myth-or-truth statement in `content/quiz.yaml`. */
export const quizSchema = z.object({
  /** The statement as the reader sees it. */
  statement: z.string().min(10, 'write the statement in full'),
  /** Whether the statement is a myth or the truth. */
  verdict: z.enum(['myth', 'truth'], 'verdict must be "myth" or "truth"'),
  /** Two or three sentences that say why, in the site's voice. */
  explanation: z.string().min(40, 'explain the verdict in two or three sentences'),
  /** Where the site covers the statement. */
  link: contentLinkSchema,
});

/** One "How you show up online" question of the check-in in `content/check-in.yaml`. */
export const checkInSchema = z.object({
  /** The tip theme the question asks about; each theme has exactly one question. */
  theme: z.enum(TIP_THEMES, `theme must be one of ${TIP_THEMES.join(', ')}`),
  /** The question, starting "How often do you…", in the words of that theme's tips. */
  question: z.string().regex(/^How often do you .+\?$/, 'write the question as "How often do you …?"'),
});

/** A day of the 7-day plan in `content/checklist.yaml`. */
const checklistDaySchema = z.object({
  kind: z.literal('day'),
  /** Day number, 1..7. */
  day: z.number().int().min(1).max(PLAN_DAYS, `the plan has at most ${PLAN_DAYS} days`),
  /** Short name for the day. */
  title: z.string().min(3),
  /** What to do that day, as one sentence. */
  action: z.string().min(10, 'describe the action in a sentence'),
  /** The tip or guide section that helps with it. */
  link: contentLinkSchema,
});

/** A daily power habit in `content/checklist.yaml`. */
const checklistHabitSchema = z.object({
  kind: z.literal('habit'),
  /** Display order among the habits. */
  order: z.number().int().positive(),
  /** The habit as a short imperative. */
  label: z.string().min(5),
  /** Optional detail shown under the label. */
  detail: z.string().optional(),
});

/** An entry of `content/checklist.yaml`: a plan day or a daily habit. */
export const checklistSchema = z.discriminatedUnion('kind', [checklistDaySchema, checklistHabitSchema], {
  error: 'kind must be "day" or "habit"',
});

/** A cited work in `content/references.yaml`. */
export const referenceSchema = z.object({
  /** Citation number as printed in the text ([1]..[N]); unique. */
  number: z.number().int().positive(),
  /** Authors as "Surname, I. I." strings, in the paper's order. */
  authors: z.array(z.string().min(2)).min(1, 'list at least one author'),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** Title of the work. */
  title: z.string().min(5),
  /** Journal it appeared in. */
  journal: z.string().min(3),
  /** Volume (and issue or supplement), e.g. "10(2)". */
  volume: z.string().min(1),
  /** Page range or article number, e.g. "227–237". */
  pages: z.string().optional(),
  /** DOI without the resolver, e.g. "10.1177/1745691614568352". */
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'doi must look like "10.1177/1745691614568352"'),
  /** One or two sentences on what the work actually found. */
  finding: z.string().min(20, 'say in a sentence what the work found'),
});

/**
 * A page that reader words point at: "tip:12", "tip:*" (every tip),
 * "guide:faqs", "guide:*" (every guide section) or a site path such as
 * "/help/". The build checks that it exists (src/data/search-words.ts).
 */
export const searchTargetSchema = z
  .string()
  .regex(
    /^(?:tip:(?:[1-9]\d*|\*)|guide:(?:[a-z0-9-]+|\*)|\/(?:[a-z0-9-]+\/)*)$/,
    'write a page as "tip:12", "tip:*", "guide:faqs", "guide:*" or a site path such as "/help/" (no "#anchor": the words count for the whole page)',
  );

/** Reader words in `content/search-words.yaml`: what readers type, and the pages it should find. */
const readerWordsSchema = z.object({
  kind: z.literal('reader'),
  /** Words and short phrases readers type, added to each page's search keywords (never shown). */
  words: z
    .array(keywordSchema)
    .min(1, 'list at least one word')
    .refine((list) => new Set(list).size === list.length, 'list each word once'),
  /** The pages that answer these words. */
  pages: z
    .array(searchTargetSchema)
    .min(1, 'list at least one page')
    .refine((list) => new Set(list).size === list.length, 'list each page once'),
});

/** Stop words in `content/search-words.yaml`: words search ignores when no page has all of a reader's words. */
const stopWordsSchema = z.object({
  kind: z.literal('stop'),
  /** Lowercase words without apostrophes ("dont", "im"), as search sees them. */
  words: z
    .array(z.string().regex(/^[a-z]+$/, 'write a stop word in lowercase letters without apostrophes, e.g. "dont"'))
    .min(1, 'list at least one stop word')
    .refine((list) => new Set(list).size === list.length, 'list each stop word once'),
});

/** An entry of `content/search-words.yaml`: reader words for some pages, or stop words. */
export const searchWordsSchema = z.discriminatedUnion('kind', [readerWordsSchema, stopWordsSchema], {
  error: 'kind must be "reader" or "stop"',
});
export type SearchWordsEntry = z.infer<typeof searchWordsSchema>;

/** One message in `content/messages.yaml`. */
const messageSchema = z.object({
  /** Unique in the file; a starred message is remembered by it, so never reuse an old one. */
  id: slug,
  /** The words, as the reader would send them; a bracket marks a blank to fill in: "[name]". */
  text: z.string().min(8, 'write the message in full').max(280, 'keep a message to 280 characters or fewer: short enough to send as it is'),
});

/** A situation in `content/messages.yaml`: what the reader wants to say, and messages that say it. */
export const situationSchema = z.object({
  /** What the reader wants to do, as a heading: "Say thank you". */
  title: z.string().min(3, 'give the situation a title'),
  /** One or two sentences on when these words help. */
  intro: z.string().min(20, 'say in a sentence or two when these words help').max(200, 'keep the intro to 200 characters or fewer'),
  /** Plan days (content/checklist.yaml) whose step these words help with; the checklist offers them there. */
  days: z
    .array(z.number().int().min(1, 'plan days start at 1').max(PLAN_DAYS, `the plan has at most ${PLAN_DAYS} days`))
    .refine((list) => new Set(list).size === list.length, 'list each day once')
    .default([]),
  /** The tips and guide sections these words serve; each shows a "Words to try" link back. */
  links: z
    .array(contentLinkSchema)
    .min(1, 'link at least one tip or guide section these words serve')
    .refine((list) => list.every((l) => !l.startsWith('reference:')), 'link tips or guide sections, not references'),
  /** What readers type to find these words that the text doesn't say (optional; see keywordsSchema). */
  keywords: keywordsSchema,
  /** 3 to 6 short messages, in the order shown. */
  messages: z.array(messageSchema).min(3, 'give at least 3 messages').max(6, 'give at most 6 messages: more is harder to choose from'),
});
