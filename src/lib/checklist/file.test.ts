import { describe, expect, it } from 'vitest';
import { boundToPlan, exportChecklist, MAX_IMPORT_BYTES, parseChecklistImport } from './file';
import { EMPTY_CHECKLIST, type ChecklistState } from './state';

describe('export and import files', () => {
  it('writes the file as indented JSON ending with a newline', () => {
    const file = exportChecklist(EMPTY_CHECKLIST, new Date('2026-11-21T10:00:00Z'));
    expect(file).toBe(
      '{\n  "format": "kindred-checklist",\n  "exportedAt": "2026-11-21T10:00:00.000Z",\n  "progress": {\n    "version": 2,\n    "days": [],\n    "startDate": null,\n    "habits": {}\n  }\n}\n',
    );
  });

  it('carries extra fields after the progress, and still reads the progress back', () => {
    const file = exportChecklist(EMPTY_CHECKLIST, new Date('2026-11-21T10:00:00Z'), {
      stars: { version: 1, starred: ['a'], stamps: { a: 1 } },
    });
    expect(Object.keys(JSON.parse(file))).toEqual(['format', 'exportedAt', 'progress', 'stars']);
    expect(parseChecklistImport(file)).toEqual({ ok: true, state: EMPTY_CHECKLIST });
  });

  it('refuses a file over the size limit before reading it', () => {
    const tooBig = parseChecklistImport(' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(tooBig).toEqual({ ok: false, error: expect.stringContaining('too big') });
    // At the limit the file is read (and here found not to be JSON).
    expect(parseChecklistImport(' '.repeat(MAX_IMPORT_BYTES))).toEqual({ ok: false, error: expect.stringContaining("isn't valid JSON") });
  });

  it('keeps only habits of this plan, from the last 60 days up to today', () => {
    const state: ChecklistState = {
      version: 2,
      days: [2],
      startDate: '2026-11-18',
      habits: {
        '2026-09-22': ['a'], // 60 days ago: too old
        '2026-09-23': ['a', 'gone'], // 59 days ago
        '2026-11-20': ['gone'], // only unknown habits
        '2026-11-21': ['b', 'a'], // today
        '2026-11-22': ['a'], // tomorrow
      },
    };
    expect(boundToPlan(state, ['a', 'b'], '2026-11-21')).toEqual({
      version: 2,
      days: [2],
      startDate: '2026-11-18',
      habits: { '2026-09-23': ['a'], '2026-11-21': ['b', 'a'] },
    });
  });
});
