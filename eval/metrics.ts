/**
 * Metrics shared by the evaluations: precision/recall/F1 over spans, tokens and links; ROUGE;
 * TF-IDF cosine; medians; a seeded shuffle. Pure functions over plain data.
 */

/** A character range `[start, end)`. */
export interface Range {
  start: number;
  end: number;
}

/** Hits and totals on both sides; kept as counts so documents can be pooled before dividing. */
export interface Counts {
  /** Predictions that match some gold item. */
  predHit: number;
  pred: number;
  /** Gold items matched by some prediction. */
  goldHit: number;
  gold: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export const ZERO: Counts = { predHit: 0, pred: 0, goldHit: 0, gold: 0 };

/** Adds counts (pooling documents: micro-averaging). */
export function addCounts(a: Counts, b: Counts): Counts {
  return { predHit: a.predHit + b.predHit, pred: a.pred + b.pred, goldHit: a.goldHit + b.goldHit, gold: a.gold + b.gold };
}

/** Precision, recall and F1 from counts; an empty side gives 0 (never NaN). */
export function prf(c: Counts): PRF {
  const precision = c.pred ? c.predHit / c.pred : 0;
  const recall = c.gold ? c.goldHit / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Length of the overlap of two ranges (0 when disjoint). */
export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Span matching by overlap: a prediction is a hit when it overlaps a gold span by at least
 * `minJaccard` of their union (0 = any shared character), and symmetrically for gold spans.
 * @example spanCounts([{start:0,end:5}], [{start:3,end:9}, {start:20,end:25}]) // {predHit:1, pred:1, goldHit:1, gold:2}
 */
export function spanCounts(pred: Range[], gold: Range[], minJaccard = 0): Counts {
  const match = (a: Range, b: Range): boolean => {
    const o = overlap(a, b);
    if (o === 0) return false;
    const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
    return o / union >= minJaccard;
  };
  return {
    predHit: pred.filter((p) => gold.some((g) => match(p, g))).length,
    pred: pred.length,
    goldHit: gold.filter((g) => pred.some((p) => match(p, g))).length,
    gold: gold.length,
  };
}

/**
 * Partial-credit span scores as in SemEval-2020 Task 11 (SI): each prediction earns the share of its
 * characters covered by gold, each gold span the share covered by predictions. Returned as fractional counts.
 */
export function charCreditCounts(pred: Range[], gold: Range[]): Counts {
  const covered = (s: Range, others: Range[]): number => {
    const len = s.end - s.start;
    if (len <= 0) return 0;
    return Math.min(1, others.reduce((sum, o) => sum + overlap(s, o), 0) / len);
  };
  const p = merge(pred);
  const g = merge(gold);
  return {
    predHit: pred.reduce((s, x) => s + covered(x, g), 0),
    pred: pred.length,
    goldHit: gold.reduce((s, x) => s + covered(x, p), 0),
    gold: gold.length,
  };
}

/** Sorts ranges and merges the overlapping ones. */
export function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Word tokens of a text with their character ranges. */
export function wordRanges(text: string): Range[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Token-level counts: a word is predicted (gold) when it overlaps a predicted (gold) span. */
export function tokenCounts(text: string, pred: Range[], gold: Range[]): Counts {
  const p = merge(pred);
  const g = merge(gold);
  let predHit = 0;
  let np = 0;
  let ng = 0;
  for (const w of wordRanges(text)) {
    const inP = p.some((r) => overlap(r, w) > 0);
    const inG = g.some((r) => overlap(r, w) > 0);
    if (inP) np++;
    if (inG) ng++;
    if (inP && inG) predHit++;
  }
  return { predHit, pred: np, goldHit: predHit, gold: ng };
}

/** Lower-case word tokens, for ROUGE and TF-IDF. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function f1Of(hits: number, candLen: number, refLen: number): number {
  if (!hits || !candLen || !refLen) return 0;
  const p = hits / candLen;
  const r = hits / refLen;
  return (2 * p * r) / (p + r);
}

/** ROUGE-N F1 (clipped n-gram overlap), lower-cased words, no stemming. */
export function rougeN(candidate: string, reference: string, n: number): number {
  const c = ngramCounts(words(candidate), n);
  const r = ngramCounts(words(reference), n);
  let hits = 0;
  for (const [k, v] of c) hits += Math.min(v, r.get(k) ?? 0);
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  return f1Of(hits, total(c), total(r));
}

/** ROUGE-L F1: longest common subsequence of the two word sequences. */
export function rougeL(candidate: string, reference: string): number {
  const a = words(candidate);
  const b = words(reference);
  if (!a.length || !b.length) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return f1Of(prev[b.length], a.length, b.length);
}

/** ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate against one reference. */
export function rouge(candidate: string, reference: string): { r1: number; r2: number; rL: number } {
  return { r1: rougeN(candidate, reference, 1), r2: rougeN(candidate, reference, 2), rL: rougeL(candidate, reference) };
}

/** Inverse document frequencies, smoothed: log((1 + N) / (1 + df)) + 1. */
export function idf(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const [w, n] of df) out.set(w, Math.log((1 + docs.length) / (1 + n)) + 1);
  return out;
}

/** A unit-length TF-IDF vector of a token list (unknown words get the largest IDF). */
export function tfidfVector(tokens: string[], idfs: Map<string, number>, unseen = 1): Map<string, number> {
  const v = new Map<string, number>();
  for (const t of tokens) v.set(t, (v.get(t) ?? 0) + (idfs.get(t) ?? unseen));
  const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  if (norm > 0) for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

/** Cosine of two unit vectors. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) s += x * (big.get(k) ?? 0);
  return s;
}

/** Median of a list (NaN when empty). */
export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Mean of a list (NaN when empty). */
export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}

/** A seeded pseudo-random generator in [0, 1) (mulberry32): the same seed gives the same sample. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates with a seeded generator). */
export function shuffle<T>(xs: T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
