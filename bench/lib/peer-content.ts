/**
 * Kindred's content/ as the Markdown pages of the Starlight benchmark peer:
 * every guide section and tip (./mdx-to-markdown.ts), plus the quiz
 * statements, the 7-day plan and the words to send (content/messages.yaml:
 * /words/ and a page per situation) as plain pages, so both sites index the
 * same words (Kindred leaves some out of its own index, such as the
 * reference list's initials and DOIs and the messages; the peer indexes its pages as Starlight would), and a tips index at /tips/ (Kindred's /tips/ is a page of a
 * reading visit, ./visit-ratios.ts). The indexed pages whose text is not in
 * content/ (/help/, /check-in/) are taken from Kindred's built dist/. Paths mirror Kindred's routes (`guide/<slug>.md` is
 * /guide/<slug>/), so the same tip page is measured on both sites.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findOne, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { load } from 'js-yaml';
import { searchableText } from '../../integrations/search-vocabulary.ts';
import { slugFromFileName } from '../../src/data/slug.ts';
import { mdxToStarlightPage, splitFrontMatter, type Reference } from './mdx-to-markdown.ts';

/** One generated page: its path under src/content/docs/ and its Markdown. */
export interface PeerPage {
  path: string;
  markdown: string;
}

interface QuizItem {
  statement: string;
  verdict: 'myth' | 'truth';
  explanation: string;
}
interface ChecklistItem {
  kind: 'day' | 'habit';
  day?: number;
  title?: string;
  action?: string;
  label?: string;
  detail?: string;
}

const yamlList = <T>(file: string): T[] => {
  const data = load(readFileSync(file, 'utf8'));
  return Array.isArray(data) ? (data as T[]) : [];
};

/** The quiz as one page: each statement a heading, its verdict and explanation below. */
export function quizPage(items: readonly QuizItem[]): string {
  const body = items.map((q) => `## ${q.statement}\n\n**${q.verdict === 'myth' ? 'Myth' : 'Truth'}.** ${q.explanation.trim()}`);
  return `---\ntitle: "Myth or truth?"\ndescription: "Common beliefs about online relationships, and what is true."\n---\n\n${body.join('\n\n')}\n`;
}

/** The 7-day plan and the daily habits as one page. */
export function checklistPage(items: readonly ChecklistItem[]): string {
  const line = (i: ChecklistItem) =>
    `- **${i.kind === 'day' ? `Day ${i.day}: ` : ''}${i.title ?? i.label ?? ''}.** ${(i.action ?? i.detail ?? '').trim()}`;
  const days = items.filter((i) => i.kind === 'day').map(line);
  const habits = items.filter((i) => i.kind === 'habit').map(line);
  return `---\ntitle: "Your 7-day plan"\ndescription: "One small step a day for a week, and four daily habits."\n---\n\n## The seven days\n\n${days.join('\n')}\n\n## Daily habits\n\n${habits.join('\n')}\n`;
}

/** A situation of content/messages.yaml, as far as its pages show it. */
export interface WordsSituation {
  id: string;
  title: string;
  intro: string;
  messages: readonly { text: string }[];
}

const quoted = (s: string) => JSON.stringify(s.trim());

/** The words pages Kindred indexes: /words/ (every situation, its intro and link) and one page per situation with its messages. */
export function wordsPages(situations: readonly WordsSituation[]): PeerPage[] {
  const index = situations.map((s) => `- [${s.title}](/words/${s.id}/): ${s.intro.trim()}`);
  return [
    {
      path: 'words/index.md',
      markdown: `---\ntitle: "Words to send"\ndescription: "Short messages to copy for the moments when words are hard to find."\n---\n\n${index.join('\n')}\n`,
    },
    ...situations.map((s) => ({
      path: `words/${s.id}.md`,
      markdown: `---\ntitle: ${quoted(s.title)}\ndescription: ${quoted(s.intro)}\n---\n\n${s.messages.map((m) => `- ${m.text.trim()}`).join('\n')}\n`,
    })),
  ];
}

/** A tip as the tips index lists it. */
export interface TipSummary {
  slug: string;
  number: number;
  title: string;
  summary: string;
}

/** The tips index: every tip, in number order, a link with its summary (what Kindred's /tips/ lists). */
export function tipsIndexPage(tips: readonly TipSummary[]): string {
  const items = [...tips].sort((a, b) => a.number - b.number).map((t) => `${t.number}. [${t.title}](/tips/${t.slug}/): ${t.summary}`);
  return `---\ntitle: "${tips.length} ways to build trust in online relationships"\ndescription: "Every tip, with what it is about."\n---\n\n${items.join('\n')}\n`;
}

/** Kindred's indexed pages written in .astro files, not content/: the peer gets the same text. */
export const BUILT_ONLY_ROUTES = ['help', 'check-in'] as const;

/**
 * A page of Kindred's built site (`file`, named in errors) as a peer page: the
 * `<h1>` of its indexed body as the title and the text Pagefind indexes below
 * it, as one paragraph (without Kindred's keywords, which are Kindred's own
 * addition to its index).
 */
export function builtPage(route: string, html: string, file = `dist/${route}/index.html`): PeerPage {
  const body = findOne((el) => 'data-pagefind-body' in el.attribs, parseDocument(html).children);
  const h1 = body && findOne((el) => el.name === 'h1', body.children);
  if (!h1) throw new Error(`bench: ${file} has no <h1> in its indexed body to title the peer's page`);
  const title = textContent(h1).replace(/\s+/g, ' ').trim();
  const text = searchableText(html, { keywords: false }).replace(/\s+/g, ' ').trim();
  // Plain text in Markdown: characters that would start markup are escaped, and so is a start that reads as a list.
  const markdown = (text.startsWith(title) ? text.slice(title.length).trim() : text)
    .replace(/[\\`*_[\]<>#|&~]/g, '\\$&')
    .replace(/^([-+])(?= )/, '\\$1')
    .replace(/^(\d+)\.(?= )/, '$1\\.');
  return { path: `${route}.md`, markdown: `---\ntitle: ${quoted(title)}\n---\n\n${markdown}\n` };
}

/** The BUILT_ONLY_ROUTES pages, from Kindred's built `distDir`. */
export function builtPages(distDir: string): PeerPage[] {
  return BUILT_ONLY_ROUTES.map((route) => {
    const file = join(distDir, route, 'index.html');
    if (!existsSync(file))
      throw new Error(`bench: ${file} is missing; build Kindred first (npm run build) so the peer gets the same pages`);
    return builtPage(route, readFileSync(file, 'utf8'), file);
  });
}

/** The peer's pages built from `contentDir` (Kindred's content/); builtPages() adds the rest. */
export function peerPages(contentDir: string): PeerPage[] {
  const references = yamlList<Reference>(join(contentDir, 'references.yaml'));
  const pages: PeerPage[] = [];
  const tips: TipSummary[] = [];
  for (const collection of ['guide', 'tips']) {
    const dir = join(contentDir, collection);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
      const source = readFileSync(join(dir, file), 'utf8');
      const slug = slugFromFileName(file);
      pages.push({ path: `${collection}/${slug}.md`, markdown: mdxToStarlightPage(source, references) });
      const { data } = splitFrontMatter(source);
      if (collection === 'tips')
        tips.push({ slug, number: Number(data['number']), title: String(data['title']), summary: String(data['summary']) });
    }
  }
  pages.push({ path: 'tips/index.md', markdown: tipsIndexPage(tips) });
  pages.push({ path: 'quiz.md', markdown: quizPage(yamlList<QuizItem>(join(contentDir, 'quiz.yaml'))) });
  pages.push(...wordsPages(yamlList<WordsSituation>(join(contentDir, 'messages.yaml'))));
  pages.push({ path: 'checklist.md', markdown: checklistPage(yamlList<ChecklistItem>(join(contentDir, 'checklist.yaml'))) });
  pages.push({
    path: 'index.md',
    markdown:
      '---\ntitle: Kindred\ndescription: Building meaningful, trusting relationships online.\n---\n\nA practical guide and 20 trust tips. Start with [the guide](/guide/introduction/) or [the tips](/tips/be-open-and-honest/).\n',
  });
  return pages;
}
