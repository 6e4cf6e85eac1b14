/**
 * What readers type into search: questions, feelings, situations and typos
 * inside phrases, written from the content (not from any issue's examples).
 * Each names the pages that answer it; at least one must appear in the top
 * three results of /search/ (scripts/check-phrases.ts).
 */

/** One phrase and the pages that answer it (site paths). */
export interface ReaderPhrase {
  kind: 'question' | 'feeling' | 'situation' | 'typo';
  phrase: string;
  /** Any one of these in the top three counts as found. */
  pages: readonly string[];
}

const tip = (slug: string) => `/tips/${slug}/`;
const guide = (slug: string) => `/guide/${slug}/`;

/** The suite. */
export const READER_PHRASES: readonly ReaderPhrase[] = [
  // Questions
  { kind: 'question', phrase: 'how do i make friends online', pages: [guide('six-strategies'), guide('what-it-is'), guide('faqs')] },
  { kind: 'question', phrase: 'are online friends real friends', pages: [guide('faqs'), guide('challenges-and-myths')] },
  { kind: 'question', phrase: 'can you trust someone you met online', pages: [guide('challenges-and-myths'), guide('faqs')] },
  { kind: 'question', phrase: 'is it safe to give out my address', pages: [guide('faqs'), tip('respect-boundaries-and-privacy')] },
  { kind: 'question', phrase: 'what do i do if someone asks me for money', pages: [guide('faqs')] },
  { kind: 'question', phrase: 'how do i get past small talk', pages: [guide('faqs')] },
  { kind: 'question', phrase: 'how long does it take to trust someone', pages: [tip('keep-building-trust'), guide('mistakes-to-avoid')] },
  {
    kind: 'question',
    phrase: 'why do video calls make me so tired',
    pages: [guide('science-backed-tips'), tip('prioritize-quality-time')],
  },
  { kind: 'question', phrase: 'what do i do after i hurt someone', pages: [tip('apologize-sincerely')] },
  { kind: 'question', phrase: 'how fast should i reply', pages: [tip('be-responsive'), tip('be-reliable-and-consistent')] },
  { kind: 'question', phrase: 'is it normal to drift apart from online friends', pages: [guide('faqs')] },
  {
    kind: 'question',
    phrase: 'what questions should i ask someone new',
    pages: [tip('show-genuine-interest'), guide('science-backed-tips'), guide('faqs')],
  },
  { kind: 'question', phrase: 'how can i show i care over chat', pages: [tip('show-empathy'), guide('science-backed-tips')] },
  { kind: 'question', phrase: 'which apps are good for meeting people', pages: [guide('tools-and-habits')] },
  { kind: 'question', phrase: 'does the internet make loneliness worse', pages: [guide('challenges-and-myths'), guide('why-it-matters')] },
  { kind: 'question', phrase: 'why are friendships good for your health', pages: [guide('why-it-matters')] },
  { kind: 'question', phrase: 'what is a digital relationship', pages: [guide('what-it-is')] },
  { kind: 'question', phrase: 'how do i apologise properly', pages: [tip('apologize-sincerely')] },
  { kind: 'question', phrase: 'how to talk about the future with my partner', pages: [tip('plan-the-future')] },
  // Feelings
  { kind: 'feeling', phrase: 'i feel lonely all the time', pages: [guide('why-it-matters'), guide('introduction'), '/help/'] },
  { kind: 'feeling', phrase: 'feeling isolated working from home', pages: [guide('why-it-matters'), guide('real-life-stories')] },
  { kind: 'feeling', phrase: 'i feel awkward in group chats', pages: [guide('real-life-stories')] },
  { kind: 'feeling', phrase: 'im nervous about meeting people online', pages: [guide('challenges-and-myths'), guide('faqs')] },
  { kind: 'feeling', phrase: 'overwhelmed by notifications', pages: [guide('challenges-and-myths'), guide('tools-and-habits')] },
  { kind: 'feeling', phrase: 'i feel worse after scrolling instagram', pages: [guide('challenges-and-myths')] },
  { kind: 'feeling', phrase: 'worried my friend is upset with me', pages: [tip('avoid-assumptions')] },
  { kind: 'feeling', phrase: 'scared to open up', pages: [tip('share-vulnerable-thoughts')] },
  { kind: 'feeling', phrase: 'i need someone to talk to right now', pages: ['/help/'] },
  { kind: 'feeling', phrase: 'exhausted after zoom calls', pages: [guide('science-backed-tips'), tip('prioritize-quality-time')] },
  { kind: 'feeling', phrase: 'i feel like nobody listens to me', pages: [tip('listen-actively')] },
  { kind: 'feeling', phrase: 'proud of my friend', pages: [tip('celebrate-milestones')] },
  // Situations
  { kind: 'situation', phrase: "friend hasn't answered my message for days", pages: [tip('be-responsive'), tip('avoid-assumptions')] },
  { kind: 'situation', phrase: 'we had a fight over chat', pages: [tip('solve-problems-together'), tip('apologize-sincerely')] },
  { kind: 'situation', phrase: 'they shared my private messages', pages: [tip('respect-boundaries-and-privacy')] },
  { kind: 'situation', phrase: 'my friend got a promotion', pages: [tip('celebrate-milestones')] },
  { kind: 'situation', phrase: 'friend working towards a big goal', pages: [tip('support-goals')] },
  {
    kind: 'situation',
    phrase: 'birthday ideas for a long distance friend',
    pages: [tip('celebrate-milestones'), tip('build-shared-experiences')],
  },
  {
    kind: 'situation',
    phrase: 'things to do together on video chat',
    pages: [tip('build-shared-experiences'), tip('prioritize-quality-time')],
  },
  { kind: 'situation', phrase: 'watch a movie together online', pages: [tip('build-shared-experiences')] },
  { kind: 'situation', phrase: 'my friend keeps cancelling plans', pages: [tip('be-reliable-and-consistent')] },
  { kind: 'situation', phrase: 'someone is pressuring me for photos', pages: [guide('faqs'), tip('respect-boundaries-and-privacy')] },
  { kind: 'situation', phrase: 'i took a text the wrong way', pages: [tip('avoid-assumptions')] },
  { kind: 'situation', phrase: 'remembering what friends tell me', pages: [tip('show-genuine-interest'), tip('listen-actively')] },
  { kind: 'situation', phrase: 'just moved and know nobody here', pages: [guide('real-life-stories')] },
  { kind: 'situation', phrase: 'joining a discord book club', pages: [guide('real-life-stories'), guide('tools-and-habits')] },
  {
    kind: 'situation',
    phrase: 'weekly game night with friends',
    pages: [guide('real-life-stories'), tip('build-shared-experiences'), guide('six-strategies')],
  },
  { kind: 'situation', phrase: 'friend going through a hard time', pages: [tip('show-empathy'), tip('offer-encouragement')] },
  { kind: 'situation', phrase: 'our chats never go deeper', pages: [guide('faqs'), tip('share-vulnerable-thoughts')] },
  { kind: 'situation', phrase: 'keep a friendship going for years', pages: [tip('keep-building-trust')] },
  { kind: 'situation', phrase: 'set a regular time to call each week', pages: [guide('six-strategies'), tip('prioritize-quality-time')] },
  {
    kind: 'situation',
    phrase: 'too many group chats',
    pages: [guide('challenges-and-myths'), guide('six-strategies'), guide('mistakes-to-avoid')],
  },
  { kind: 'situation', phrase: 'taking a break from social media', pages: [guide('six-strategies'), guide('mistakes-to-avoid')] },
  { kind: 'situation', phrase: 'make someone laugh online', pages: [tip('keep-humor')] },
  { kind: 'situation', phrase: 'friend keeps making jokes about me', pages: [tip('keep-humor')] },
  { kind: 'situation', phrase: 'saying thanks for their help', pages: [tip('express-appreciation')] },
  { kind: 'situation', phrase: 'disagree without fighting', pages: [tip('solve-problems-together'), tip('keep-building-trust')] },
  { kind: 'situation', phrase: 'someone lied to me online', pages: [tip('be-open-and-honest')] },
  {
    kind: 'situation',
    phrase: 'told them too much too soon',
    pages: [guide('mistakes-to-avoid'), tip('share-vulnerable-thoughts'), tip('respect-boundaries-and-privacy')],
  },
  { kind: 'situation', phrase: 'studies on asking questions', pages: [guide('science-backed-tips'), tip('show-genuine-interest')] },
  { kind: 'situation', phrase: 'where do your sources come from', pages: [guide('references')] },
  { kind: 'situation', phrase: 'a one week plan to meet people', pages: ['/checklist/', guide('seven-day-checklist')] },
  { kind: 'situation', phrase: 'quiz on online friendship myths', pages: ['/quiz/', guide('challenges-and-myths')] },
  { kind: 'situation', phrase: 'paying attention on a video call', pages: [tip('listen-actively'), tip('prioritize-quality-time')] },
  { kind: 'situation', phrase: 'my messages sound cold', pages: [guide('science-backed-tips')] },
  { kind: 'situation', phrase: 'using emojis to show feelings', pages: [guide('science-backed-tips')] },
  // Words to send (content/messages.yaml)
  { kind: 'question', phrase: 'what to say', pages: ['/words/'] },
  {
    kind: 'question',
    phrase: 'what do i say to someone new in a group',
    pages: ['/words/first-hello/', '/words/', tip('show-genuine-interest')],
  },
  { kind: 'situation', phrase: 'apology message', pages: ['/words/apology/'] },
  { kind: 'situation', phrase: 'thank you text', pages: ['/words/thank-you/'] },
  { kind: 'situation', phrase: 'message to an old friend after years', pages: ['/words/reconnect/'] },
  {
    kind: 'situation',
    phrase: 'asking someone for a video call',
    pages: ['/words/propose-call/', tip('prioritize-quality-time'), guide('science-backed-tips')],
  },
  // The check-in (/check-in/)
  { kind: 'situation', phrase: 'loneliness test', pages: ['/check-in/'] },
  { kind: 'question', phrase: 'how do i check in with myself', pages: ['/check-in/'] },
  { kind: 'situation', phrase: 'see what changed after my week', pages: ['/check-in/', '/checklist/'] },
  // Typos inside phrases
  { kind: 'typo', phrase: 'how to apologize to my freind', pages: [tip('apologize-sincerely')] },
  { kind: 'typo', phrase: 'feeling lonley online', pages: [guide('why-it-matters'), guide('introduction'), guide('challenges-and-myths')] },
  { kind: 'typo', phrase: 'respct their boundries', pages: [tip('respect-boundaries-and-privacy')] },
  { kind: 'typo', phrase: 'celebrate a friends acheivement', pages: [tip('celebrate-milestones')] },
  { kind: 'typo', phrase: 'encourage someone who is strugling', pages: [tip('offer-encouragement')] },
  { kind: 'typo', phrase: 'showing my vulnerablity', pages: [tip('share-vulnerable-thoughts')] },
  { kind: 'typo', phrase: 'vidoe call fatigue', pages: [guide('science-backed-tips'), tip('prioritize-quality-time')] },
];
