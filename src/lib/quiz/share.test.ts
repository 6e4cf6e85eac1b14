import { describe, expect, it } from 'vitest';
import { possibleScores, SCORE_BANDS, scoreBand, scorePath, shareText } from './share';

describe('scoreBand', () => {
  it.each([
    [15, 15, 'all'],
    [14, 15, 'strong'],
    [12, 16, 'strong'],
    [11, 15, 'growing'],
    [8, 16, 'growing'],
    [7, 15, 'start'],
    [0, 15, 'start'],
    [0, 0, 'start'],
  ])('%i of %i is in band %s', (score, total, band) => {
    expect(scoreBand(score, total).id).toBe(band);
  });

  it('has a warm line for every band, highest first, and never shames', () => {
    expect(SCORE_BANDS.map((b) => b.min)).toEqual([1, 0.75, 0.5, 0]);
    for (const band of SCORE_BANDS) {
      expect(band.line.length).toBeGreaterThan(20);
      expect(band.line).not.toMatch(/fail|wrong|bad|poor/i);
    }
  });
});

describe('share text and score pages', () => {
  it('names no reader', () => {
    expect(shareText(12, 15)).toBe("Someone scored 12 of 15 on Kindred's myth-or-truth quiz.");
  });
  it('links to the page of the score', () => {
    expect(scorePath(7)).toBe('/quiz/score/7/');
  });
  it('lists every possible score from 0', () => {
    expect(possibleScores(3)).toEqual([0, 1, 2, 3]);
    expect(possibleScores(0)).toEqual([0]);
    expect(possibleScores(-1)).toEqual([0]);
    expect(possibleScores(2.7)).toEqual([0, 1, 2]);
  });
});
