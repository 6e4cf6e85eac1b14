/**
 * The CSP <meta> moved before everything it governs (integrations/csp-meta.ts),
 * on pages read with htmlparser2 and edited only by splicing.
 */
import { describe, expect, it } from 'vitest';
import { cspMetaProblems, cspPolicyOf, moveCspMeta, trimCspMeta } from './csp-meta.ts';
import { cspHash } from './inline-scripts.ts';

const META = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
/** A page shaped as Astro writes it: the CSP <meta> last in <head>, after the inline theme script and styles. */
const ASTRO_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
  '<title>T</title><script>theme()</script>' +
  META +
  '<style>a{}</style></head><body><script src="/x.js"></script></body></html>';

describe('moveCspMeta', () => {
  it('moves the policy right after <meta charset>, ahead of <title>, the inline script and the styles', () => {
    const out = moveCspMeta(ASTRO_PAGE, 'index.html');
    expect(out).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
        META +
        '<meta name="viewport" content="width=device-width">' +
        '<title>T</title><script>theme()</script><style>a{}</style></head><body><script src="/x.js"></script></body></html>',
    );
    expect(out).toHaveLength(ASTRO_PAGE.length);
    expect(cspMetaProblems(out, 'index.html')).toEqual([]);
    expect(moveCspMeta(out, 'index.html')).toBe(out);
  });

  it('names the page when the policy or the charset is missing, or the policy is there twice', () => {
    expect(() => moveCspMeta('<head><meta charset="utf-8"></head>', 'a/index.html')).toThrow('a/index.html has 0 CSP <meta> tags');
    expect(() => moveCspMeta(`<head>${META}${META}</head>`, 'b.html')).toThrow('b.html has 2 CSP <meta> tags');
    expect(() => moveCspMeta(`<head>${META}</head>`, 'c.html')).toThrow('c.html has no <meta charset>');
  });
});

describe('cspMetaProblems', () => {
  it('reports the page as Astro writes it', () => {
    expect(cspMetaProblems(ASTRO_PAGE, 'index.html')).toEqual([
      'index.html: the CSP <meta> does not follow <meta charset> directly',
      'index.html: <title> comes before the CSP <meta>',
      'index.html: <script> comes before the CSP <meta>',
    ]);
  });

  it('counts bytes, not characters, for the 1,024-byte charset limit', () => {
    const late = `<!DOCTYPE html><!-- ${'é'.repeat(500)} --><html><head><meta charset="utf-8">${META}</head></html>`;
    expect(late.indexOf('<meta charset') + 22).toBeLessThan(1024);
    expect(cspMetaProblems(late, 'late.html')).toEqual([
      expect.stringMatching(/^late\.html: <meta charset> ends at byte 10\d\d, past the first 1024$/),
    ]);
  });
});

describe('reading the page with a parser', () => {
  it('ignores a policy shown in a comment or in text, and reads any attribute case and quoting', () => {
    const page =
      '<!DOCTYPE html><html><head><!-- <meta http-equiv="content-security-policy" content="x"> --><META CHARSET=\'utf-8\'>' +
      '<title>&lt;meta http-equiv="content-security-policy"&gt;</title>' +
      "<meta content=\"default-src 'self'\" HTTP-EQUIV='Content-Security-Policy'></head><body></body></html>";
    const out = moveCspMeta(page, 'odd.html');
    expect(out).toBe(
      '<!DOCTYPE html><html><head><!-- <meta http-equiv="content-security-policy" content="x"> --><META CHARSET=\'utf-8\'>' +
        "<meta content=\"default-src 'self'\" HTTP-EQUIV='Content-Security-Policy'>" +
        '<title>&lt;meta http-equiv="content-security-policy"&gt;</title></head><body></body></html>',
    );
    expect(cspMetaProblems(out, 'odd.html')).toEqual([]);
    expect(cspPolicyOf(out)).toBe("default-src 'self'");
  });

  it('reads the policy with its character references decoded, and nothing from a page without one', () => {
    expect(cspPolicyOf('<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">')).toBe("default-src 'self'");
    expect(cspPolicyOf('<meta charset="utf-8">')).toBeUndefined();
  });
});

describe('trimCspMeta', () => {
  const hash = (code: string) => `'${cspHash(code)}'`;
  const page = (policy: string, body: string) =>
    `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;

  it("keeps only the hashes of this page's own inline scripts and styles", () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('theme()')} ${hash('other()')}; style-src 'self' ${hash('a{}')} ${hash('b{}')}`;
    const out = trimCspMeta(page(policy, '<script>theme()</script><style>a{}</style><script src="/x.js"></script>'));
    expect(cspPolicyOf(out)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('theme()')}; style-src 'self' ${hash('a{}')}`,
    );
  });

  it('leaves a page without a policy, or whose hashes are all in use, as it is', () => {
    const plain = '<html><head><meta charset="utf-8"></head></html>';
    expect(trimCspMeta(plain)).toBe(plain);
    const used = page(`script-src 'self' ${hash('theme()')}`, '<script>theme()</script>');
    expect(trimCspMeta(used)).toBe(used);
  });
});
