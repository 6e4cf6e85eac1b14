/**
 * Structured data (schema.org JSON-LD) that search engines read from a
 * page's head: the site with its search on the home page, and an Article
 * with its breadcrumb trail on guide sections and tips. Pure: URLs in,
 * plain objects out (typed by schema-dts), serialised by `toJsonLd`.
 */
import type { Article, BreadcrumbList, Organization, WebSite, WithContext } from 'schema-dts';
import { CONTENT_LICENSE, SITE_NAME, SITE_TAGLINE } from '../consts';

/** One JSON-LD document for a `<script type="application/ld+json">`. */
export type JsonLd = WithContext<WebSite> | WithContext<Article> | WithContext<BreadcrumbList>;

const CONTEXT = 'https://schema.org' as const;

const publisher = (site: URL): Organization => ({ '@type': 'Organization', name: SITE_NAME, url: new URL('/', site).href });

/** The site, with a SearchAction that opens `/search/?q=…` (home page). */
export function websiteData(site: URL): WithContext<WebSite> {
  const home = new URL('/', site).href;
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: SITE_NAME,
    description: SITE_TAGLINE,
    url: home,
    inLanguage: 'en',
    publisher: publisher(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${new URL('/search/', site).href}?q={search_term_string}` },
      // schema-dts has no type for Google's `query-input` shorthand.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  };
}

/** What an article page says about itself. */
export interface ArticleFacts {
  /** The page's canonical URL. */
  url: URL;
  headline: string;
  description: string;
  /** "Guide" or "Tips". */
  section: string;
  /** The share image's absolute URL. */
  image: string;
}

/** A guide section or a tip as an Article, published by the site under the content license. */
export function articleData({ url, headline, description, section, image }: ArticleFacts): WithContext<Article> {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline,
    description,
    url: url.href,
    mainEntityOfPage: url.href,
    image,
    articleSection: section,
    inLanguage: 'en',
    author: publisher(url),
    publisher: publisher(url),
    license: CONTENT_LICENSE.url,
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: new URL('/', url).href },
  };
}

/** The breadcrumb trail as shown (crumbs, then the current page), with absolute URLs. */
export function breadcrumbData(
  crumbs: readonly { href: string; label: string }[],
  current: { url: URL; label: string },
): WithContext<BreadcrumbList> {
  const items = [
    ...crumbs.map((c) => ({ name: c.label, item: new URL(c.href, current.url).href })),
    { name: current.label, item: current.url.href },
  ];
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((it, i) => ({ '@type': 'ListItem', position: i + 1, name: it.name, item: it.item })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the script early. */
export const toJsonLd = (data: JsonLd): string => JSON.stringify(data).replace(/</g, '\\u003c');
