import { describe, expect, it } from 'vitest';
import { matchShingles, meanPrf, prf, shingles } from './aeb.js';

describe('AEB metric (as evaluate.py computes it)', () => {
  it('counts 4-word shingles of \\w+ tokens as a multiset, in any script', () => {
    expect([...shingles('Один два, три — четыре пять!').keys()]).toEqual(['Один два три четыре', 'два три четыре пять']);
    expect(shingles('a b c d a b c d').get('a b c d')).toBe(2);
  });

  it('matches repeated shingles only as often as the gold text has them', () => {
    expect(matchShingles('a b c d', 'a b c d a b c d')).toEqual({ tp: 1, fp: 4, fn: 0 });
  });

  it('averages precision over pages with a prediction and recall over pages with gold, F1 from the two means', () => {
    const m = meanPrf([
      { tp: 1, fp: 1, fn: 0 },
      { tp: 0, fp: 0, fn: 4 },
    ]);
    expect(m.precision).toBe(0.5);
    expect(m.recall).toBe(0.5);
    expect(m.f1).toBeCloseTo(0.5);
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
