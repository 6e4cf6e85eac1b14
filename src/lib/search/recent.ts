/**
 * The reader's recent searches, kept in their browser only (never sent
 * anywhere) and offered when they focus the empty search field. Pure: the
 * header popup reads and writes storage.
 */
import { clampQuery } from './search';

/** How many recent searches are kept and offered. */
export const MAX_RECENT = 5;

/** Decodes the stored list: a JSON array of strings. Anything else is no list; each query is capped like any query. */
export function decodeRecent(raw: string | null): string[] {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.reduce<string[]>((list, q) => (typeof q === 'string' ? addAfter(list, q) : list), []);
}

/** Adds `query` after the others (used while decoding: the stored order is newest first). */
function addAfter(list: string[], query: string): string[] {
  const q = clampQuery(query.trim());
  if (!q || list.length >= MAX_RECENT || list.some((x) => x.toLowerCase() === q.toLowerCase())) return list;
  return [...list, q];
}

/** The list with `query` first (moved up if it was there already), at most MAX_RECENT long. */
export function addRecent(list: readonly string[], query: string): string[] {
  const q = clampQuery(query.trim());
  if (!q) return [...list];
  return [q, ...list.filter((x) => x.toLowerCase() !== q.toLowerCase())].slice(0, MAX_RECENT);
}
