/** One term's list of stories (terms by number), oldest first, with the story's weight for the term when it was listed. */
interface Posting {
  stories: number[];
  weights: number[];
  stamps: number[];
}

/**
 * Inverted index from terms to stories. A story is listed again under its strongest terms each
 * time its centroid changes, with a new stamp; entries with an old stamp are skipped and dropped
 * when the index is rebuilt. Lists are read from the end, so the most recent stories come first.
 */
export class Postings {
  private lists: (Posting | undefined)[] = [];
  private scores = new Float64Array(1024);
  /** Entries held, live or stale: the cue for a rebuild. */
  entries = 0;

  /** Lists a story under terms with weights (already divided by the centroid's length). */
  add(story: number, stamp: number, terms: [number, number][]): void {
    for (const [t, w] of terms) {
      let p = this.lists[t];
      if (!p) this.lists[t] = p = { stories: [], weights: [], stamps: [] };
      p.stories.push(story);
      p.weights.push(w);
      p.stamps.push(stamp);
    }
    this.entries += terms.length;
  }

  /**
   * Stories sharing the query's terms, best first by the partial dot product (ties by story
   * number), at most `limit`. Each term's list is read from its end, up to `scan` live entries;
   * `live(story, stamp)` says whether an entry is current and its story may still take articles.
   */
  candidates(query: number[], weights: number[], storyCount: number, scan: number, limit: number, live: (story: number, stamp: number) => boolean): number[] {
    if (this.scores.length < storyCount) this.scores = new Float64Array(Math.max(storyCount, this.scores.length * 2));
    const scores = this.scores;
    const touched: number[] = [];
    for (let q = 0; q < query.length; q++) {
      const p = this.lists[query[q]];
      if (!p) continue;
      let read = 0;
      for (let i = p.stories.length - 1; i >= 0 && read < scan; i--) {
        const s = p.stories[i];
        if (!live(s, p.stamps[i])) continue;
        read++;
        if (scores[s] === 0) touched.push(s);
        scores[s] += weights[q] * p.weights[i];
      }
    }
    touched.sort((a, b) => scores[b] - scores[a] || a - b);
    const out = touched.slice(0, limit);
    for (const s of touched) scores[s] = 0;
    return out;
  }

  /** Empties the index (before listing the live stories again). */
  clear(): void {
    this.lists = [];
    this.entries = 0;
  }
}
