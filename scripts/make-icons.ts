/**
 * Draws the raster icons in public/ from Kindred's mark (two linked rings)
 * with sharp: the 180 px apple-touch icon, and the web app manifest's icons
 * (192 and 512 px, and a 512 px maskable one whose rings stay inside the
 * central circle platforms keep when they crop it). Run
 * `npx node scripts/make-icons.ts` after changing the mark; the PNGs are
 * committed, so builds need no sharp.
 */
import { mkdirSync } from 'node:fs';
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

/** Each icon: where it goes, its size, and how much of the square the rings fill. */
const ICONS = [
  { file: 'public/apple-touch-icon.png', size: 180, scale: 0.7 },
  { file: 'public/icons/icon-192.png', size: 192, scale: 0.7 },
  { file: 'public/icons/icon-512.png', size: 512, scale: 0.7 },
  // Maskable icons may be cut to a circle of 80% of the width: rings at 55% stay well inside it.
  { file: 'public/icons/icon-maskable-512.png', size: 512, scale: 0.55 },
] as const;

mkdirSync('public/icons', { recursive: true });
for (const { file, size, scale } of ICONS) {
  await sharp(Buffer.from(iconSvg(size, scale)))
    .png({ compressionLevel: 9 })
    .toFile(file);
  console.log(`Wrote ${file}`);
}
