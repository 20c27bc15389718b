import type { Token } from '../model/index.js';

/** A sparse bag of terms: term → weight. */
export type Vector = Map<string, number>;

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);

/** Terms of a token range for lexical similarity: content-word lemmas, lower-cased. */
export function termsOf(tokens: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.stop || !CONTENT_POS.has(t.pos) || t.type === 'punctuation') continue;
    if (t.lemma.length < 2 && t.type !== 'number') continue;
    out.push(t.lemma);
  }
  return out;
}

/** Counts terms into a vector. */
export function countTerms(terms: Iterable<string>, into: Vector = new Map(), weight = 1): Vector {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}

/** Inverse document frequency over a set of documents (each a set of terms), smoothed. */
export function idfOf(docs: Iterable<Iterable<string>>): (term: string) => number {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of docs) {
    n++;
    for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return (term) => Math.log((n + 1) / ((df.get(term) ?? 0) + 0.5));
}

/** Weights a count vector by IDF; counts above one grow logarithmically. */
export function weigh(v: Vector, idf: (term: string) => number): Vector {
  const out: Vector = new Map();
  for (const [t, c] of v) {
    const w = (c > 1 ? 1 + Math.log(c) : c) * idf(t);
    if (w > 0) out.set(t, w);
  }
  return out;
}

/** Cosine similarity of two sparse vectors. */
export function cosine(a: Vector, b: Vector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let dot = 0;
  for (const [t, w] of a) {
    const x = b.get(t);
    if (x !== undefined) dot += w * x;
  }
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

const norms = new WeakMap<Vector, number>();
export function norm(v: Vector): number {
  let n = norms.get(v);
  if (n === undefined) {
    n = 0;
    for (const w of v.values()) n += w * w;
    n = Math.sqrt(n);
    norms.set(v, n);
  }
  return n;
}

/**
 * Weighted evidence two vectors share, Σ min(a, b) over common terms, squashed into 0..1 by
 * `x / (x + half)`: unlike cosine it does not fall when one side also says much else.
 */
export function sharedEvidence(a: Vector, b: Vector, half: number): number {
  if (a.size > b.size) [a, b] = [b, a];
  let x = 0;
  for (const [t, w] of a) {
    const y = b.get(t);
    if (y !== undefined) x += Math.min(w, y);
  }
  return x / (x + half);
}
