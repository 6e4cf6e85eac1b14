import { describe, expect, it } from 'vitest';
import { openStoredValue } from './stored-value';

describe('opening a stored value', () => {
  it.each([
    [null, { kind: 'empty' }],
    ['', { kind: 'empty' }],
    ['{"version":', { kind: 'invalid', error: 'not JSON' }],
    ['[1,2]', { kind: 'invalid', error: 'not an object' }],
    ['"text"', { kind: 'invalid', error: 'not an object' }],
    ['{"version":4,"shape":"new"}', { kind: 'newer', version: 4 }],
    ['{"version":3,"a":1}', { kind: 'object', value: { version: 3, a: 1 }, version: 3 }],
    ['{"version":3.5}', { kind: 'object', value: { version: 3.5 }, version: 3.5 }],
    ['{"a":1}', { kind: 'object', value: { a: 1 }, version: undefined }],
  ])('%s', (raw, expected) => {
    expect(openStoredValue(raw, 3)).toEqual(expected);
  });
});
