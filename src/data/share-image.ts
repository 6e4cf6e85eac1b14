/**
 * Renders a share card to a 1200×630 PNG at build time: satori lays out the
 * card (the mark, the wordmark, a kicker and a heading in Source Serif 4 from
 * @fontsource, read from node_modules: no network), resvg rasterises it.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE_NAME } from '../consts';
import { CARD_SIZE, type ShareCard } from './share-cards';

/** The site's colors (light theme tokens in global.css). */
const COLORS = { accent: '#0c626b', warm: '#b5532b', surface: '#f4efe6', text: '#1e1d1b', muted: '#5b574f' } as const;

/** A font file of @fontsource/source-serif-4, found the way Node resolves the package (wherever it is installed). */
const fontFile = (weight: 400 | 700) =>
  readFileSync(new URL(import.meta.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`)));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () =>
  (fonts ??= [
    { name: 'Source Serif 4', data: fontFile(400), weight: 400, style: 'normal' },
    { name: 'Source Serif 4', data: fontFile(700), weight: 700, style: 'normal' },
  ]);

interface Node {
  type: string;
  props: Record<string, unknown>;
}
const h = (type: string, props: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { ...props, children: children.length === 1 ? children[0] : children },
});

/** Heading size that keeps long titles within the card. */
export function headingSize(text: string): number {
  if (text.length <= 40) return 76;
  if (text.length <= 80) return 62;
  return 50;
}

function layout(card: ShareCard): Node {
  const mark = h(
    'svg',
    { width: 72, height: 72, viewBox: '0 0 32 32' },
    h('circle', { cx: 12, cy: 16, r: 8, fill: 'none', stroke: COLORS.accent, 'stroke-width': 3 }),
    h('circle', { cx: 20, cy: 16, r: 8, fill: 'none', stroke: COLORS.warm, 'stroke-width': 3 }),
  );
  return h(
    'div',
    {
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 80px 72px',
        background: COLORS.surface,
        borderBottom: `16px solid ${COLORS.accent}`,
        boxSizing: 'border-box',
        fontFamily: 'Source Serif 4',
        color: COLORS.text,
      },
    },
    h(
      'div',
      { style: { display: 'flex', alignItems: 'center', gap: '20px' } },
      mark,
      h('div', { style: { fontSize: 44, fontWeight: 700, color: COLORS.text } }, SITE_NAME),
    ),
    h(
      'div',
      { style: { display: 'flex', flexDirection: 'column', gap: '20px', width: '1040px' } },
      ...(card.kicker ? [h('div', { style: { fontSize: 34, color: COLORS.warm, fontWeight: 700 } }, card.kicker)] : []),
      h('div', { style: { fontSize: headingSize(card.heading), fontWeight: 700, lineHeight: 1.15 } }, card.heading),
    ),
  );
}

/** The PNG of a card. */
export async function renderCard(card: ShareCard): Promise<Buffer> {
  // satori's types ask for a React element; this plain object tree is what JSX would produce.
  const svg = await satori(layout(card) as unknown as Parameters<typeof satori>[0], {
    width: CARD_SIZE.width,
    height: CARD_SIZE.height,
    fonts: loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width }, font: { loadSystemFonts: false } }).render().asPng();
}
