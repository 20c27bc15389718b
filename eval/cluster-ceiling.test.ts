import { describe, expect, it } from 'vitest';
import { neighbourRates, tfidfNeighbours } from './cluster-ceiling.js';
import type { Embeddings } from './load/embeddings.js';

const gold = ['a', 'a', 'b', 'b'];
/** 0 and 1 close; 2's nearest is 0 (a wrong partner); 3's nearest is 2. */
const tfidf = [
  new Map([[1, 0.5], [2, 0.3]]),
  new Map([[0, 0.5]]),
  new Map([[0, 0.3], [3, 0.2]]),
  new Map([[2, 0.2]]),
];
/** Embeddings that put 2 and 3 together and apart from 0 and 1. */
const e: Embeddings = { name: 'toy', dims: 2, rows: new Float32Array([1, 0, 1, 0, 0, 1, 0, 1]) };

describe('neighbourRates', () => {
  it('counts documents whose most similar document shares their gold story', () => {
    expect(neighbourRates(gold, tfidf, null, [0])).toEqual([0.75]);
  });

  it('adds the embedding cosine with weight λ, which can change the nearest document', () => {
    const [small, large] = neighbourRates(gold, tfidf, e, [0.05, 1]);
    expect(small).toBe(0.75);
    expect(large).toBe(1);
  });

  it('counts a document without any neighbour as a miss', () => {
    expect(neighbourRates(['a', 'b'], [new Map(), new Map()], null, [0])).toEqual([0]);
  });
});

describe('tfidfNeighbours', () => {
  it('links documents that share a rare word, both ways', () => {
    const n = tfidfNeighbours(['quake hits chile coast', 'chile quake kills dozens', 'parliament passes budget law', 'budget law passes parliament vote']);
    expect(n[0].get(1)).toBeGreaterThan(0);
    expect(n[1].get(0)).toBe(n[0].get(1));
    expect(n[0].has(2)).toBe(false);
    expect(n[2].get(3)).toBeGreaterThan(0.5);
  });
});
