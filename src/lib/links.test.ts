import { describe, expect, it } from 'vitest';
import { EXTERNAL_REL, isExternalHref } from './links';

describe('links', () => {
  it('knows which links leave the site', () => {
    expect(isExternalHref('https://doi.org/10.1/x')).toBe(true);
    expect(isExternalHref('/guide/')).toBe(false);
    expect(isExternalHref(undefined)).toBe(false);
  });

  it('treats http and https in any case as leaving the site, and nothing else', () => {
    expect(['http://example.org', 'HTTPS://EXAMPLE.ORG/x'].map(isExternalHref)).toEqual([true, true]);
    expect(['mailto:a@b.c', 'ftp://example.org', '//example.org', '/go?to=https://example.org', '#https://x'].map(isExternalHref)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(EXTERNAL_REL).toBe('noopener noreferrer');
  });
});
