import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, peerPages, tipsIndexPage, wordsPages } from './peer-content.ts';

describe('tipsIndexPage', () => {
  it('lists every tip in number order, linked, with its summary', () => {
    const page = tipsIndexPage([
      { slug: 'b', number: 2, title: 'Second', summary: 'Two.' },
      { slug: 'a', number: 1, title: 'First', summary: 'One.' },
    ]);
    expect(page).toContain('title: "2 ways to build trust in online relationships"');
    expect(page).toMatch(/1\. \[First\]\(\/tips\/a\/\): One\.\n2\. \[Second\]\(\/tips\/b\/\): Two\.\n$/);
  });

  it('gives the peer a /tips/ page listing all of the real tips', () => {
    const index = peerPages('content').find((p) => p.path === 'tips/index.md');
    expect(index?.markdown).toContain('(/tips/listen-actively/)');
    const tips = readdirSync('content/tips').filter((f) => f.endsWith('.mdx')).length;
    expect(index?.markdown.match(/^\d+\. \[/gm)?.length).toBe(tips);
  });
});

describe('wordsPages', () => {
  it('gives the peer /words/ and a page per situation holding its messages, as Kindred indexes them', () => {
    const pages = wordsPages([
      { id: 'apology', title: 'Apologize', intro: 'Say what you did.', messages: [{ text: "I'm sorry I [did]." }] },
    ]);
    expect(pages.map((p) => p.path)).toEqual(['words/index.md', 'words/apology.md']);
    expect(pages[0]?.markdown).toContain('- [Apologize](/words/apology/): Say what you did.');
    expect(pages[1]?.markdown).toContain('title: "Apologize"');
    expect(pages[1]?.markdown).toMatch(/\n- I'm sorry I \[did\]\.\n$/);
  });

  it('mirrors every situation of content/messages.yaml', () => {
    const words = peerPages('content').filter((p) => p.path.startsWith('words/'));
    expect(words.length).toBeGreaterThanOrEqual(13);
    expect(words.find((p) => p.path === 'words/apology.md')?.markdown).toContain("I'm sorry I [what you did]");
  });
});

describe('builtPage', () => {
  const html = `<html><body><header><h2>Menu</h2></header><main data-pagefind-body>
    <span hidden data-pagefind-meta="keywords[data-keywords]" data-keywords="crisis, hotline"></span>
    <h1>If you need *someone*</h1><p>Call your <b>local</b> number.</p>
    <div data-pagefind-ignore="all"><p>Not indexed.</p></div><p class="print-only">Printed only.</p>
  </main></body></html>`;

  it('titles the page with its <h1> and keeps only the text Pagefind indexes, without Kindred keywords', () => {
    const page = builtPage('help', html);
    expect(page.path).toBe('help.md');
    expect(page.markdown).toContain('title: "If you need *someone*"');
    expect(page.markdown).toMatch(/\n\nCall your local number\.\n$/);
    expect(page.markdown).not.toMatch(/Menu|Not indexed|Printed only|crisis|hotline/);
  });

  it('escapes what would start Markdown markup in the text, a list at its start included', () => {
    const page = builtPage('x', '<main data-pagefind-body><h1>T</h1><p>a *b* &lt;c&gt; [d] # e &amp; f</p></main>');
    expect(page.markdown).toContain('a \\*b\\* \\<c\\> \\[d\\] \\# e \\& f');
    expect(builtPage('x', '<main data-pagefind-body><h1>T</h1><p>1. first</p></main>').markdown).toMatch(/\n1\\\. first\n$/);
  });

  it('reads a title spread over lines, with markup inside, as the one the body starts with', () => {
    const page = builtPage('x', '<main data-pagefind-body><h1>If you\n   need <em>someone</em></h1><p>Body.</p></main>');
    expect(page.markdown).toContain('title: "If you need someone"');
    expect(page.markdown).toMatch(/\n\nBody\.\n$/);
  });

  it('fails naming the file when the page has no <h1>, or when dist/ lacks a page', () => {
    expect(() => builtPage('help', '<main data-pagefind-body><p>x</p></main>')).toThrow(/dist\/help\/index\.html has no <h1>/);
    expect(() => builtPage('help', '<h1>Outside</h1><main data-pagefind-body><p>x</p></main>', 'out/help.html')).toThrow(
      /out\/help\.html has no <h1> in its indexed body/,
    );
    const empty = mkdtempSync(join(tmpdir(), 'peer-dist-'));
    try {
      expect(() => builtPages(empty)).toThrow(/help[/\\]index\.html is missing; build Kindred first/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
