import { describe, expect, it } from 'vitest';
import { mergeConflicts, type Found } from './merge-conflicts.js';

const side = (article: string, value: string) => ({ article, text: `… ${value} …`, value, start: 0, end: 10 });
const found = (a: string, x: string, b: string, y: string, confidence = 0.5): Found => ({
  kind: 'number',
  fact: 'f1',
  description: `${a} gives ${x} where ${b} gives ${y}`,
  confidence,
  sides: [side(a, x), side(b, y)],
  join: { keys: [x.replace(/^Twelve/, '12'), y.replace(/^Twelve/, '12')], shown: [x, y], verbs: [['gives', 'give'], ['gives', 'give']] },
});

describe('mergeConflicts', () => {
  it('joins one disagreement told by several pairs of outlets, in the first pair order', () => {
    const out = mergeConflicts([found('CNN', '12 people', 'Times', '10 people', 0.6), found('Times', '10 people', 'NPR', 'Twelve people', 0.8), found('Post', '4 people', 'NPR', '17 people')], (id) => id);
    expect(out).toHaveLength(2);
    expect(out[0].description).toBe('CNN and NPR give 12 people where Times gives 10 people');
    expect(out[0].sides.map((s) => s.article)).toEqual(['CNN', 'NPR', 'Times']);
    expect(out[0].confidence).toBe(0.8);
    expect(out[1].description).toBe('Post gives 4 people where NPR gives 17 people');
    expect(out.every((c) => !('join' in c))).toBe(true);
  });
});
