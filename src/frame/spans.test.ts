import { describe, expect, it } from 'vitest';
import type { FramingSpan } from '../model/index.js';
import { dropOverlaps } from './spans.js';

const span = (kind: FramingSpan['kind'], start: number, end: number, article = 'a'): FramingSpan =>
  ({ article, kind, start, end, text: '', voice: 'reporter', speaker: null, note: '' });

describe('dropOverlaps', () => {
  it('keeps the longest of overlapping spans of one kind in one article', () => {
    const kept = dropOverlaps([span('label', 4, 10), span('label', 0, 16), span('label', 20, 24)]);
    expect(kept.map((s) => [s.start, s.end]).sort((x, y) => x[0] - y[0])).toEqual([[0, 16], [20, 24]]);
  });

  it('keeps overlapping spans of different kinds or articles', () => {
    const kept = dropOverlaps([span('label', 0, 6), span('loaded', 0, 6), span('label', 0, 6, 'b')]);
    expect(kept).toHaveLength(3);
  });
});
