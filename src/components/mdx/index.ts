/** The components MDX authors may use without importing them, plus the `a` override. */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Link from './Link.astro';
import QuizEmbed from './QuizEmbed.astro';
import Quote from './Quote.astro';
import ReferenceList from './ReferenceList.astro';

export const mdxComponents = { a: Link, Callout, Cite, QuizEmbed, Quote, ReferenceList };
