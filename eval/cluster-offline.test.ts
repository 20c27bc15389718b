import { describe, expect, it } from 'vitest';
import { engineVectors, offlineCeiling } from './cluster-offline.js';

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
