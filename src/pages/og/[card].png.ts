/**
 * The share images, one PNG per card (src/data/share-cards.ts), rendered at
 * build time. KINDRED_OG_IMAGES=0 skips them (the bench's synthetic builds).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCards, type ShareCard } from '../../data/share-cards';
import { renderCard } from '../../data/share-image';
import { getSiteContent } from '../../data/site-content';

export const getStaticPaths = (async () => {
  if (process.env.KINDRED_OG_IMAGES === '0') return [];
  const cards = shareCards(await getSiteContent());
  return cards.map((card) => ({ params: { card: card.slug }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
