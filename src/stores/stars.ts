/**
 * The messages a reader starred on the words page, kept in this browser under
 * STARS_STORAGE_KEY and merged, message by message, with other open tabs
 * (src/lib/words/stars.ts). A damaged value is ignored and never overwritten;
 * one saved by a newer version of the site makes this page read-only.
 */
import { STARS_STORAGE_KEY } from '../consts';
import { EMPTY_STARS, encodeStars, mergeStars, readStoredStars, setStar, type StarsDoc } from '../lib/words/stars';
import { syncedStore } from './synced-store';

const synced = syncedStore({
  key: STARS_STORAGE_KEY,
  empty: EMPTY_STARS,
  read: readStoredStars,
  encode: encodeStars,
  merge: mergeStars,
});

/** The starred messages and when each changed. */
export const $stars = synced.$doc;

/** True when a newer version of the site saved the stars: they are shown but not changed. */
export const $starsReadOnly = synced.$newer;

/** Stars or unstars a message; false when refused (read-only). */
export const markStar = (id: string, on: boolean) => synced.update((doc) => setStar(doc, id, on, Date.now()));

/** Merges stars from an export file into this browser's; false when refused (read-only). */
export const mergeStarsIn = (incoming: StarsDoc) => synced.update((doc) => mergeStars(doc, incoming));
