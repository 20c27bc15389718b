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

/** Thresholds tried on the corrected similarity: −0.1 to 0.4 by 0.025 (it sits lower than the raw one). */
export const CORRECTED_SWEEP = Array.from({ length: 21 }, (_, i) => Math.round(1000 * (-0.1 + i * 0.025)) / 1000);

/**
 * Pair similarities as the clusterer would see them with the whole corpus known: the cosine times
 * the factor for days of the week (`sameWeekday` when both documents name a common day,
 * `otherWeekday` when both name days but none in common), less the hubness of the two documents
 * (the mean similarity at ranks `from`…`to` of each one's neighbours, the background level of
 * its kind of event: a document near everything is discounted, a tight story of many documents
 * is not, as its own members fill the first ranks). Pairs below `floor` before correction are left out.
 */
export function correctedPairs(vectors: Map<string, number>[], weekdays: number[], options: Partial<ClusterOptions> = {}, ranks: [number, number] = [10, 30], floor = 0.05): [number, number, number][] {
  const o = { ...DEFAULTS, ...options };
  const pairs = similarPairs(vectors, floor).map(([i, j, s]): [number, number, number] => {
    const [a, b] = [weekdays[i], weekdays[j]];
    return [i, j, s * (!a || !b ? 1 : a & b ? o.sameWeekday : o.otherWeekday)];
  });
  const near: number[][] = vectors.map(() => []);
  for (const [i, j, s] of pairs) near[i].push(s), near[j].push(s);
  const hub = near.map((l) => l.sort((x, y) => y - x).slice(ranks[0], ranks[1]).reduce((a, b) => a + b, 0) / (ranks[1] - ranks[0]));
  return pairs.map(([i, j, s]) => [i, j, s - (hub[i] + hub[j]) / 2]);
}

/** Average linkage over corrected pairs, scored at every threshold of `sweep`. */
export function correctedRows(pairs: [number, number, number][], gold: string[], sweep = CORRECTED_SWEEP): (Score & { threshold: number })[] {
  // averageLinkage counts a missing pair as 0: shift so that "missing" sits below every threshold.
  const shift = 1 - Math.min(...sweep);
  const merges = averageLinkage(gold.length, pairs.map(([i, j, s]) => [i, j, s + shift]), Math.min(...sweep) + shift);
  return sweep.map((threshold) => ({ threshold, ...score(cut(gold.length, merges, threshold + shift), gold) }));
}
