import { describe, expect, it } from 'vitest';
import { averageLinkage, cut, similarPairs, tfidfVectors } from './cluster-baseline.js';
import { arrival, mixNeedles } from './cluster-stream.js';

describe('average linkage', () => {
  it('merges by average similarity, best first, and stops at the floor', () => {
    // 0–1 0.9, 1–2 0.5, 0–2 0.1, 3 alone: after {0,1}, the average to 2 is (0.1 + 0.5) / 2 = 0.3.
    const merges = averageLinkage(4, [[0, 1, 0.9], [1, 2, 0.5], [0, 2, 0.1]], 0.05);
    expect(merges.map((m) => [m.a, m.b])).toEqual([[0, 1], [0, 2]]);
    expect(merges[1].similarity).toBeCloseTo(0.3);
    expect(averageLinkage(4, [[0, 1, 0.9], [1, 2, 0.5], [0, 2, 0.1]], 0.4)).toHaveLength(1);
  });

  it('cuts the merges at a threshold', () => {
    const merges = averageLinkage(4, [[0, 1, 0.9], [1, 2, 0.5], [0, 2, 0.1]], 0.05);
    const at = (t: number): number => new Set(cut(4, merges, t)).size;
    expect(at(0.95)).toBe(4);
    expect(at(0.5)).toBe(3);
    expect(at(0.2)).toBe(2);
  });
});

describe('similarPairs', () => {
  it('finds the pairs above the floor with their exact cosine', () => {
    const texts = ['quake hits chile port', 'chile port quake toll rises', 'stocks fall in tokyo', 'tokyo stocks fall again', 'weather'];
    const vectors = tfidfVectors(texts);
    const pairs = similarPairs(vectors, 0.2, 0.5);
    expect(pairs.map(([i, j]) => [i, j])).toEqual([[0, 1], [2, 3]]);
    for (const [, , c] of pairs) expect(c).toBeGreaterThan(0.2);
  });
});

describe('arrival', () => {
  it('shuffles, then puts dated articles in date order in the dated places', () => {
    const docs = [
      { id: 'a', text: '', date: '2020-01-03' },
      { id: 'b', text: '', date: null },
      { id: 'c', text: '', date: '2020-01-01' },
      { id: 'd', text: '', date: '2020-01-02' },
      { id: 'e', text: '', date: null },
    ];
    const order = arrival(docs, 7);
    expect(order).toHaveLength(5);
    expect(order.filter((d) => d.date).map((d) => d.id)).toEqual(['c', 'd', 'a']);
    expect(arrival(docs, 7)).toEqual(order);
  });
});

describe('mixNeedles', () => {
  it('keeps the stream in order and puts each needle story within the spread', () => {
    const stream = Array.from({ length: 100 }, (_, i) => ({ id: `s${i}`, gold: '' }));
    const needles = ['x', 'x', 'x', 'y', 'y'].map((gold, i) => ({ id: `n${i}`, gold }));
    const mixed = mixNeedles(stream, needles, 3, 10);
    expect(mixed).toHaveLength(105);
    expect(mixed.filter((d) => d.id.startsWith('s'))).toEqual(stream);
    for (const g of ['x', 'y']) {
      const at = mixed.flatMap((d, i) => (d.gold === g ? [i] : []));
      expect(at.at(-1)! - at[0]).toBeLessThanOrEqual(10 + at.length);
    }
  });
});
