import { describe, expect, it } from 'vitest';
import { pieces } from './highlight.js';

const text = 'The quick brown fox jumps over the lazy dog.';
const covered = (ps: ReturnType<typeof pieces<string>>, ref: string) =>
  ps.filter((p) => p.marks.some((m) => m.ref === ref)).map((p) => text.slice(p.start, p.end)).join('');

describe('pieces', () => {
  it('splits overlapping and nested spans so each span is a run of whole pieces', () => {
    const marks = [
      { start: 4, end: 19, ref: 'outer' }, // quick brown fox
      { start: 10, end: 15, ref: 'nested' }, // brown
      { start: 16, end: 25, ref: 'overlap' }, // fox jumps
      { start: 10, end: 15, ref: 'same' },
    ];
    const ps = pieces(text.length, marks);
    expect(ps.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    for (const m of marks) expect(covered(ps, m.ref)).toBe(text.slice(m.start, m.end));
    const brown = ps.find((p) => text.slice(p.start, p.end) === 'brown');
    expect(brown?.marks.map((m) => m.ref)).toEqual(['outer', 'nested', 'same']);
  });

  it('clamps spans past the end, drops empty and inverted ones', () => {
    const ps = pieces(text.length, [
      { start: 40, end: 99, ref: 'tail' },
      { start: 5, end: 5, ref: 'empty' },
      { start: 9, end: 3, ref: 'inverted' },
      { start: -4, end: 3, ref: 'head' },
    ]);
    expect(covered(ps, 'tail')).toBe('dog.');
    expect(covered(ps, 'head')).toBe('The');
    expect(ps.some((p) => p.marks.some((m) => m.ref === 'empty' || m.ref === 'inverted'))).toBe(false);
    expect(ps.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
  });

  it('gives one unmarked piece when there are no spans', () => {
    expect(pieces(text.length, [])).toEqual([{ start: 0, end: text.length, marks: [] }]);
  });
});
