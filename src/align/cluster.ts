import { MaxHeap, type Candidate } from './heap.js';

/** What may merge: see `averageLinkage`. */
export interface LinkageOptions {
  /** The article of each item. */
  articleOf: number[];
  /** Mean similarity two clusters need, as a share of the threshold. */
  meanShare: number;
  /**
   * Most claims one article may bring to a cluster: an article that seems to say one thing four
   * times is telling a timeline of several (five tanker incidents in one background paragraph).
   */
  maxPerArticle?: number;
}

/**
 * Average-linkage clustering over a sparse similarity graph: clusters merge, most similar first,
 * while the mean similarity over all their cross pairs (missing edges count as 0) is at least
 * `threshold`. `edges` holds [i, j, similarity]. Returns a cluster index per item.
 * With `options`, the mean need only reach `meanShare × threshold`, but a merge that brings articles
 * together must rest on one pair of claims from different articles at `threshold` or above: an
 * article's repetitions of a claim do not add up to a match in another article, and no cluster
 * holds more than `maxPerArticle` claims of one article.
 * A heap with lazy deletion keeps it at O(E log E) for E edges.
 */
export function averageLinkage(n: number, edges: Array<[number, number, number]>, threshold: number, options?: LinkageOptions): number[] {
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const version = new Array<number>(n).fill(0);
  const owner = Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const links: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  // The strongest pair from different articles between two clusters, and the articles of each.
  const peak: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  const articles = options ? options.articleOf.map((a) => new Set([a])) : null;
  const floor = threshold * (options?.meanShare ?? 1);
  const cap = options?.maxPerArticle ?? Infinity;
  // Claims per article in each cluster, when a cap applies.
  const perArticle = options && cap < Infinity ? options.articleOf.map((x) => new Map([[x, 1]])) : null;
  const tooMany = (x: Map<number, number>, y: Map<number, number>) => [...y].some(([art, k]) => (x.get(art) ?? 0) + k > cap);
  for (const [i, j, w] of edges) {
    links[i].set(j, (links[i].get(j) ?? 0) + w);
    links[j].set(i, (links[j].get(i) ?? 0) + w);
    if (options && options.articleOf[i] !== options.articleOf[j]) (peak[i].set(j, w), peak[j].set(i, w));
  }
  const heap = new MaxHeap<Candidate>();
  const push = (a: number, b: number) => {
    const score = links[a].get(b)! / (size[a] * size[b]);
    if (score < floor) return;
    const oneArticle = articles && articles[a].size === 1 && articles[b].size === 1 && [...articles[a]][0] === [...articles[b]][0];
    if (articles && !oneArticle && (peak[a].get(b) ?? 0) < threshold) return;
    if (perArticle && tooMany(perArticle[a], perArticle[b])) return;
    heap.push({ score, a, b, va: version[a], vb: version[b] });
  };
  for (let a = 0; a < n; a++) for (const b of links[a].keys()) if (a < b) push(a, b);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b } = top;
    if (!alive[a] || !alive[b] || version[a] !== top.va || version[b] !== top.vb) continue;
    // Merge b into a.
    alive[b] = false;
    for (const i of members[b]) owner[i] = a;
    members[a].push(...members[b]);
    members[b] = [];
    size[a] += size[b];
    version[a]++;
    if (articles) for (const x of articles[b]) articles[a].add(x);
    if (perArticle) for (const [x, k] of perArticle[b]) perArticle[a].set(x, (perArticle[a].get(x) ?? 0) + k);
    for (const [c, sum] of links[b]) {
      if (c === a) continue;
      links[a].set(c, (links[a].get(c) ?? 0) + sum);
      links[c].set(a, (links[c].get(a) ?? 0) + sum);
      links[c].delete(b);
    }
    for (const [c, w] of peak[b]) {
      if (c === a) continue;
      peak[a].set(c, Math.max(peak[a].get(c) ?? 0, w));
      peak[c].set(a, Math.max(peak[c].get(a) ?? 0, w));
      peak[c].delete(b);
    }
    links[a].delete(b);
    links[b].clear();
    peak[a].delete(b);
    peak[b].clear();
    for (const c of links[a].keys()) if (alive[c]) push(a, c);
  }
  return owner;
}
