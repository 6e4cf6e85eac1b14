/**
 * Content collections: what readers read lives in the top-level `content/`
 * folder; the schemas are in `src/data/content-schemas.ts` and the rules that
 * span collections in `src/data/content-rules.ts`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  checklistSchema,
  guideSchema,
  quizSchema,
  referenceSchema,
  tipSchema,
} from './data/content-schemas';
import { slugFromFileName } from './data/slug';

/** Entries named `NN-<slug>.mdx` get `<slug>` as their id (and URL). */
const idFromPath = ({ entry }: { entry: string }) => slugFromFileName(entry);

/** Guide sections, one MDX file per section. */
const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guide', generateId: idFromPath }),
  schema: guideSchema,
});

/** The 20 trust tips, one MDX file per tip. */
const tips = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/tips', generateId: idFromPath }),
  schema: tipSchema,
});

/** Myth-or-truth statements, keyed by id in one YAML file. */
const quiz = defineCollection({
  loader: file('./content/quiz.yaml'),
  schema: quizSchema,
});

/** The 7-day plan and the daily habits. */
const checklist = defineCollection({
  loader: file('./content/checklist.yaml'),
  schema: checklistSchema,
});

/** The works the guide cites. */
const references = defineCollection({
  loader: file('./content/references.yaml'),
  schema: referenceSchema,
});

export const collections = { guide, tips, quiz, checklist, references };
