/**
 * Kindred's MDX as plain Markdown, for the Starlight benchmark peer
 * (./starlight-peer.ts): Starlight cannot render our components, so each one
 * becomes the Markdown text a reader would see (a citation its number, an
 * aside a block quote, the reference list a numbered list). Headings and
 * prose pass through unchanged. Pure: no file system.
 */
import { load } from 'js-yaml';

/** A cited work, as content/references.yaml holds it (the fields used here). */
export interface Reference {
  id: string;
  number: number;
  authors: string[];
  year: number;
  title: string;
  journal: string;
  volume?: string;
  pages?: string;
  doi?: string;
}

/** An MDX file split into its front matter (parsed) and its body. */
export function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  const data = load(match[1] ?? '');
  return {
    data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: source.slice(match[0].length).replace(/^(\r?\n)+/, ''),
  };
}

/** The attributes of a JSX tag written as `name="value"` (expressions such as `ids={[…]}` are ignored). */
function attributes(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/([A-Za-z]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/** Text as a Markdown block quote, one `> ` per line (blank lines kept inside the quote). */
function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() ? `> ${line.trim()}` : '>'))
    .join('\n');
}

/** Collapses an indented component body to its paragraphs. */
const dedent = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** The reference list as a numbered Markdown list, in citation order. */
export function referenceListMarkdown(references: readonly Reference[]): string {
  return [...references]
    .sort((a, b) => a.number - b.number)
    .map((r) => {
      const where = [r.volume, r.pages].filter(Boolean).join(', ');
      const doi = r.doi ? ` [doi:${r.doi}](https://doi.org/${r.doi})` : '';
      // A title that ends in "?" or "!" takes no full stop after it (APA style).
      const title = /[.?!]$/.test(r.title) ? r.title : `${r.title}.`;
      return `${r.number}. ${r.authors.join(', ')} (${r.year}). ${title} *${r.journal}*${where ? `, ${where}` : ''}.${doi}`;
    })
    .join('\n');
}

/**
 * The body of a Kindred MDX file as plain Markdown. `references` numbers the
 * citations and fills `<ReferenceList />`. Interactive components
 * (`<QuizEmbed>`) are left out: they have no Markdown equivalent. Any other
 * component keeps only its text, so a new one never breaks the peer's build.
 */
export function mdxBodyToMarkdown(body: string, references: readonly Reference[] = []): string {
  const byId = new Map(references.map((r) => [r.id, r]));
  return (
    body
      // ESM lines and MDX comments.
      .replace(/^(import|export)\s.*$/gm, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      // {" "} and similar string expressions are just their text.
      .replace(/\{\s*(["'])([^"'{}]*)\1\s*\}/g, '$2')
      .replace(/<Cite\b([^>]*?)\/>/g, (_, attrs: string) => {
        const ref = byId.get(attributes(attrs)['id'] ?? '');
        return ref ? ` [${ref.number}]` : '';
      })
      .replace(/<ReferenceList\b[^>]*\/>/g, () => referenceListMarkdown(references))
      .replace(/<QuizEmbed\b[\s\S]*?\/>/g, '')
      // The tips index, named without a count (the peer has no tips collection to count).
      .replace(/<TipsLink\b[^>]*\/>/g, '[the trust tips](/tips/)')
      .replace(/<Callout\b([^>]*)>([\s\S]*?)<\/Callout>/g, (_, attrs: string, inner: string) => {
        const a = attributes(attrs);
        const heading = a['title'] ?? (a['type'] === 'caution' ? 'Take care' : 'Note');
        return blockQuote(`**${heading}**\n\n${dedent(inner)}`);
      })
      .replace(/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g, (_, attrs: string, inner: string) => {
        const a = attributes(attrs);
        const who = [a['by'], a['role']].filter(Boolean).join(', ');
        return blockQuote(`${dedent(inner)}${who ? `\n\n— ${who}` : ''}`);
      })
      // Any other component: its text stays, its tags go.
      .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

/** Front matter as YAML with only string and number values (enough for Starlight's title, description and order). */
function frontMatter(fields: Record<string, string | number | undefined>): string {
  const lines = Object.entries(fields)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => (typeof v === 'number' ? `${k}: ${v}` : `${k}: ${JSON.stringify(v)}`));
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/**
 * A guide section or tip (the whole MDX file) as a Starlight Markdown page:
 * title and description kept (a tip's summary is its description and its
 * opening paragraph, as Kindred shows it), the sidebar ordered by `order` or
 * `number`, other fields dropped.
 */
export function mdxToStarlightPage(source: string, references: readonly Reference[] = []): string {
  const { data, body } = splitFrontMatter(source);
  const str = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : undefined);
  const num = (k: string) => (typeof data[k] === 'number' ? (data[k] as number) : undefined);
  const summary = str('summary');
  const head = frontMatter({ title: str('title') ?? 'Untitled', description: str('description') ?? summary });
  const order = num('order') ?? num('number');
  const withOrder = order === undefined ? head : head.replace(/\n---\n\n$/, `\nsidebar:\n  order: ${order}\n---\n\n`);
  return withOrder + (summary ? `${summary}\n\n` : '') + mdxBodyToMarkdown(body, references);
}
