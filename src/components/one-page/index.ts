/**
 * The MDX components of the one-page guide (/guide/all/): the usual ones
 * (../mdx/index.ts), with links and citations kept on the page and headings
 * one level down under each section's title.
 */
import { mdxComponents } from '../mdx';
import DemotedH2 from './DemotedH2.astro';
import DemotedH3 from './DemotedH3.astro';
import OnePageCite from './OnePageCite.astro';
import OnePageLink from './OnePageLink.astro';

export const onePageComponents = { ...mdxComponents, a: OnePageLink, Cite: OnePageCite, h2: DemotedH2, h3: DemotedH3 };
