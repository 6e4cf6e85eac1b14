import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';

/** A browser whose storage answers `persisted` at first and `grant` to persist(); counts persist() calls. */
function browser({ ua = CHROME, persisted = false, grant = false, standalone = false, storage = true } = {}) {
  const calls = { persist: 0 };
  let kept = persisted;
  vi.stubGlobal('navigator', {
    userAgent: ua,
    ...(storage && {
      storage: {
        persisted: async () => kept,
        persist: async () => {
          calls.persist++;
          kept = grant;
          return grant;
        },
      },
    }),
  });
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: standalone && q === '(display-mode: standalone)' }));
  return calls;
}

/** A fresh copy of the store, as on a new page load. */
const load = () => import('./keep');

describe('keeping storage', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('does not ask when the browser already keeps storage, and says protected', async () => {
    const calls = browser({ persisted: true });
    const { askToKeep, $keep } = await load();
    expect($keep.get()).toBeNull();
    expect(await askToKeep()).toBe('protected');
    expect(calls.persist).toBe(0);
    expect($keep.get()).toBe('protected');
  });

  it('asks once, and reports what the browser decided', async () => {
    const calls = browser({ grant: true });
    const { askToKeep, $keep } = await load();
    expect(await askToKeep()).toBe('protected');
    expect(calls.persist).toBe(1);
    expect($keep.get()).toBe('protected');
  });

  it('asks only once per page when refused, and again on the next page load', async () => {
    const calls = browser({ grant: false });
    const first = await load();
    expect(await first.askToKeep()).toBe('unprotected');
    expect(await first.askToKeep()).toBe('unprotected');
    expect(calls.persist).toBe(1);
    vi.resetModules();
    const next = await load();
    await next.askToKeep();
    expect(calls.persist).toBe(2);
  });

  it('never says protected in a Safari tab, but still asks; installed, it can', async () => {
    const calls = browser({ ua: SAFARI, grant: true });
    const { askToKeep, checkKeep } = await load();
    expect(await askToKeep()).toBe('safari');
    expect(calls.persist).toBe(1);
    expect(await checkKeep()).toBe('safari');
    browser({ ua: SAFARI, persisted: true, standalone: true });
    expect(await checkKeep()).toBe('protected');
  });

  it('counts an iPhone Home Screen app (navigator.standalone) as installed', async () => {
    const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
    const { checkKeep } = await load();
    vi.stubGlobal('navigator', { userAgent: IPHONE, standalone: true, storage: { persisted: async () => true } });
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    expect(await checkKeep()).toBe('protected');
    vi.stubGlobal('navigator', { userAgent: IPHONE, standalone: false, storage: { persisted: async () => true } });
    expect(await checkKeep()).toBe('safari');
  });

  it('treats a browser without the API, or one that throws, as not kept', async () => {
    browser({ storage: false });
    const { askToKeep } = await load();
    expect(await askToKeep()).toBe('unprotected');
    vi.stubGlobal('navigator', {
      userAgent: CHROME,
      storage: { persisted: () => Promise.reject(new Error('no')), persist: () => Promise.reject(new Error('no')) },
    });
    vi.resetModules();
    expect(await (await load()).askToKeep()).toBe('unprotected');
  });
});
