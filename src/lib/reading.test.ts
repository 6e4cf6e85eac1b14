import { describe, expect, it } from 'vitest';
import { DEFAULT_READING, decodeReading, encodeReading, TEXT_SIZES } from './reading';

describe('reading prefs', () => {
  it('round-trips every step, with and without more spacing', () => {
    for (const size of TEXT_SIZES)
      for (const spacious of [true, false]) expect(decodeReading(encodeReading({ size, spacious }))).toEqual({ size, spacious });
  });

  it('has three or four steps, the first the browser default', () => {
    expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(3);
    expect(TEXT_SIZES.length).toBeLessThanOrEqual(4);
    expect(TEXT_SIZES[0]).toBe(DEFAULT_READING.size);
  });

  it.each([
    null,
    '',
    'garbage',
    '{"size":',
    '42',
    'null',
    '[]',
    '{"size":"huge","spacious":"yes"}',
    `{"size":"large","x":"${'a'.repeat(300)}"}`,
  ])('falls back to the default for %s', (raw) => expect(decodeReading(raw)).toEqual(DEFAULT_READING));

  it('keeps the part that decodes', () => {
    expect(decodeReading('{"size":"larger"}')).toEqual({ size: 'larger', spacious: false });
    expect(decodeReading('{"size":"nope","spacious":true}')).toEqual({ size: 'standard', spacious: true });
  });
});
