import { describe, expect, it } from 'vitest';
import { asSentence, authorParts, surname } from './references';

describe('references', () => {
  it('splits authors into surname and initials, with the APA separators before each', () => {
    expect(authorParts(['Holt-Lunstad, J.', 'Karas Montez, J.', 'Bos, A. E. R.'])).toEqual([
      { before: '', surname: 'Holt-Lunstad', initials: ', J.' },
      { before: ', ', surname: 'Karas Montez', initials: ', J.' },
      { before: ', & ', surname: 'Bos', initials: ', A. E. R.' },
    ]);
    expect(authorParts(['Plato'])).toEqual([{ before: '', surname: 'Plato', initials: '' }]);
  });

  it('takes the surname of an author written "Surname, I."', () => {
    expect(surname('Bailenson, J. N.')).toBe('Bailenson');
    expect(surname(' van Dijk , J.')).toBe('van Dijk');
    expect(surname('Plato')).toBe('Plato');
    expect(surname(undefined)).toBe('');
  });

  it('joins one, two and no authors APA-style', () => {
    const joined = (authors: string[]) =>
      authorParts(authors)
        .map((a) => `${a.before}${a.surname}${a.initials}`)
        .join('');
    expect(joined(['Bailenson, J. N.'])).toBe('Bailenson, J. N.');
    expect(joined(['A, B.', 'C, D.'])).toBe('A, B., & C, D.');
    expect(joined([])).toBe('');
  });

  it('ends a title with one full stop, never after a question or an exclamation mark', () => {
    expect(asSentence('The Internet and social life')).toBe('The Internet and social life.');
    expect(asSentence('Pathways to reconnection in a digital world?')).toBe('Pathways to reconnection in a digital world?');
    expect(asSentence('Ask!')).toBe('Ask!');
    expect(asSentence('Already ended. ')).toBe('Already ended.');
  });
});
