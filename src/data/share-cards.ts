/**
 * The share images (Open Graph cards), one per page that has its own: the
 * home page, each guide section, each tip, the quiz, the check-in, the checklist, the words page and each
 * quiz score page. Other pages use the home card. Build time only.
 */
import { WORDS_PATH } from '../lib/words/words';
import { SITE_NAME, SITE_TAGLINE, THEME_LABELS } from '../consts';
import { guideHref, tipHref } from './content-links';
import type { SiteContent } from './site-content';
import { possibleScores, scorePath, shareText } from '../lib/quiz/share';

/** What one card shows. */
export interface ShareCard {
  /** File name under /og/, without ".png". */
  slug: string;
  /** The page it belongs to. */
  path: string;
  /** Small line above the heading, e.g. "Tip 6 · Communication". */
  kicker: string;
  /** The big line. */
  heading: string;
  /** Alt text of the image. */
  alt: string;
}

/** Width and height of every card, in pixels. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Path of a card's image. */
export const cardImagePath = (card: ShareCard): string => `/og/${card.slug}.png`;

/** Every card, from the content. */
export function shareCards(site: SiteContent): ShareCard[] {
  const total = site.quiz.length;
  const card = (slug: string, path: string, kicker: string, heading: string): ShareCard => ({
    slug,
    path,
    kicker,
    heading,
    alt: `${SITE_NAME}: ${kicker ? `${kicker}. ` : ''}${heading}`,
  });
  return [
    card('home', '/', '', SITE_TAGLINE),
    ...site.guide.map((g) => card(`guide-${g.id}`, guideHref(g.id), 'The guide', g.data.title)),
    ...site.tips.map((t) => card(`tip-${t.id}`, tipHref(t.id), `Tip ${t.data.number} · ${THEME_LABELS[t.data.theme]}`, t.data.title)),
    card('quiz', '/quiz/', 'Myth or truth?', `${total} statements about relationships online. Which do you believe?`),
    card('check-in', '/check-in/', 'Check in with yourself', 'Check in before and after your week, and see what changed.'),
    card('checklist', '/checklist/', 'The 7-day checklist', 'One small step a day toward closer, more trusting connections.'),
    card('words', WORDS_PATH, 'Words to send', 'Ready-to-use messages for saying hello, thank you, sorry and more.'),
    ...possibleScores(total).map((n) => card(`score-${n}`, scorePath(n), 'Myth or truth?', shareText(n, total))),
  ];
}

/** The card for a page, or the home card. */
export function cardForPath(cards: readonly ShareCard[], pathname: string): ShareCard {
  const found = cards.find((c) => c.path === pathname) ?? cards.find((c) => c.slug === 'home');
  if (!found) throw new Error('share-cards: no home card');
  return found;
}
