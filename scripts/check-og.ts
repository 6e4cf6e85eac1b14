/**
 * Share metadata gate over the built site: every page carries og:title,
 * og:description, og:url, og:type, og:image (absolute, with width, height
 * and alt) and twitter:card=summary_large_image, and its og:image is a PNG
 * in dist/ of exactly the size it declares (1200×630).
 *   node scripts/check-og.ts [--dist <folder>]   (default: dist, or $DIST)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import { distFolder } from './lib/dist-arg.ts';
import { listHtmlPages } from './lib/dist-pages.ts';

const dist = distFolder();
const WIDTH = 1200;
const HEIGHT = 630;
const REQUIRED = ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt'];

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature || bytes.subarray(12, 16).toString('latin1') !== 'IHDR')
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const problems: string[] = [];
// A missing dist/ reads as no pages (reported below), not as a stack trace.
const files = existsSync(dist) ? listHtmlPages(dist) : [];
const images = new Set<string>();
for (const where of files) {
  const doc = parseDocument(readFileSync(join(dist, where), 'utf8'));
  const meta = new Map<string, string>();
  for (const el of findAll((e) => e.name === 'meta', doc.children)) {
    const key = el.attribs['property'] ?? el.attribs['name'];
    if (key && el.attribs['content'] !== undefined) meta.set(key, el.attribs['content']);
  }
  for (const key of REQUIRED) if (!meta.get(key)?.trim()) problems.push(`${where}: no ${key}`);
  if (meta.get('twitter:card') !== 'summary_large_image') problems.push(`${where}: twitter:card is not summary_large_image`);
  if (meta.get('og:image:width') !== String(WIDTH) || meta.get('og:image:height') !== String(HEIGHT))
    problems.push(`${where}: og:image size is not declared as ${WIDTH}×${HEIGHT}`);
  const image = meta.get('og:image');
  if (!image) continue;
  let url: URL;
  try {
    url = new URL(image);
  } catch {
    problems.push(`${where}: og:image "${image}" is not an absolute URL`);
    continue;
  }
  const onDisk = join(dist, decodeURIComponent(url.pathname));
  images.add(onDisk);
  if (!existsSync(onDisk)) {
    problems.push(`${where}: og:image ${url.pathname} is not in ${dist}/`);
    continue;
  }
  const size = pngSize(readFileSync(onDisk));
  if (!size) problems.push(`${where}: og:image ${url.pathname} is not a PNG`);
  else if (size.width !== WIDTH || size.height !== HEIGHT)
    problems.push(`${where}: og:image ${url.pathname} is ${size.width}×${size.height}, not ${WIDTH}×${HEIGHT}`);
}

if (!files.length) problems.push(`${dist}/ holds no pages: build first`);
if (problems.length) {
  console.error(`Share metadata check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `Share metadata check passed: ${files.length} pages carry Open Graph and Twitter tags; their ${images.size} images are ${WIDTH}×${HEIGHT} PNGs in ${dist}/.`,
);
