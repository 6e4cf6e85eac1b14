import { describe, expect, it } from 'vitest';
import { formatDate, localDate } from './dates';

describe('localDate', () => {
  it('formats local dates', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('formatDate', () => {
  it('puts a date into words in each style', () => {
    expect(formatDate('2026-11-16', 'weekday', 'en-GB')).toBe('Mon');
    expect(formatDate('2026-11-16', 'long', 'en-GB')).toBe('Monday 16 November');
    expect(formatDate('2026-11-21', 'short', 'en-GB')).toBe('21 Nov 2026');
    expect(formatDate('2026-11-16', 'long', 'en-US')).toBe('Monday, November 16');
  });

  it('keeps the first and last day of a year on their day', () => {
    expect(formatDate('2026-01-01', 'short', 'en-GB')).toBe('1 Jan 2026');
    expect(formatDate('2026-12-31', 'short', 'en-GB')).toBe('31 Dec 2026');
  });

  it('speaks the reader’s language when no locale is given', () => {
    const at = new Date('2026-11-16T12:00:00');
    expect(formatDate('2026-11-16', 'long')).toBe(at.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' }));
    expect(formatDate('2026-11-16', 'weekday')).toBe(at.toLocaleDateString(undefined, { weekday: 'short' }));
    expect(formatDate('2026-11-16', 'short')).toBe(at.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }));
  });
});
