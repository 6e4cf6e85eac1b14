import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { peerPages, tipsIndexPage, wordsPages } from './peer-content.ts';

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
