/**
 * The one place pages get content from: loads every collection, enforces the
 * cross-collection rules (failing the build on any problem) and returns the
 * entries in reading order. Memoised, so the check runs once per build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { checkLinkTargets, checkMdxSafety, parseYamlList, routesOfPageFiles, type LinkTargets } from './content-integrity';
import { contentLinkHref, guideHref, parseContentLink, REFERENCES_SECTION, tipHref, type LinkIndex } from './content-links';
import { checkContentRules, ContentRuleError, where } from './content-rules';
import { TIP_THEMES } from './content-schemas';
import { checkSearchWords, readerKeywords, type SearchWordsSite } from './search-words';
import { surname } from '../lib/references';

/** All content, sorted, plus a resolver for content links. */
export interface SiteContent {
  guide: CollectionEntry<'guide'>[];
  tips: CollectionEntry<'tips'>[];
  quiz: CollectionEntry<'quiz'>[];
  days: (CollectionEntry<'checklist'>['data'] & { kind: 'day'; id: string })[];
  /** The check-in's theme questions, one per tip theme, in theme order. */
  checkIn: CollectionEntry<'checkIn'>[];
  habits: (CollectionEntry<'checklist'>['data'] & { kind: 'habit'; id: string })[];
  references: CollectionEntry<'references'>[];
  /** Words to send (content/messages.yaml), in file order. */
  situations: CollectionEntry<'messages'>[];
  /** The situations whose `links` name a tip or a guide section (any anchor in it), in file order. */
  wordsFor: (page: { tip: number } | { guide: string }) => CollectionEntry<'messages'>[];
  /** URL for a `tip:` / `guide:` / `reference:` link. */
  href: (link: string) => string;
  /** Readable name of a link's target, e.g. "Tip 12: Apologize sincerely…". */
  label: (link: string) => string;
  /** The tip with a given number. */
  tipByNumber: (n: number) => CollectionEntry<'tips'> | undefined;
  /** The reader words (content/search-words.yaml) a page is indexed with, by site path. */
  readerWords: (path: string) => readonly string[];
}

/** Name of the tips collection, with the count taken from the content: "20 ways to build trust online". */
export const tipsTitle = (count: number): string => `${count} ways to build trust online`;

let loading: Promise<SiteContent> | undefined;

/** Loads and checks all content once; throws ContentRuleError when a rule is broken. */
export function getSiteContent(): Promise<SiteContent> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteContent> {
  const [guide, tips, quiz, checklist, checkIn, references, searchWords, situations] = await Promise.all([
    getCollection('guide'),
    getCollection('tips'),
    getCollection('quiz'),
    getCollection('checklist'),
    getCollection('checkIn'),
    getCollection('references'),
    getCollection('searchWords'),
    getCollection('messages'),
  ]);
  const wordsSite: SearchWordsSite = {
    tips: new Map(tips.map((t) => [t.data.number, t.id])),
    guide: guide.map((g) => g.id),
    pages: new Set(staticRoutes()),
  };
  const bodies = [
    ...guide.map((e) => ({ at: where(e, e.id), url: guideHref(e.id), body: e.body ?? '' })),
    ...tips.map((e) => ({ at: where(e, e.id), url: tipHref(e.id), body: e.body ?? '' })),
  ];
  const fieldLinks = [
    ...quiz.map((e) => ({ at: where(e, 'content/quiz.yaml'), field: 'link', link: e.data.link })),
    ...checklist.flatMap((e) =>
      e.data.kind === 'day' ? [{ at: where(e, 'content/checklist.yaml'), field: 'link', link: e.data.link }] : [],
    ),
    ...situations.flatMap((e) => e.data.links.map((link, i) => ({ at: where(e, 'content/messages.yaml'), field: `links[${i}]`, link }))),
  ];
  const problems = [
    ...checkContentRules({ guide, tips, quiz, checklist, references, messages: situations }),
    ...checkLinkTargets(fieldLinks, bodies, await linkTargets(guide, tips, references)),
    ...checkMdxSafety(bodies),
    ...checkSearchWords(searchWords, wordsSite),
    ...TIP_THEMES.flatMap((theme) => {
      const count = checkIn.filter((q) => q.data.theme === theme).length;
      return count === 1 ? [] : [`content/check-in.yaml → theme: "${theme}" has ${count} questions; give each theme exactly one`];
    }),
  ];
  if (problems.length > 0) throw new ContentRuleError(problems);

  guide.sort((a, b) => a.data.order - b.data.order);
  tips.sort((a, b) => a.data.number - b.data.number);
  references.sort((a, b) => a.data.number - b.data.number);
  checkIn.sort((a, b) => TIP_THEMES.indexOf(a.data.theme) - TIP_THEMES.indexOf(b.data.theme));
  const days = checklist
    .map((c) => ({ ...c.data, id: c.id }))
    .filter((d): d is SiteContent['days'][number] => d.kind === 'day')
    .sort((a, b) => a.day - b.day);
  const habits = checklist
    .map((c) => ({ ...c.data, id: c.id }))
    .filter((d): d is SiteContent['habits'][number] => d.kind === 'habit')
    .sort((a, b) => a.order - b.order);

  // The collection comes sorted by id: show situations in the order the file gives them.
  const messagesFile = 'content/messages.yaml';
  const fileOrder = parseYamlList(readFileSync(join(process.cwd(), messagesFile), 'utf8'), messagesFile).map((e) => e['id']);
  situations.sort((a, b) => fileOrder.indexOf(a.id) - fileOrder.indexOf(b.id));

  const keywordsByPath = readerKeywords(searchWords, wordsSite);
  const index: LinkIndex = { tipSlugByNumber: new Map(tips.map((t) => [t.data.number, t.id])) };
  return {
    guide,
    tips,
    quiz,
    days,
    checkIn,
    habits,
    references,
    situations,
    wordsFor: (page) =>
      situations.filter((s) =>
        s.data.links.some((link) => {
          const parsed = parseContentLink(link);
          return 'tip' in page
            ? parsed?.kind === 'tip' && parsed.number === page.tip
            : parsed?.kind === 'guide' && parsed.slug === page.guide;
        }),
      ),
    href: (link) => contentLinkHref(link, index),
    label: (link) => {
      const parsed = parseContentLink(link);
      if (parsed?.kind === 'tip') {
        const tip = tips.find((t) => t.data.number === parsed.number);
        return `Tip ${parsed.number}: ${tip?.data.title ?? ''}`;
      }
      if (parsed?.kind === 'guide') return `Guide: ${guide.find((g) => g.id === parsed.slug)?.data.title ?? ''}`;
      const ref = references.find((r) => parsed?.kind === 'reference' && r.id === parsed.id);
      return ref ? `Research: ${surname(ref.data.authors[0])} (${ref.data.year}), ${ref.data.title}` : link;
    },
    tipByNumber: (n) => tips.find((t) => t.data.number === n),
    readerWords: (path) => keywordsByPath.get(path) ?? [],
  };
}

/** Routes served by one page file per content entry or theme; their pages are listed from the content. */
const LISTED_ROUTES = new Set(['/guide/[slug]/', '/tips/[slug]/', '/tips/theme/[theme]/']);

/**
 * Every page a content link may land on, with the heading ids of guide
 * sections and tips (as their pages render them) and the reference anchors.
 * Other pages come from the files in src/pages; their ids are not known
 * before they are built.
 */
/** Site paths of the pages in src/pages that have no parameters ("/help/", "/quiz/"). */
function staticRoutes(): string[] {
  const dir = join(process.cwd(), 'src/pages');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative('src/pages', join(e.parentPath, e.name)));
  return routesOfPageFiles(files).filter((r) => !r.includes('['));
}

async function linkTargets(
  guide: CollectionEntry<'guide'>[],
  tips: CollectionEntry<'tips'>[],
  references: CollectionEntry<'references'>[],
): Promise<LinkTargets> {
  // The build runs in the project folder (as `npm run build` does).
  const list = (dir: string) => readdirSync(join(process.cwd(), dir), { recursive: true, withFileTypes: true });
  const routes = routesOfPageFiles(
    list('src/pages')
      .filter((e) => e.isFile())
      .map((e) => relative('src/pages', join(e.parentPath, e.name))),
  );
  const pages = new Map<string, ReadonlySet<string> | null>();
  for (const route of routes) if (!route.includes('[')) pages.set(route, null);
  // Files in public/ (a PDF, an image) are copied as they are.
  for (const e of list('public'))
    if (e.isFile()) pages.set(`/${relative('public', join(e.parentPath, e.name)).split(sep).join('/')}`, null);
  for (const theme of TIP_THEMES) pages.set(`/tips/theme/${theme}/`, null);
  const headingIds = async (entry: CollectionEntry<'guide'> | CollectionEntry<'tips'>) => (await render(entry)).headings.map((h) => h.slug);
  for (const entry of guide) {
    const extra = entry.id === REFERENCES_SECTION ? references.map((r) => `ref-${r.id}`) : [];
    pages.set(guideHref(entry.id), new Set([...(await headingIds(entry)), ...extra]));
  }
  for (const entry of tips) pages.set(tipHref(entry.id), new Set(await headingIds(entry)));
  return { pages, patterns: routes.filter((r) => r.includes('[') && !LISTED_ROUTES.has(r)) };
}
