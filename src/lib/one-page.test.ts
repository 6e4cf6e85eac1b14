import { describe, expect, it } from 'vitest';
import { onePageHref } from './one-page';

describe('onePageHref', () => {
  it.each([
    ['/guide/six-strategies/', '#six-strategies'],
    ['/guide/six-strategies/#5-create-rituals', '#5-create-rituals'],
    ['/guide/references/#ref-huang-2017', '#ref-huang-2017'],
  ])('keeps %s on the page', (href, expected) => expect(onePageHref(href)).toBe(expected));

  it.each(['/guide/', '/guide/all/', '/tips/keep-humor/', '/checklist/', 'https://doi.org/10.1037/pspi0000097', '#already-here'])(
    'leaves %s alone',
    (href) => expect(onePageHref(href)).toBe(href),
  );
});
