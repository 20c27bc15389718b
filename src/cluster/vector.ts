import type { Vocabulary } from './vocabulary.js';

/** A unit-length sparse vector over term numbers, strongest terms first. */
export interface TermVector {
  ids: number[];
  weights: number[];
}

/** A story's centroid: the sum of its articles' unit vectors, strongest terms only. */
export type Centroid = Map<number, number>;

/**
 * Weighs an article's term counts by inverse document frequency (counts grow logarithmically),
 * keeps the `keep` strongest terms and scales the result to unit length.
 */
export function vectorize(ids: number[], counts: number[], vocabulary: Vocabulary, keep: number): TermVector {
  const entries: [number, number][] = [];
  for (let i = 0; i < ids.length; i++) {
    const w = Math.log1p(counts[i]) * vocabulary.idf(ids[i]);
    if (w > 0) entries.push([ids[i], w]);
  }
  entries.sort((a, b) => b[1] - a[1]);
  if (entries.length > keep) entries.length = keep;
  let norm = 0;
  for (const [, w] of entries) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  return { ids: entries.map((e) => e[0]), weights: entries.map((e) => e[1] / norm) };
}

/** Dot product of a vector with a centroid, divided by `scale`. */
export function dotWith(v: TermVector, centroid: Centroid, scale: number): number {
  if (!scale) return 0;
  let dot = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const c = centroid.get(v.ids[i]);
    if (c !== undefined) dot += v.weights[i] * c;
  }
  return dot / scale;
}

/** Adds a vector into a centroid, keeping about `keep` strongest terms; returns the centroid's new length. */
export function addInto(centroid: Centroid, v: TermVector, keep: number): number {
  for (let i = 0; i < v.ids.length; i++) centroid.set(v.ids[i], (centroid.get(v.ids[i]) ?? 0) + v.weights[i]);
  if (centroid.size > keep * 1.5) {
    const top = strongest(centroid, keep);
    centroid.clear();
    for (const [t, w] of top) centroid.set(t, w);
  }
  let n = 0;
  for (const w of centroid.values()) n += w * w;
  return Math.sqrt(n);
}

/** The `n` strongest terms of a centroid with their weights. */
export function strongest(centroid: Centroid, n: number): [number, number][] {
  return [...centroid].sort((a, b) => b[1] - a[1]).slice(0, n);
}
