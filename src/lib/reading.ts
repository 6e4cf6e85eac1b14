/**
 * The reader's text size and line spacing: the steps, and the stored value
 * decoded and checked before use (anything unknown falls back to the
 * default). Runs anywhere; the inline script and the header's reading menu
 * both use it.
 */

/** The text size steps, smallest first: the root font size as a share of the browser's own. */
export const TEXT_SIZES = ['standard', 'large', 'larger', 'largest'] as const;

/** One step of the text size. */
export type TextSize = (typeof TEXT_SIZES)[number];

/** What the reader chose. */
export interface ReadingPrefs {
  size: TextSize;
  /** More space between lines. */
  spacious: boolean;
}

/** The browser's own size, the usual spacing. */
export const DEFAULT_READING: ReadingPrefs = { size: 'standard', spacious: false };

const isTextSize = (v: unknown): v is TextSize => (TEXT_SIZES as readonly unknown[]).includes(v);

/** The stored value as prefs; anything missing, foreign or damaged gives the default for that part. */
export function decodeReading(raw: string | null): ReadingPrefs {
  if (!raw || raw.length > 200) return DEFAULT_READING;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return DEFAULT_READING;
    const { size, spacious } = value as Record<string, unknown>;
    return { size: isTextSize(size) ? size : DEFAULT_READING.size, spacious: spacious === true };
  } catch {
    return DEFAULT_READING;
  }
}

/** The prefs as stored. */
export const encodeReading = (prefs: ReadingPrefs): string => JSON.stringify({ size: prefs.size, spacious: prefs.spacious });
