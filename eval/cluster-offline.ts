/**
 * The offline ceiling of corroborate's own article vectors: what average-linkage clustering reaches
 * when it knows every document in advance (IDF of the whole corpus, every pair compared) and the
 * threshold is the one best for that corpus. The stream clusterer sees each article once, in arrival
 * order, with one threshold for every corpus; a goal above this figure needs another signal, not a
 * better stream decision.
 */
import { DEFAULTS } from '../src/cluster/index.js';
import type { ClusterInput, ClusterOptions } from '../src/cluster/index.js';
import { sketch } from '../src/cluster/sketch.js';
import { vectorize } from '../src/cluster/vector.js';
import { Vocabulary } from '../src/cluster/vocabulary.js';
import { averageLinkage, cut, similarPairs } from './cluster-baseline.js';
import { score } from './cluster-stream.js';
import type { Score } from './cluster-stream.js';

/** Thresholds tried: 0.1 to 0.5 by 0.025 (the stream's threshold is 0.2). */
export const OFFLINE_SWEEP = Array.from({ length: 17 }, (_, i) => Math.round(1000 * (0.1 + i * 0.025)) / 1000);

/**
 * The clusterer's unit article vectors (same sketch, term weights and kept terms), with the IDF of
 * all the documents counted before any vector is made; keyed by term.
 */
export function engineVectors(docs: ClusterInput[], options: Partial<ClusterOptions> = {}): Map<string, number>[] {
  const o = { ...DEFAULTS, ...options };
  const vocabulary = new Vocabulary(o.priorDocuments);
  const sketches = docs.map((d) => sketch(d, o));
  const ids = sketches.map((s) => s.terms.map((t) => vocabulary.id(t)));
  for (const i of ids) vocabulary.count(i);
  return sketches.map((s, k) => {
    const v = vectorize(ids[k], s.weights, vocabulary, o.articleTerms);
    return new Map(v.ids.map((id, j) => [vocabulary.term(id), v.weights[j]]));
  });
}

/** Average linkage over the vectors, scored at every threshold of the sweep; the best row and all rows. */
export function offlineCeiling(vectors: Map<string, number>[], gold: string[], sweep = OFFLINE_SWEEP): { best: Score & { threshold: number }; rows: (Score & { threshold: number })[] } {
  const floor = Math.min(...sweep);
  const merges = averageLinkage(vectors.length, similarPairs(vectors, floor), floor);
  const rows = sweep.map((threshold) => ({ threshold, ...score(cut(vectors.length, merges, threshold), gold) }));
  return { best: rows.reduce((a, b) => (b.f1 > a.f1 ? b : a)), rows };
}
