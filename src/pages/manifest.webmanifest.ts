/** The web app manifest, linked from every page by BaseLayout. */
import type { APIRoute } from 'astro';
import { webManifest } from '../data/web-manifest';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest()), { headers: { 'Content-Type': 'application/manifest+json' } });
