/**
 * iCalendar (RFC 5545) for the 7-day plan: one all-day event per day,
 * starting on the reader's start date, each with an optional reminder at a
 * time of day.
 */
import { addDays } from './state';

/** A plan day as the calendar needs it. */
export interface CalendarDay {
  day: number;
  title: string;
  action: string;
  /** Absolute URL of the page that helps with it. */
  url: string;
}

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line to 75 octets, continuing with CRLF and a space (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A time of day, local to the reader, as an `<input type="time">` writes it: "HH:MM" (24-hour). */
export type TimeOfDay = string;

/** Minutes after midnight of "HH:MM", or null if it is not a time of day. */
export function minutesOf(time: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * The alarm for an all-day event at a local time of day. All-day dates are
 * "floating" (no time zone), so an alarm relative to the start (midnight,
 * wherever the reader is) rings at that local time: PT9H is 9:00.
 */
function alarmLines(minutes: number, summary: string): string[] {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(summary)}`,
    `TRIGGER;RELATED=START:PT${h}H${m ? `${m}M` : ''}`,
    'END:VALARM',
  ];
}

const compactDate = (iso: string) => iso.replace(/-/g, '');

/** "2026-11-21T10:04:05.123Z" → "20261121T100405Z". */
const utcStamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * A complete calendar with one all-day event per plan day, from startDate;
 * with `reminder` ("HH:MM"), each event carries an alarm at that local time.
 * A reminder that isn't a time of day is refused rather than guessed at.
 */
export function buildPlanCalendar(days: readonly CalendarDay[], startDate: string, now: Date, reminder: TimeOfDay | null = null): string {
  // Stryker disable next-line ConditionalExpression: minutesOf(null) is null too (the regex reads it as "null")
  const minutes = reminder === null ? null : minutesOf(reminder);
  if (reminder !== null && minutes === null)
    throw new RangeError(`reminder must be a time written HH:MM, not ${JSON.stringify(reminder.slice(0, 20))}`);
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kindred//7-day connection plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Kindred 7-day plan',
  ];
  for (const d of days) {
    const date = addDays(startDate, d.day - 1);
    const summary = `Kindred day ${d.day}: ${d.title}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:kindred-plan-${compactDate(startDate)}-day-${d.day}@kindred`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(`${d.action}\n\nHow to do it: ${d.url}`)}`,
      `URL:${d.url}`,
      'TRANSP:TRANSPARENT',
      ...(minutes === null ? [] : alarmLines(minutes, summary)),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
