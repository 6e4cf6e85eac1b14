import { describe, expect, it } from 'vitest';
import { buildPlanCalendar, escapeText, foldLine, minutesOf } from './ics';

const days = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
  day,
  title: `Title ${day}`,
  action: day === 1 ? 'Choose one or two places; think, then act, with care.' : `Action ${day}`,
  url: `https://kindred.example/tips/tip-${day}/`,
}));

describe('ics', () => {
  const ics = buildPlanCalendar(days, '2026-12-29', new Date('2026-11-21T10:04:05.123Z'));
  const lines = ics.split('\r\n');

  it('is a CRLF calendar with one all-day event per day', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(7);
    expect(lines).toContain('DTSTART;VALUE=DATE:20261229');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270104'); // day 7 crosses the year
    expect(lines).toContain('DTEND;VALUE=DATE:20270105');
    expect(lines).toContain('DTSTAMP:20261121T100405Z');
    expect(new Set(lines.filter((l) => l.startsWith('UID:'))).size).toBe(7);
  });

  it('escapes text and folds long lines at 75 octets', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'DESCRIPTION:Choose one or two places\\; think\\, then act\\, with care.\\n\\nHow to do it: https://kindred.example/tips/tip-1/',
    );
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldLine('SUMMARY:' + 'é'.repeat(80));
    expect(folded.split('\r\n ').join('')).toBe('SUMMARY:' + 'é'.repeat(80));
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });

  it('writes exactly this calendar for one day', () => {
    const one = buildPlanCalendar(
      [{ day: 1, title: 'Start', action: 'Say hi.', url: 'https://kindred.example/tips/x/' }],
      '2026-11-21',
      new Date('2026-11-21T10:04:05Z'),
    );
    expect(one.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Kindred//7-day connection plan//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Kindred 7-day plan',
      'BEGIN:VEVENT',
      'UID:kindred-plan-20261121-day-1@kindred',
      'DTSTAMP:20261121T100405Z',
      'DTSTART;VALUE=DATE:20261121',
      'DTEND;VALUE=DATE:20261122',
      'SUMMARY:Kindred day 1: Start',
      'DESCRIPTION:Say hi.\\n\\nHow to do it: https://kindred.example/tips/x/',
      'URL:https://kindred.example/tips/x/',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('fills the first line to 75 octets and each continuation to 74 after its space', () => {
    const parts = foldLine('X'.repeat(75 + 74 + 10)).split('\r\n');
    expect(parts.map((p) => p.length)).toEqual([75, 75, 11]);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
  });

  describe('reminders', () => {
    const at = (time: string | null) => buildPlanCalendar(days, '2026-12-29', new Date('2026-11-21T10:04:05.123Z'), time).split('\r\n');

    it('has no alarm unless asked', () => {
      expect(lines.some((l) => l.includes('VALARM'))).toBe(false);
    });

    it('gives every event one display alarm at the chosen local time', () => {
      const withAlarm = at('09:00');
      expect(withAlarm.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(7);
      expect(withAlarm.filter((l) => l === 'TRIGGER;RELATED=START:PT9H')).toHaveLength(7);
      // Each alarm sits inside its event, after the event's own lines.
      const first = withAlarm.indexOf('BEGIN:VALARM');
      expect(withAlarm.slice(first, first + 5)).toEqual([
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'DESCRIPTION:Kindred day 1: Title 1',
        'TRIGGER;RELATED=START:PT9H',
        'END:VALARM',
      ]);
      expect(withAlarm[first + 5]).toBe('END:VEVENT');
      expect(at('18:30')).toContain('TRIGGER;RELATED=START:PT18H30M');
      expect(at('00:05')).toContain('TRIGGER;RELATED=START:PT0H5M');
    });

    it('reads only real times of day', () => {
      expect(minutesOf('09:00')).toBe(540);
      expect(minutesOf('23:59')).toBe(1439);
      for (const bad of ['24:00', '9:00', '09:60', '09:00:00', ' 09:00', '', 'nine']) expect(minutesOf(bad)).toBeNull();
      expect(() => at('25:00')).toThrow(/HH:MM/);
      // A hostile value is quoted short, never whole.
      expect(() => at('x'.repeat(100))).toThrow(/^reminder must be a time written HH:MM, not "x{20}"$/);
    });
  });
});
