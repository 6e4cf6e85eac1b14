/**
 * Content collections: what readers read lives in the top-level `content/`
 * folder; the schemas are in `src/data/content-schemas.ts` and the rules that
 * span collections in `src/data/content-rules.ts`.
 */
import { defineCollection } from 'astro:content';
import {
  checkInSchema,
  checklistSchema,
  guideSchema,
  quizSchema,
  referenceSchema,
  searchWordsSchema,
  situationSchema,
  tipSchema,
} from './data/content-schemas';
// Astro's glob() and file() loaders, wrapped to fail on broken YAML, duplicate slugs and duplicate ids.
import { mdxFolder, yamlList } from './data/content-loaders';

/** Guide sections, one MDX file per section. */
const guide = defineCollection({
  loader: mdxFolder('content/guide'),
  schema: guideSchema,
});

/** The trust tips (as many as content/tips/ holds), one MDX file per tip. */
const tips = defineCollection({
  loader: mdxFolder('content/tips'),
  schema: tipSchema,
});

/** Myth-or-truth statements, keyed by id in one YAML file. */
const quiz = defineCollection({
  loader: yamlList('content/quiz.yaml'),
  schema: quizSchema,
});

/** The 7-day plan and the daily habits. */
const checklist = defineCollection({
  loader: yamlList('content/checklist.yaml'),
  schema: checklistSchema,
});

/** The check-in's questions about how the reader shows up online, one per tip theme. */
const checkIn = defineCollection({
  loader: yamlList('content/check-in.yaml'),
  schema: checkInSchema,
});

/** The works the guide cites. */
const references = defineCollection({
  loader: yamlList('content/references.yaml'),
  schema: referenceSchema,
});

/** The reader's vocabulary for search: words readers type for what pages discuss, and stop words. */
const searchWords = defineCollection({
  loader: yamlList('content/search-words.yaml'),
  schema: searchWordsSchema,
});

/** Words to send: situations, each with a few ready-to-use messages. */
const messages = defineCollection({
  loader: yamlList('content/messages.yaml'),
  schema: situationSchema,
});

export const collections = { guide, tips, quiz, checklist, checkIn, references, searchWords, messages };
