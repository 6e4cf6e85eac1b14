/** A heading as MDX `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A table-of-contents entry: an h2 with the h3s under it. */
export interface TocItem {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/** Builds a two-level table of contents from a page's h2 and h3 headings. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) items.push({ slug: h.slug, text: h.text, children: [] });
    else if (h.depth === 3) {
      const parent = items.at(-1);
      if (parent) parent.children.push({ slug: h.slug, text: h.text });
      else items.push({ slug: h.slug, text: h.text, children: [] });
    }
  }
  return items;
}
