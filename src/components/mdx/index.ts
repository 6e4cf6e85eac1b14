/**
 * The components MDX authors may use without importing them, plus the `a` override.
 * Not QuizEmbed: every page that renders MDX imports this map, so the quiz island and its
 * styles would land on all of them. An article with a quiz imports it (see
 * content/guide/04-challenges-and-myths.mdx), and only that page carries the quiz.
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Link from './Link.astro';
import Quote from './Quote.astro';
import ReferenceList from './ReferenceList.astro';
import TipsLink from './TipsLink.astro';

export const mdxComponents = { a: Link, Callout, Cite, Quote, ReferenceList, TipsLink };
