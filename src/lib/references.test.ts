import { describe, expect, it } from 'vitest';
import { formatAuthors, surname } from './references';

describe('references', () => {
  it('formats author lists', () => {
    expect(formatAuthors(['Bailenson, J. N.'])).toBe('Bailenson, J. N.');
    expect(formatAuthors(['A, B.', 'C, D.'])).toBe('A, B., & C, D.');
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
});
