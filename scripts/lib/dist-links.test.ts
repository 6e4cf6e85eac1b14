import { describe, expect, it } from 'vitest';
import { anchorsOf, checkPageLinks } from './dist-links';

const ORIGIN = 'http://kindred.invalid';
const routes = new Map([
  ['/', new Set<string>()],
  ['/guide/faqs/', new Set(['safety'])],
]);
const files = new Set(['/_astro/app.js', '/favicon.svg']);
const check = (html: string) => checkPageLinks({ route: '/', html }, routes, files, ORIGIN);

describe('dist link checks', () => {
  it('accepts links, anchors and assets that exist', () => {
    expect(check('<a href="/guide/faqs/#safety">x</a><script src="/_astro/app.js"></script><link rel="icon" href="/favicon.svg">')).toEqual(
      [],
    );
    expect(check('<a href="https://doi.org/10.1/x" rel="noopener noreferrer">doi</a><a href="mailto:a@b.c">m</a>')).toEqual([]);
  });

  it('reports a missing page, a missing file and a missing anchor', () => {
    expect(check('<a href="/tips/nope/">x</a>')).toEqual(['/: <a href="/tips/nope/"> points to /tips/nope/, which is not in the build']);
    expect(check('<img src="/missing.png" alt="">')).toEqual([
      '/: <img src="/missing.png"> points to /missing.png, which is not in the build',
    ]);
    expect(check('<a href="/guide/faqs/#money">x</a>')).toEqual(['/: <a href="/guide/faqs/#money"> has no #money on /guide/faqs/']);
  });

  it('reports resources from another origin, but not links to follow', () => {
    expect(check('<script src="https://cdn.example/x.js"></script>')).toEqual([
      '/: <script src="https://cdn.example/x.js"> loads from another origin',
    ]);
    expect(check('<style>body{background:url(https://img.example/a.png)}</style>')).toEqual([
      '/: CSS loads url(//img.example/a.png) from another origin',
    ]);
  });

  it('collects ids and names as anchors', () => {
    expect(anchorsOf('<h2 id="a">A</h2><a name="b"></a>')).toEqual(new Set(['a', 'b']));
  });
});

describe('dist link checks read HTML as a browser does', () => {
  it('reads single-quoted and unquoted attributes', () => {
    expect(check("<a href='/tips/nope/'>x</a>")).toEqual(['/: <a href="/tips/nope/"> points to /tips/nope/, which is not in the build']);
    expect(check('<img src=/missing.png alt="">')).toEqual([
      '/: <img src="/missing.png"> points to /missing.png, which is not in the build',
    ]);
  });

  it('checks every srcset candidate', () => {
    expect(check('<img src="/favicon.svg" srcset="/favicon.svg 1x, /missing-2x.png 2x" alt="">')).toEqual([
      '/: <img srcset="/missing-2x.png"> points to /missing-2x.png, which is not in the build',
    ]);
  });

  it('catches protocol-relative resources', () => {
    expect(check('<script src="//cdn.example/x.js"></script>')).toEqual(['/: <script src="//cdn.example/x.js"> loads from another origin']);
    expect(check('<div style="background:url(//img.example/a.png)"></div>')).toEqual([
      '/: CSS loads url(//img.example/a.png) from another origin',
    ]);
  });

  it('does not count <meta name> as an anchor', () => {
    expect(anchorsOf('<meta name="description" content="x"><h2 id="a">A</h2>')).toEqual(new Set(['a']));
  });

  it('accepts a text fragment after an anchor', () => {
    expect(check('<a href="/guide/faqs/#safety:~:text=trust">x</a>')).toEqual([]);
  });
});
