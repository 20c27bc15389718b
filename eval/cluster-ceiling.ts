/**
 * How far a similarity can take story clustering: `npm run eval:ceiling -- [DATA_DIR] [--json]
 * [--only neus,ecbplus,pac] [--embeddings glove,use] [--limit N]`. For each document, is its single
 * most similar other document in the same gold story? A clusterer that groups by similarity cannot
 * do much better than that share allows. Measured for TF-IDF cosine of whole documents (IDF of the
 * corpus, as the baseline of `eval/cluster.ts`), and, with `--embeddings`, for TF-IDF plus λ times
 * the cosine of document embeddings from optional packages (see `load/embeddings.ts`).
 * A second table gives the offline ceiling of the clusterer's own vectors (`cluster-offline.ts`).
 */
import { existsSync } from 'node:fs';
import { commandLine, CorpusMissing, isMain, runAlone } from './cli.js';
import type { EvalArgs } from './cli.js';
import { similarPairs, tfidfVectors } from './cluster-baseline.js';
import { DEFAULTS } from '../src/cluster/index.js';
import { sketch } from '../src/cluster/sketch.js';
import { CORRECTED_SWEEP, correctedPairs, correctedRows, engineVectors, offlineCeiling } from './cluster-offline.js';
import type { Score } from './cluster-stream.js';
import { gloveEmbeddings, useEmbeddings } from './load/embeddings.js';
import type { Embeddings } from './load/embeddings.js';
import { ecbDocs, neusDocs, pacDocs } from './load/stories.js';
import type { LabelledDoc } from './load/stories.js';
import type { EvalResult } from './table.js';

/** Weights of the embedding cosine added to the TF-IDF cosine. */
export const LAMBDAS = [0.2, 0.5, 1];

const CORPORA: Record<string, (dataDir: string) => LabelledDoc[]> = { neus: neusDocs, ecbplus: ecbDocs, pac: pacDocs };

/** Each document's TF-IDF neighbours (every document sharing a word), as maps from index to cosine. */
export function tfidfNeighbours(texts: string[]): Map<number, number>[] {
  const out = texts.map(() => new Map<number, number>());
  for (const [a, b, s] of similarPairs(tfidfVectors(texts), 1e-6)) {
    out[a].set(b, s);
    out[b].set(a, s);
  }
  return out;
}

/**
 * Share of documents whose most similar other document has the same gold label, under the
 * similarity `tfidf + λ · embedding cosine` for each λ (TF-IDF alone when `e` is null).
 */
export function neighbourRates(gold: string[], tfidf: Map<number, number>[], e: Embeddings | null, lambdas: number[]): number[] {
  const n = gold.length;
  const hits = lambdas.map(() => 0);
  const dots = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    if (e) {
      const { dims, rows } = e;
      for (let j = 0; j < n; j++) {
        let dot = 0;
        for (let d = 0, a = i * dims, b = j * dims; d < dims; d++) dot += rows[a + d] * rows[b + d];
        dots[j] = dot;
      }
    }
    lambdas.forEach((lambda, k) => {
      let best = -1;
      let top = -Infinity;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const s = (tfidf[i].get(j) ?? 0) + (e ? lambda * dots[j] : 0);
        if (s > top) [best, top] = [j, s];
      }
      if (best >= 0 && gold[best] === gold[i]) hits[k]++;
    });
  }
  return hits.map((h) => h / n);
}

/** The first `limit` gold stories of a corpus (all when no limit). */
function firstStories(docs: LabelledDoc[], limit?: number): LabelledDoc[] {
  if (!limit) return docs;
  const keep = new Set([...new Set(docs.map((d) => d.gold))].slice(0, limit));
  return docs.filter((d) => keep.has(d.gold));
}

/** The ceiling table for every corpus asked for. */
export async function run(args: EvalArgs): Promise<EvalResult> {
  if (!existsSync(args.dataDir)) throw new CorpusMissing(`data folder ${args.dataDir} not found. Pass it: npm run eval:ceiling -- /path/to/shared/data`);
  const t0 = performance.now();
  const names = args.flags.only?.split(',') ?? Object.keys(CORPORA);
  const kinds = args.flags.embeddings?.split(',').filter(Boolean) ?? [];
  for (const k of kinds) if (k !== 'glove' && k !== 'use') throw new Error(`--embeddings: unknown "${k}"; choose glove, use`);
  const rows: (string | number | null)[][] = [];
  const offline: (string | number | null)[][] = [];
  const figures: Record<string, number> = {};
  const corrected: [string, number, (Score & { threshold: number })[]][] = [];
  for (const name of names) {
    if (!CORPORA[name]) throw new Error(`unknown corpus "${name}"; corpora are ${Object.keys(CORPORA).join(', ')}`);
    const docs = firstStories(CORPORA[name](args.dataDir), args.limit);
    const texts = docs.map((d) => `${d.title ?? ''}\n${d.text}`);
    const gold = docs.map((d) => d.gold);
    if (!args.json) console.error(`${name}: ${docs.length} documents…`);
    const tfidf = tfidfNeighbours(texts);
    const [alone] = neighbourRates(gold, tfidf, null, [0]);
    rows.push([name, docs.length, 'TF-IDF cosine', alone]);
    figures[`${name}.tfidf`] = alone;
    const vectors = engineVectors(docs);
    const { best } = offlineCeiling(vectors, gold);
    offline.push([name, docs.length, best.threshold, best.precision, best.recall, best.f1, best.ari]);
    figures[`${name}.offline.f1`] = best.f1;
    const weekdays = docs.map((d) => sketch(d, DEFAULTS).weekdays ?? 0);
    corrected.push([name, docs.length, correctedRows(correctedPairs(vectors, weekdays), gold)]);
    for (const kind of kinds) {
      const e = kind === 'glove' ? gloveEmbeddings(texts) : await useEmbeddings(texts);
      const [only] = neighbourRates(gold, texts.map(() => new Map()), e, [1]);
      rows.push([name, docs.length, `${e.name} alone`, only]);
      const mixed = neighbourRates(gold, tfidf, e, LAMBDAS);
      LAMBDAS.forEach((l, k) => {
        rows.push([name, docs.length, `TF-IDF + ${l} × ${e.name}`, mixed[k]]);
        figures[`${name}.${kind}.${l}`] = mixed[k];
      });
    }
  }
  // One threshold for every corpus: the one with the best mean F1 over the corpora measured.
  const mean = (k: number): number => corrected.reduce((a, [, , r]) => a + r[k].f1, 0) / corrected.length;
  const common = CORRECTED_SWEEP.map((_, k) => k).reduce((a, b) => (mean(b) > mean(a) ? b : a), 0);
  const hubRows = corrected.map(([name, n, r]) => {
    const own = r.reduce((a, b) => (b.f1 > a.f1 ? b : a));
    figures[`${name}.corrected.f1`] = r[common].f1;
    return [name, n, own.threshold, own.f1, r[common].threshold, r[common].precision, r[common].recall, r[common].f1, r[common].ari];
  });
  return {
    name: 'Story clustering: how far the signal goes',
    command: commandLine('cluster-ceiling', args.dataDir, { only: args.flags.only, embeddings: args.flags.embeddings, limit: args.limit }),
    seconds: (performance.now() - t0) / 1000,
    figures,
    tables: [
      { title: "Share of documents whose most similar document is in the document's gold story", columns: ['corpus', 'documents', 'similarity', 'nearest is a gold partner'], rows },
      { title: "Offline average linkage on corroborate's article vectors, every document known, threshold best on each corpus", columns: ['corpus', 'documents', 'threshold', 'B³ P', 'B³ R', 'B³ F1', 'ARI'], rows: offline },
      { title: 'The same with days of the week and hubness correction (similarity less the mean of each document\'s 11th–30th best)', columns: ['corpus', 'documents', 'best threshold', 'F1 there', 'common threshold', 'B³ P', 'B³ R', 'B³ F1', 'ARI'], rows: hubRows },
    ],
    notes: [
      'TF-IDF over whole documents with the IDF of the corpus itself; embeddings: see eval/load/embeddings.ts',
      'a similarity-based clusterer that links a document to a wrong story as often as this share says misses can hardly score above it',
      "offline: the clusterer's own sketches and term weights with the IDF of the whole corpus, average linkage over all pairs, the threshold (0.1 to 0.5) chosen on the gold stories; the stream clusterer (npm run eval:cluster) has none of these advantages",
      'hubness correction: a document near everything is discounted; the common threshold is the one with the best mean F1 over the corpora measured',
    ],
  };
}

if (isMain(import.meta.url)) void runAlone(run);
