/**
 * Content links (`tip:6`, `guide:six-strategies#create-rituals`,
 * `reference:huang-2017`): parsing and turning them into URLs.
 */

/** A parsed content link. */
export type ContentLink =
  | { kind: 'tip'; number: number }
  | { kind: 'guide'; slug: string; anchor?: string }
  | { kind: 'reference'; id: string };

/** Parses a link string; returns undefined when it has none of the three shapes. */
export function parseContentLink(link: string): ContentLink | undefined {
  const tip = /^tip:([1-9]\d*)$/.exec(link);
  if (tip) return { kind: 'tip', number: Number(tip[1]) };
  const guide = /^guide:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(link);
  if (guide) {
    // Stryker disable next-line StringLiteral: the slug group always matches when the pattern does
    const [, slug = '', anchor] = guide;
    return anchor ? { kind: 'guide', slug, anchor } : { kind: 'guide', slug };
  }
  const ref = /^reference:([a-z0-9-]+)$/.exec(link);
  // Stryker disable next-line StringLiteral: the id group always matches when the pattern does
  if (ref) return { kind: 'reference', id: ref[1] ?? '' };
  return undefined;
}

/** The slug of the guide section that lists the references. */
export const REFERENCES_SECTION = 'references';

/** URL of a guide section. */
export const guideHref = (slug: string, anchor?: string) => `/guide/${slug}/${anchor ? `#${anchor}` : ''}`;

/** URL of a tip page. */
export const tipHref = (slug: string) => `/tips/${slug}/`;

/** URL of a reference's entry in the references section. */
export const referenceHref = (id: string) => guideHref(REFERENCES_SECTION, `ref-${id}`);

/** What a link resolves against: tip slugs by number. */
export interface LinkIndex {
  tipSlugByNumber: ReadonlyMap<number, string>;
}

/** URL for a content link; throws when the link points at no tip (the build checks this first). */
export function contentLinkHref(link: string, index: LinkIndex): string {
  const parsed = parseContentLink(link);
  if (!parsed) throw new Error(`Malformed content link "${link}"`);
  switch (parsed.kind) {
    case 'tip': {
      const slug = index.tipSlugByNumber.get(parsed.number);
      if (!slug) throw new Error(`Content link "${link}" names no tip`);
      return tipHref(slug);
    }
    case 'guide':
      return guideHref(parsed.slug, parsed.anchor);
    case 'reference':
      return referenceHref(parsed.id);
  }
}
