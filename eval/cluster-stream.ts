/**
 * The stream side of the clustering evaluation: arrival order, needles mixed into a haystack,
 * one clusterer run over a stream, and the scores of a grouping.
 */
import { createClusterer } from '../src/cluster/index.js';
import type { ClusterInput, ClusterOptions } from '../src/cluster/index.js';
import { adjustedRand, bcubed } from './cluster-metrics.js';
import { rng, shuffle } from './metrics.js';

/** B-cubed and ARI of one grouping, with how many clusters it made. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  ari: number;
  clusters: number;
}

/** Scores predicted labels against gold ones. */
export function score(pred: readonly (string | number)[], gold: readonly string[]): Score {
  return { ...bcubed(pred, gold), ari: adjustedRand(pred, gold), clusters: new Set(pred).size };
}

/**
 * The arrival order: shuffled with the seed (streams are not sorted by story), then dated articles
 * put in date order in the places dated articles hold, as a feed delivers them; undated ones stay put.
 */
export function arrival<T extends ClusterInput>(docs: T[], seed: number): T[] {
  const out = shuffle(docs, seed);
  const time = (d: T): number => (d.date ? Date.parse(d.date) : NaN);
  const slots = out.map((d, i) => (Number.isFinite(time(d)) ? i : -1)).filter((i) => i >= 0);
  const dated = slots.map((i) => out[i]).sort((a, b) => time(a) - time(b));
  slots.forEach((slot, k) => (out[slot] = dated[k]));
  return out;
}

/** Runs the clusterer over documents in the given order; returns each document's story and the time taken. */
export function clusterAll(docs: ClusterInput[], options: Partial<ClusterOptions> = {}): { labels: Map<string, string>; seconds: number } {
  const c = createClusterer(options);
  const labels = new Map<string, string>();
  const t0 = performance.now();
  for (const d of docs) labels.set(d.id, c.add(d).story);
  return { labels, seconds: (performance.now() - t0) / 1000 };
}

/** How many AllSides articles (about two days of them) the articles of one needle story are spread over. */
export const NEEDLE_SPREAD = 30;

/**
 * Places needles in a stream as a story arrives: each gold story at a seeded place, its articles
 * spread over the next `spread` articles of the stream. The needles keep their own dates (none for
 * NeuS and ECB+), so the time window does not separate needle stories that the text cannot.
 */
export function mixNeedles<T>(stream: T[], needles: (T & { gold: string })[], seed: number, spread = NEEDLE_SPREAD): T[] {
  const random = rng(seed);
  const anchor = new Map<string, number>();
  const placed = shuffle(needles, seed).map((d) => {
    if (!anchor.has(d.gold)) anchor.set(d.gold, Math.floor(random() * stream.length));
    return { d, at: anchor.get(d.gold)! + random() * spread };
  }).sort((a, b) => a.at - b.at);
  const out: T[] = [];
  let n = 0;
  stream.forEach((item, i) => {
    for (; n < placed.length && placed[n].at <= i; n++) out.push(placed[n].d);
    out.push(item);
  });
  for (; n < placed.length; n++) out.push(placed[n].d);
  return out;
}

