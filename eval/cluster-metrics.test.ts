import { describe, expect, it } from 'vitest';
import { adjustedRand, bcubed } from './cluster-metrics.js';

describe('B-cubed', () => {
  it('is perfect when the clustering equals the gold grouping, whatever the labels', () => {
    expect(bcubed(['x', 'x', 'y'], [7, 7, 9])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('loses recall when a gold class is split', () => {
    // Gold: one class of 3. Predicted {0,1} {2}: item recalls 2/3, 2/3, 1/3 → 5/9.
    const s = bcubed(['a', 'a', 'b'], [1, 1, 1]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(5 / 9);
    expect(s.f1).toBeCloseTo((2 * 5 / 9) / (1 + 5 / 9));
  });

  it('loses precision when classes are merged', () => {
    // Gold {0,1} {2,3}, predicted {0,1,2} {3}: precisions 2/3, 2/3, 1/3, 1 → 2.667/4.
    const s = bcubed([1, 1, 1, 2], ['a', 'a', 'b', 'b']);
    expect(s.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4);
    expect(s.recall).toBeCloseTo((1 + 1 + 1 / 2 + 1 / 2) / 4);
  });

  it('refuses label arrays of different lengths', () => {
    expect(() => bcubed([1, 2], [1])).toThrow(/differ in length/);
  });
});

describe('adjusted Rand index', () => {
  it('is 1 for identical groupings', () => {
    expect(adjustedRand([1, 1, 2, 2, 3], ['x', 'x', 'y', 'y', 'z'])).toBe(1);
  });

  it('matches a hand-computed value', () => {
    // Gold {0,1,2} {3,4}; predicted {0,1} {2,3,4}. Cells: 2,1,2 → index = 1+0+1 = 2.
    // Predicted pairs a = 1+3 = 4, gold pairs b = 3+1 = 4, all pairs 10: expected 1.6, max 4.
    expect(adjustedRand([1, 1, 2, 2, 2], ['g', 'g', 'g', 'h', 'h'])).toBeCloseTo((2 - 1.6) / (4 - 1.6));
  });

  it('is about 0 or below for a grouping unrelated to gold', () => {
    expect(adjustedRand([1, 2, 1, 2], ['a', 'a', 'b', 'b'])).toBeLessThanOrEqual(0);
  });

  it('treats two all-singleton groupings as identical', () => {
    expect(adjustedRand([1, 2, 3], ['a', 'b', 'c'])).toBe(1);
    expect(adjustedRand([1, 1, 1], ['a', 'b', 'c'])).toBe(0);
  });
});
