import { describe, expect, it } from 'vitest';
import { asSentence, authorParts, formatAuthors, surname } from './references';

describe('references', () => {
  it('formats author lists', () => {
    expect(formatAuthors(['Bailenson, J. N.'])).toBe('Bailenson, J. N.');
    expect(formatAuthors(['A, B.', 'C, D.'])).toBe('A, B., & C, D.');
  });

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

  it('joins no, three and more authors', () => {
    expect(formatAuthors([])).toBe('');
    expect(formatAuthors(['A, B.', 'C, D.', 'E, F.'])).toBe('A, B., C, D., & E, F.');
  });

  it('ends a title with one full stop, never after a question or an exclamation mark', () => {
    expect(asSentence('The Internet and social life')).toBe('The Internet and social life.');
    expect(asSentence('Pathways to reconnection in a digital world?')).toBe('Pathways to reconnection in a digital world?');
    expect(asSentence('Ask!')).toBe('Ask!');
    expect(asSentence('Already ended. ')).toBe('Already ended.');
  });
});
