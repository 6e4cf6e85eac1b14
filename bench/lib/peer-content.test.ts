import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { peerPages, tipsIndexPage } from './peer-content.ts';

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
