import { describe, expect, it } from 'vitest';
import { correctedPairs, correctedRows, engineVectors, offlineCeiling } from './cluster-offline.js';

const docs = [
  { id: 'q1', title: 'Earthquake strikes Chile', text: 'A magnitude 7.1 earthquake struck central Chile near Valparaiso on Monday, officials said.' },
  { id: 'q2', title: 'Chile quake kills four', text: 'The earthquake near Valparaiso in Chile killed four people, the emergency office said.' },
  { id: 'b1', title: 'Parliament passes budget', text: 'Lawmakers in Canberra approved the austerity budget after a late-night vote in the Senate.' },
  { id: 'b2', title: 'Austerity budget approved', text: 'The Senate in Canberra passed the austerity budget by four votes after a long debate.' },
];

describe('engineVectors', () => {
  it("gives unit vectors over the clusterer's terms, figures marked with #", () => {
    const [v] = engineVectors(docs);
    const norm = Math.hypot(...v.values());
    expect(norm).toBeCloseTo(1, 6);
    expect(v.has('valparaiso')).toBe(true);
    expect(v.has('#7.1')).toBe(true);
  });
});

describe('offlineCeiling', () => {
  it('recovers the two stories at the best threshold and reports every threshold tried', () => {
    const { best, rows } = offlineCeiling(engineVectors(docs), ['q', 'q', 'b', 'b'], [0.1, 0.3, 0.9]);
    expect(rows.map((r) => r.threshold)).toEqual([0.1, 0.3, 0.9]);
    expect(best.f1).toBe(1);
    expect(rows[2].clusters).toBe(4);
  });
});

describe('correctedPairs', () => {
  const v = (o: Record<string, number>): Map<string, number> => { const n = Math.hypot(...Object.values(o)); return new Map(Object.entries(o).map(([k, w]) => [k, w / n])); };
  // d0 is a hub, near both d3 and d4; d1–d2 and d3–d4 are the stories.
  const vectors = [v({ a: 1, b: 1, c: 1 }), v({ a: 1, x: 1 }), v({ a: 1, x: 1, y: 0.2 }), v({ b: 1, z: 1 }), v({ c: 1, z: 1 })];
  const gold = ['h', 'p', 'p', 'q', 'q'];
  const keyed = (pairs: [number, number, number][]): Map<string, number> => new Map(pairs.map(([i, j, s]) => [`${i}-${j}`, s]));

  it('multiplies by the factors for days of the week', () => {
    const raw = keyed(correctedPairs(vectors, [0, 0, 0, 0, 0], {}, [5, 6]));
    const dated = keyed(correctedPairs(vectors, [0, 1, 1, 1, 2], {}, [5, 6]));
    expect(dated.get('1-2')!).toBeCloseTo(raw.get('1-2')! * 1.1, 6);
    expect(dated.get('3-4')!).toBeCloseTo(raw.get('3-4')! * 0.75, 6);
  });

  it('discounts a document near everything, keeping it out of the story it is near', () => {
    const plain = correctedRows(correctedPairs(vectors, [0, 0, 0, 0, 0], {}, [5, 6]), gold, [0.05]);
    const corrected = correctedRows(correctedPairs(vectors, [0, 0, 0, 0, 0], {}, [1, 2]), gold, [0.05]);
    expect(plain[0].f1).toBeLessThan(1);
    expect(corrected[0].f1).toBe(1);
  });
});
