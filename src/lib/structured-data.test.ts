import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { articleData, breadcrumbData, type JsonLd, toJsonLd, websiteData } from './structured-data';

const SCHEMA = 'https://schema.org/';
/**
 * The tests run offline, so the parser gets schema.org's context from here: its
 * core is `@vocab` (every term is a schema.org IRI), which is what these documents use.
 */
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`unexpected remote document ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': SCHEMA } } };
};

/** Parses the serialised JSON-LD as a JSON-LD processor does and returns its expanded nodes. */
async function expand(data: JsonLd): Promise<Record<string, unknown>[]> {
  return (await jsonld.expand(JSON.parse(toJsonLd(data)), { documentLoader })) as Record<string, unknown>[];
}

const site = new URL('https://kindred.example/');
const tip = new URL('https://kindred.example/tips/listen-actively/');

describe('structured data', () => {
  it('describes the site with a search action a search engine can fill in', async () => {
    const [node] = await expand(websiteData(site));
    expect(node?.['@type']).toEqual([`${SCHEMA}WebSite`]);
    const action = (node?.[`${SCHEMA}potentialAction`] as Record<string, unknown>[] | undefined)?.[0];
    expect(action?.['@type']).toEqual([`${SCHEMA}SearchAction`]);
    expect(JSON.stringify(action)).toContain('https://kindred.example/search/?q={search_term_string}');
  });

  it('describes a tip as an Article at its canonical URL, under the content license', async () => {
    const data = articleData({
      url: tip,
      headline: 'Tip 6: Listen actively',
      description: 'Give it your attention.',
      section: 'Tips',
      image: 'https://kindred.example/og/tip.png',
    });
    const [node] = await expand(data);
    expect(node?.['@type']).toEqual([`${SCHEMA}Article`]);
    expect(node?.[`${SCHEMA}headline`]).toEqual([{ '@value': 'Tip 6: Listen actively' }]);
    expect(node?.[`${SCHEMA}url`]).toEqual([{ '@value': tip.href }]);
    expect(data.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('lists the breadcrumbs as shown, numbered from 1, ending with the page itself', async () => {
    const data = breadcrumbData(
      [
        { href: '/', label: 'Home' },
        { href: '/tips/', label: 'Tips' },
      ],
      { url: tip, label: 'Listen actively' },
    );
    const [node] = await expand(data);
    const items = (node?.[`${SCHEMA}itemListElement`] ?? []) as Record<string, unknown>[];
    expect(items.map((i) => (i[`${SCHEMA}position`] as { '@value': number }[])[0]?.['@value'])).toEqual([1, 2, 3]);
    expect(JSON.stringify(data)).toContain('"item":"https://kindred.example/tips/"');
    expect(JSON.stringify(data.itemListElement)).toContain(`"name":"Listen actively","item":"${tip.href}"`);
  });

  it('escapes < so text in the data cannot close its script element', () => {
    const data = articleData({ url: tip, headline: '</script><script>alert(1)</script>', description: '', section: 'Tips', image: '' });
    expect(toJsonLd(data)).not.toContain('</script>');
    expect(JSON.parse(toJsonLd(data)).headline).toBe('</script><script>alert(1)</script>');
  });
});
