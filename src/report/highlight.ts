/**
 * Splits a text into pieces at every boundary of a set of possibly overlapping or nested spans, so
 * each piece is covered by a fixed set of spans and can be drawn as one flat element.
 */

/** A span to highlight; `ref` lets the caller find what the span stands for. */
export interface Mark<T = unknown> {
  start: number;
  end: number;
  ref: T;
}

/** A run of text covered by exactly the same marks, in the order the marks were given. */
export interface Piece<T = unknown> {
  start: number;
  end: number;
  marks: Mark<T>[];
}

/**
 * Cuts `[0, length)` into pieces at every mark boundary. Marks are clamped to the text; empty or
 * inverted ones are dropped. Concatenating the pieces gives back the whole text.
 * @example pieces(5, [{start: 1, end: 3, ref: 'a'}, {start: 2, end: 4, ref: 'b'}])
 * // [0,1) [], [1,2) [a], [2,3) [a,b], [3,4) [b], [4,5) []
 */
export function pieces<T>(length: number, marks: Mark<T>[]): Piece<T>[] {
  const valid = marks
    .map((m, order) => ({ mark: m, order, start: clamp(m.start, length), end: clamp(m.end, length) }))
    .filter((m) => m.end > m.start);
  const bounds = [...new Set([0, length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const out: Piece<T>[] = [];
  let active: typeof valid = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i], bounds[i + 1]];
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next].start <= start) active.push(byStart[next++]);
    const covering = active.filter((m) => m.end >= end).sort((a, b) => a.order - b.order);
    out.push({ start, end, marks: covering.map((m) => m.mark) });
  }
  return out;
}

function clamp(x: number, length: number): number {
  return Number.isFinite(x) ? Math.min(Math.max(Math.trunc(x), 0), length) : 0;
}
