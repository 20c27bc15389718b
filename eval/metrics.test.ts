import { describe, expect, it } from 'vitest';
import {
  charCreditCounts, cosine, idf, merge, median, prf, rouge, rougeL, rougeN, shuffle, spanCounts, tfidfVector, tokenCounts, words,
} from './metrics.js';

describe('span matching', () => {
  it('counts overlapping spans on both sides', () => {
    const c = spanCounts([{ start: 0, end: 5 }, { start: 40, end: 45 }], [{ start: 3, end: 9 }, { start: 20, end: 25 }]);
    expect(c).toEqual({ predHit: 1, pred: 2, goldHit: 1, gold: 2 });
    expect(prf(c)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('needs half the union to overlap in strict mode', () => {
    expect(spanCounts([{ start: 0, end: 10 }], [{ start: 8, end: 12 }], 0.5).predHit).toBe(0);
    expect(spanCounts([{ start: 0, end: 10 }], [{ start: 2, end: 10 }], 0.5).predHit).toBe(1);
  });

  it('gives partial credit by characters covered', () => {
    const c = charCreditCounts([{ start: 0, end: 10 }], [{ start: 5, end: 10 }]);
    expect(c.predHit).toBeCloseTo(0.5);
    expect(c.goldHit).toBeCloseTo(1);
  });

  it('scores words inside spans', () => {
    const text = 'a brutal and savage attack';
    const c = tokenCounts(text, [{ start: 2, end: 8 }], [{ start: 2, end: 19 }]);
    expect(c).toEqual({ predHit: 1, pred: 1, goldHit: 1, gold: 3 });
  });

  it('merges overlapping ranges', () => {
    expect(merge([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 20, end: 21 }])).toEqual([{ start: 0, end: 9 }, { start: 20, end: 21 }]);
  });

  it('never divides by zero', () => {
    expect(prf({ predHit: 0, pred: 0, goldHit: 0, gold: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('ROUGE', () => {
  it('is 1 for identical texts and 0 for disjoint ones', () => {
    expect(rouge('The cat sat.', 'the cat sat')).toEqual({ r1: 1, r2: 1, rL: 1 });
    expect(rouge('dogs bark', 'cats meow')).toEqual({ r1: 0, r2: 0, rL: 0 });
  });

  it('clips repeated n-grams and uses the longest common subsequence', () => {
    // candidate "the the the" vs reference "the cat": 1 clipped hit; P = 1/3, R = 1/2.
    expect(rougeN('the the the', 'the cat', 1)).toBeCloseTo((2 * (1 / 3) * 0.5) / (1 / 3 + 0.5));
    // LCS of "a b c d" and "a c b d" is 3.
    expect(rougeL('a b c d', 'a c b d')).toBeCloseTo(0.75);
  });
});

describe('TF-IDF', () => {
  it('ranks sentences sharing rare words above those sharing common ones', () => {
    const docs = [words('the quake hit the city'), words('the quake shook the city'), words('the parade filled the city'), words('the the the')];
    const idfs = idf(docs);
    const v = docs.map((d) => tfidfVector(d, idfs));
    expect(cosine(v[0], v[1])).toBeGreaterThan(cosine(v[0], v[2]));
    expect(cosine(v[0], v[0])).toBeCloseTo(1);
  });
});

describe('sampling and medians', () => {
  it('shuffles the same way for the same seed', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(xs, 7)).toEqual(shuffle(xs, 7));
    expect(shuffle(xs, 7)).not.toEqual(shuffle(xs, 8));
    expect([...shuffle(xs, 7)].sort((a, b) => a - b)).toEqual(xs);
  });

  it('takes the middle value', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
