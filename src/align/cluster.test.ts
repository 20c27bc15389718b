import { describe, expect, it } from 'vitest';
import { averageLinkage } from './cluster.js';

describe('averageLinkage', () => {
  it('merges while the mean similarity reaches the threshold', () => {
    const owner = averageLinkage(3, [[0, 1, 0.8], [1, 2, 0.5], [0, 2, 0.05]], 0.3);
    expect(owner[0]).toBe(owner[1]);
    expect(owner[2]).not.toBe(owner[0]);
  });

  it("does not let one article's repetitions add up to a match in another article", () => {
    // Claims 0 and 1 restate each other in article 0; claim 2 of article 1 is close to neither
    // alone (0.28 < 0.3) although the mean over both, 0.28, passes 0.9 × 0.3.
    const edges: Array<[number, number, number]> = [[0, 1, 0.7], [0, 2, 0.28], [1, 2, 0.28]];
    const plain = averageLinkage(3, edges, 0.3, { articleOf: [0, 0, 1], meanShare: 0.9 });
    expect(plain[0]).toBe(plain[1]);
    expect(plain[2]).not.toBe(plain[0]);
    // One pair across the articles at the threshold is enough support.
    const supported = averageLinkage(3, [[0, 1, 0.7], [0, 2, 0.32], [1, 2, 0.25]], 0.3, { articleOf: [0, 0, 1], meanShare: 0.9 });
    expect(supported[2]).toBe(supported[0]);
  });

  it('keeps at most maxPerArticle claims of one article in a cluster', () => {
    // Article 0 tells three incidents (0, 1, 2) that all resemble article 1's claim 3.
    const edges: Array<[number, number, number]> = [[0, 3, 0.9], [1, 3, 0.8], [2, 3, 0.7], [0, 1, 0.6], [0, 2, 0.6], [1, 2, 0.6]];
    const all = averageLinkage(4, edges, 0.3, { articleOf: [0, 0, 0, 1], meanShare: 0.9 });
    expect(new Set(all).size).toBe(1);
    const capped = averageLinkage(4, edges, 0.3, { articleOf: [0, 0, 0, 1], meanShare: 0.9, maxPerArticle: 2 });
    expect(capped.filter((o) => o === capped[3])).toHaveLength(3);
    expect(new Set(capped).size).toBe(2);
  });
});
