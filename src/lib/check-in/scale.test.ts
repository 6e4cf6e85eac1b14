import { describe, expect, it } from 'vitest';
import { ANSWERS, answerLabel, needsHelpFirst, SCALE_ITEMS, scaleTotal } from './scale';

describe('the three-item scale', () => {
  it('asks the published questions, word for word, with the published answers scored 1 to 3', () => {
    expect(SCALE_ITEMS.map((i) => i.question)).toEqual([
      'How often do you feel that you lack companionship?',
      'How often do you feel left out?',
      'How often do you feel isolated from others?',
    ]);
    expect(ANSWERS).toEqual([
      { value: 1, label: 'Hardly ever' },
      { value: 2, label: 'Some of the time' },
      { value: 3, label: 'Often' },
    ]);
    expect(answerLabel(2)).toBe('Some of the time');
  });

  it('adds the answers up to a total from 3 to 9', () => {
    expect(scaleTotal([1, 1, 1])).toBe(3);
    expect(scaleTotal([1, 2, 3])).toBe(6);
    expect(scaleTotal([3, 3, 3])).toBe(9);
  });

  it('leads with help at the top of the scale, or when the reader is struggling, and not below', () => {
    expect(needsHelpFirst([3, 3, 3], false)).toBe(true);
    expect(needsHelpFirst([3, 3, 2], false)).toBe(false);
    expect(needsHelpFirst([1, 1, 1], true)).toBe(true);
    expect(needsHelpFirst([3, 3], false)).toBe(false);
  });
});
