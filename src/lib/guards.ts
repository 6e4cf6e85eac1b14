/**
 * Type guards shared by every decoder of stored or imported data. Pure: they
 * run in the browser and in Node alike.
 */

/** True for a plain object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Stryker disable next-line Regex: the strict comparison with the round-tripped date below refuses any extra text
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so "2026-02-30" is false). */
export function isIsoDate(v: unknown): v is string {
  // Stryker disable next-line ConditionalExpression: a non-string never equals the round-tripped date string below
  if (typeof v !== 'string') return false;
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}
