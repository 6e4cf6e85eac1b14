/**
 * Builds the Pagefind search index over the built site with Pagefind's Node
 * API, so `astro build` alone produces a complete site. Only
 * `<main data-pagefind-body>` of content pages is indexed (see BaseLayout).
 */
import * as pagefind from 'pagefind';

/** Indexes `dist` into `dist/pagefind`; returns the number of pages indexed. */
export async function buildSearchIndex(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
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
