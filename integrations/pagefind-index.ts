/**
 * Builds the Pagefind search index over the built site with Pagefind's Node
 * API, so `astro build` alone produces a complete site. Only
 * `<main data-pagefind-body>` of content pages is indexed (see BaseLayout),
 * without UNINDEXED_CLASSES.
 */
import * as pagefind from 'pagefind';

/**
 * Class names whose elements are never indexed: `print-only` blocks (the
 * "References cited" list on each page) are not on screen, so a match there
 * would land a reader on nothing, and they made up much of the index a first
 * query fetches. integrations/search-vocabulary.ts skips the same.
 */
export const UNINDEXED_CLASSES = ['print-only'] as const;

/** Indexes `dist` into `dist/pagefind`; returns the number of pages indexed. */
export async function buildSearchIndex(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: UNINDEXED_CLASSES.map((c) => `.${c}`) });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
