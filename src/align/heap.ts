/** A binary max-heap of items by their `score`: the best merge candidate first. */
export class MaxHeap<T extends { score: number }> {
  private items: T[] = [];

  push(e: T): void {
    const h = this.items;
    h.push(e);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (h[p].score >= h[i].score) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }

  pop(): T | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l].score > h[m].score) m = l;
        if (r < h.length && h[r].score > h[m].score) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }
}

/** A candidate merge of clusters `a` and `b`, taken at their versions `va` and `vb` (stale once either changes). */
export interface Candidate {
  score: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}
