/**
 * Draws the raster icons in public/ from Kindred's mark (two linked rings)
 * with sharp: the 180 px apple-touch icon. Run `node scripts/make-icons.ts`
 * after changing the mark; the PNGs are committed, so builds need no sharp.
 */
import sharp from 'sharp';

const BG = '#f4efe6';
const ACCENT = '#0c626b';
const WARM = '#b5532b';

/** The mark on a solid square, the rings filling `scale` of it. */
export function iconSvg(size: number, scale = 0.7): string {
  const s = (size * scale) / 32;
  const o = (size - 32 * s) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${BG}"/><g transform="translate(${o} ${o}) scale(${s})" fill="none" stroke-width="3.4"><circle cx="12" cy="16" r="8" stroke="${ACCENT}"/><circle cx="20" cy="16" r="8" stroke="${WARM}"/></g></svg>`;
}

await sharp(Buffer.from(iconSvg(180))).png().toFile('public/apple-touch-icon.png');
console.log('Wrote public/apple-touch-icon.png');
