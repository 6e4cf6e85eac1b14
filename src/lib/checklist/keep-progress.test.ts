import { describe, expect, it } from 'vitest';
import { isSafariTab, keepStateOf } from './keep-progress';

const UA = {
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1',
  chromeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
};

describe('keeping progress', () => {
  it('counts Safari, and any browser on iPhone, as a Safari tab unless installed', () => {
    expect(isSafariTab(UA.safariMac, false)).toBe(true);
    expect(isSafariTab(UA.safariIphone, false)).toBe(true);
    expect(isSafariTab(UA.chromeIphone, false)).toBe(true);
    expect(isSafariTab(UA.safariIphone, true)).toBe(false);
    expect(isSafariTab(UA.safariMac, true)).toBe(false);
  });

  it('does not count other browsers', () => {
    for (const ua of [UA.chromeMac, UA.edge, UA.chromeAndroid, UA.firefox, '']) expect(isSafariTab(ua, false)).toBe(false);
  });

  it('says protected only when persisted and not a Safari tab', () => {
    expect(keepStateOf(true, false)).toBe('protected');
    expect(keepStateOf(false, false)).toBe('unprotected');
    expect(keepStateOf(true, true)).toBe('safari');
    expect(keepStateOf(false, true)).toBe('safari');
  });
});
