/** The web app manifest (served as /manifest.webmanifest), from the site's name, tagline and colors. */
import { SITE_NAME, SITE_TAGLINE, THEME_COLORS } from '../consts';

/** The PNG icons scripts/make-icons.ts draws into public/icons/. */
export const MANIFEST_ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/** The manifest's fields: installable as a standalone app that opens on the home page. */
export function webManifest() {
  return {
    name: `${SITE_NAME}: building trust online`,
    short_name: SITE_NAME,
    description: SITE_TAGLINE,
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    lang: 'en',
    // One pair only (a manifest can't follow the theme): the light theme's header color.
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.light,
    icons: MANIFEST_ICONS,
  };
}
