/** ISO date (YYYY-MM-DD) in the reader's local time zone. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const DATE_STYLES = {
  /** "Mon" */
  weekday: { weekday: 'short' },
  /** "Monday, 17 November" */
  long: { weekday: 'long', day: 'numeric', month: 'long' },
  /** "21 Nov 2026" */
  short: { day: 'numeric', month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** The ways a date is put into words. */
export type DateStyle = keyof typeof DATE_STYLES;

/**
 * An ISO date (YYYY-MM-DD) in words, in the reader's language unless
 * `locale` names one. Read at local noon, so no time zone shifts the day.
 */
export function formatDate(iso: string, style: DateStyle, locale?: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString(locale, DATE_STYLES[style]);
}
