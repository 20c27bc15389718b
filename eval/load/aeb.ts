import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page of the Article Extraction Benchmark: its HTML and the gold article body. */
export interface AebPage {
  id: string;
  html: string;
  gold: string;
  url?: string;
}

/** Thrown when the benchmark folder or one of its files is missing. */
export class AebMissing extends Error {}

/**
 * Loads the benchmark from its folder (`ground-truth.json` and `html/<id>.html.gz`, gzip, UTF-8).
 * @example loadAeb('../shared/data/aeb').length === 181
 */
export function loadAeb(dir: string): AebPage[] {
  let truth: Record<string, { articleBody?: string; url?: string }>;
  try {
    truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  } catch {
    throw new AebMissing(`${join(dir, 'ground-truth.json')} not found or unreadable: pass the folder of the Article Extraction Benchmark`);
  }
  return Object.entries(truth).map(([id, item]) => {
    let html: string;
    try {
      html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    } catch {
      throw new AebMissing(`${join(dir, 'html', `${id}.html.gz`)} not found or unreadable`);
    }
    return { id, html, gold: item.articleBody ?? '', ...(item.url ? { url: item.url } : {}) };
  });
}

/** A word as the benchmark's `evaluate.py` sees one: Python's Unicode `\w+` (letters, numbers, underscore). */
const WORD = /[\p{L}\p{N}_]+/gu;
/** The benchmark compares sets of 4-word shingles. */
const SHINGLE = 4;

/** Counts of shared, extra and missing shingles between a prediction and the gold text. */
export interface ShingleMatch {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1, as fractions. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** The 4-word shingles of a text (words joined by a space) with how often each occurs. */
export function shingles(text: string): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const s = words.slice(i, i + SHINGLE).join(' ');
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/**
 * Matches a predicted body against the gold one as `evaluate.py` does: multisets (Python `Counter`)
 * of 4-word shingles, tokens case-sensitive. A shingle predicted twice and present once in the gold
 * body is one hit and one extra.
 */
export function matchShingles(gold: string, predicted: string): ShingleMatch {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let predictedCount = 0;
  let goldCount = 0;
  for (const n of g.values()) goldCount += n;
  for (const [s, n] of p) {
    predictedCount += n;
    tp += Math.min(n, g.get(s) ?? 0);
  }
  return { tp, fp: predictedCount - tp, fn: goldCount - tp };
}

/** One document's scores; empty against empty counts as perfect. */
export function prf({ tp, fp, fn }: ShingleMatch): Prf {
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn),
  };
}

/**
 * The benchmark's summary, as `evaluate.py` computes it: precision averaged over the documents where
 * something was predicted, recall over those with a gold body, and F1 the harmonic mean of the two
 * averages (not the average of per-document F1).
 */
export function meanPrf(matches: ShingleMatch[]): Prf {
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map((m) => prf(m).precision));
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map((m) => prf(m).recall));
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
