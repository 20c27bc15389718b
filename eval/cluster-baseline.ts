/**
 * The plain baseline for story clustering: TF-IDF cosine between whole documents (IDF fitted on the
 * corpus itself), then average-linkage agglomerative clustering cut at a threshold. Pairs are found
 * through an inverted index of the rarer terms and kept only above a floor, so 9k documents take seconds.
 */
import { MaxHeap, type Candidate } from '../src/align/heap.js';
import { idf, tfidfVector, words } from './metrics.js';

/** A merge of the dendrogram: two clusters and their average similarity. */
export interface Merge {
  a: number;
  b: number;
  similarity: number;
}

/** Unit TF-IDF vectors of texts, IDF from these texts. */
export function tfidfVectors(texts: string[]): Map<string, number>[] {
  const docs = texts.map(words);
  const idfs = idf(docs);
  return docs.map((d) => tfidfVector(d, idfs));
}

/**
 * Document pairs with cosine ≥ `floor`, exactly, among the pairs that share a term held by at most
 * `maxShare` of the documents (pairs sharing only common words fall far below any useful threshold).
 * Rare terms go through an inverted index; the few common terms through a dense array.
 */
export function similarPairs(vectors: Map<string, number>[], floor: number, maxShare = 0.02): [number, number, number][] {
  const df = new Map<string, number>();
  for (const v of vectors) for (const t of v.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const cap = Math.max(2, Math.floor(vectors.length * maxShare));
  const commonId = new Map<string, number>();
  for (const [t, n] of df) if (n > cap) commonId.set(t, commonId.size);
  const postings = new Map<string, [number, number][]>();
  const common = vectors.map((v, i) => {
    const ids: number[] = [];
    const ws: number[] = [];
    for (const [t, w] of v) {
      const id = commonId.get(t);
      if (id !== undefined) ids.push(id), ws.push(w);
      else (postings.get(t) ?? postings.set(t, []).get(t)!).push([i, w]);
    }
    return { ids, ws };
  });
  const dots = new Float64Array(vectors.length);
  const dense = new Float64Array(commonId.size);
  const out: [number, number, number][] = [];
  vectors.forEach((v, i) => {
    const touched: number[] = [];
    for (const [t, w] of v) {
      if (commonId.has(t)) continue;
      for (const [j, x] of postings.get(t)!) {
        if (j <= i) continue;
        if (dots[j] === 0) touched.push(j);
        dots[j] += w * x;
      }
    }
    const mine = common[i];
    mine.ids.forEach((id, k) => (dense[id] = mine.ws[k]));
    for (const j of touched) {
      let c = dots[j];
      const theirs = common[j];
      for (let k = 0; k < theirs.ids.length; k++) c += dense[theirs.ids[k]] * theirs.ws[k];
      if (c >= floor) out.push([i, j, c]);
      dots[j] = 0;
    }
    for (const id of mine.ids) dense[id] = 0;
  });
  return out;
}

/**
 * Average-linkage merges down to `floor`, best first. Similarities not given count as 0, which is
 * exact average linkage on the sparse matrix; its merge similarities never increase, so cutting the
 * list at any threshold gives the clustering at that threshold.
 */
export function averageLinkage(n: number, pairs: [number, number, number][], floor: number): Merge[] {
  const size = new Array<number>(n).fill(1);
  const version = new Array<number>(n).fill(0);
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const heap = new MaxHeap<Candidate>();
  const offer = (a: number, b: number): void => {
    const avg = sums[a].get(b)! / (size[a] * size[b]);
    if (avg >= floor) heap.push({ score: avg, a, b, va: version[a], vb: version[b] });
  };
  for (const [i, j, s] of pairs) {
    sums[i].set(j, s);
    sums[j].set(i, s);
    offer(i, j);
  }
  const merges: Merge[] = [];
  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b } = top;
    if (version[a] !== top.va || version[b] !== top.vb || size[a] === 0 || size[b] === 0) continue;
    merges.push({ a, b, similarity: top.score });
    for (const [c, s] of sums[b]) {
      if (c === a) continue;
      sums[a].set(c, (sums[a].get(c) ?? 0) + s);
      sums[c].delete(b);
      sums[c].set(a, sums[a].get(c)!);
    }
    sums[a].delete(b);
    sums[b].clear();
    size[a] += size[b];
    size[b] = 0;
    version[a]++;
    version[b]++;
    for (const c of sums[a].keys()) offer(a, c);
  }
  return merges;
}

/** Cluster label of every item after the merges whose similarity reaches `threshold`. */
export function cut(n: number, merges: Merge[], threshold: number): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const m of merges) {
    if (m.similarity < threshold) break;
    parent[find(m.b)] = find(m.a);
  }
  return parent.map((_, i) => find(i));
}
