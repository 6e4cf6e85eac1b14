import { describe, expect, it } from 'vitest';
import { checkInsForFile, checkInsFromFile } from './file';
import { addCheckIn, EMPTY_CHECK_INS } from './sync';

const doc = addCheckIn(EMPTY_CHECK_INS, {
  id: 'aaaa-1',
  date: '2026-11-21',
  at: 5,
  scale: [1, 2, 3],
  themes: { communication: 2, empathy: 3, respect: 1, reliability: 2, connection: 1, growth: 3 },
  struggling: true,
});

describe('check-ins in the export file', () => {
  it('adds nothing to the file when there are none', () => {
    expect(checkInsForFile(EMPTY_CHECK_INS)).toEqual({});
  });

  it('reads back what it wrote', () => {
    const text = JSON.stringify({ format: 'kindred-checklist', progress: {}, ...checkInsForFile(doc) });
    expect(checkInsFromFile(text)).toEqual({ kind: 'ok', doc });
  });

  it('treats an older file as holding none, and says when the part is unreadable', () => {
    expect(checkInsFromFile('{"format":"kindred-checklist","progress":{}}')).toEqual({ kind: 'none' });
    expect(checkInsFromFile('{"checkIns":{"version":1,"entries":"x","deleted":{}}}').kind).toBe('unreadable');
    expect(checkInsFromFile('{"checkIns":{"version":9}}')).toEqual({ kind: 'unreadable', error: 'saved by a newer version of Kindred' });
    expect(checkInsFromFile('nope').kind).toBe('unreadable');
  });
});
