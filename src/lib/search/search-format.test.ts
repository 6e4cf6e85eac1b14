import { describe, expect, it } from 'vitest';
import { formatExcerpt, toHit } from './search';

describe('excerpts as shown', () => {
  it('end with an ellipsis where Pagefind cut a sentence, and not after a full stop', () => {
    expect(formatExcerpt('Trust needs tending for as long as a')).toBe('Trust needs tending for as long as a…');
    expect(formatExcerpt('Owning your mistakes shows <mark>integrity</mark>.')).toBe('Owning your mistakes shows <mark>integrity</mark>.');
    expect(formatExcerpt('')).toBe('');
  });

  it('drop a leading repeat of the heading they sit under', () => {
    expect(formatExcerpt('The long view. Online or off, <mark>trust</mark> grows slowly.', 'The long view')).toBe(
      'Online or off, <mark>trust</mark> grows slowly.',
    );
  });

  it('never show a sub-result that repeats the page’s own excerpt', () => {
    const hit = toHit({
      url: '/tips/x/',
      excerpt: 'Why it builds <mark>trust</mark>. Owning your mistakes',
      meta: { title: 'Tip 12' },
      sub_results: [
        { title: 'Why it builds trust', url: '/tips/x/#why', excerpt: 'Why it builds <mark>trust</mark>. Owning your mistakes' },
        { title: 'How to apologize', url: '/tips/x/#how', excerpt: 'Take <mark>responsibility</mark> for what you did.' },
      ],
    });
    expect(hit.subResults.map((s) => s.title)).toEqual(['How to apologize']);
    expect(hit.excerpt).toBe('Why it builds <mark>trust</mark>. Owning your mistakes…');
  });
});
