import { describe, expect, it } from 'vitest';
import { readStored, type Stored } from './stored';

const check = (value: Record<string, unknown>): Stored<unknown> => ({ kind: 'ok', doc: value });

describe('readStored', () => {
  it('reads nothing stored as empty, without asking the check', () => {
    for (const raw of [null, undefined, ''])
      expect(readStored(raw, 2, 'not ours', () => ({ kind: 'invalid', error: 'asked' }))).toEqual({ kind: 'empty' });
  });

  it('refuses text that is not a JSON object, naming why', () => {
    expect(readStored('{', 2, 'not ours', check)).toEqual({ kind: 'invalid', error: 'not JSON' });
    for (const raw of ['[]', 'null', '"x"', '3'])
      expect(readStored(raw, 2, 'not ours', check)).toEqual({ kind: 'invalid', error: 'not ours' });
  });

  it('reports a whole version above the latest as newer, whatever its shape', () => {
    expect(readStored('{"version":3,"anything":[1]}', 2, 'not ours', () => ({ kind: 'invalid', error: 'asked' }))).toEqual({
      kind: 'newer',
      version: 3,
    });
  });

  it('hands every other object to the check', () => {
    for (const value of [{ version: 2 }, { version: 1 }, { version: 2.5 }, { version: '3' }, {}]) {
      expect(readStored(JSON.stringify(value), 2, 'not ours', check)).toEqual({ kind: 'ok', doc: value });
    }
  });
});
