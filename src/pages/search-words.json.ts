/**
 * The stop words of content/search-words.yaml, for search in the browser: when no page has all
 * of a reader's words, search drops these and looks for the pages with most of the rest
 * (src/lib/search/closest.ts). Fetched only then.
 */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../data/site-content';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ version: 1, stopWords: (await getSiteContent()).stopWords }), {
    headers: { 'Content-Type': 'application/json' },
  });
