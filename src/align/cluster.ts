/**
 * Average-linkage clustering over a sparse similarity graph: clusters merge, most similar first,
 * while the mean similarity over all their cross pairs (missing edges count as 0) is at least
 * `threshold`. `edges` holds [i, j, similarity] with i < j. Returns a cluster index per item.
 */
export function averageLinkage(n: number, edges: Array<[number, number, number]>, threshold: number): number[] {
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const owner = Array.from({ length: n }, (_, i) => i);
  // Sum of edge weights between live clusters: links[a].get(b).
  const links: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  for (const [i, j, w] of edges) {
    links[i].set(j, (links[i].get(j) ?? 0) + w);
    links[j].set(i, (links[j].get(i) ?? 0) + w);
  }
  for (;;) {
    let best = -1;
    let bestA = -1;
    let bestB = -1;
    for (let a = 0; a < n; a++) {
      if (!members[a].length) continue;
      for (const [b, sum] of links[a]) {
        if (b <= a) continue;
        const score = sum / (members[a].length * members[b].length);
        if (score > best) [best, bestA, bestB] = [score, a, b];
      }
    }
    if (best < threshold || bestA < 0) break;
    // Merge b into a.
    for (const i of members[bestB]) owner[i] = bestA;
    members[bestA].push(...members[bestB]);
    members[bestB] = [];
    for (const [c, sum] of links[bestB]) {
      if (c === bestA) continue;
      links[bestA].set(c, (links[bestA].get(c) ?? 0) + sum);
      links[c].set(bestA, (links[c].get(bestA) ?? 0) + sum);
      links[c].delete(bestB);
    }
    links[bestA].delete(bestB);
    links[bestB].clear();
  }
  return owner;
}
