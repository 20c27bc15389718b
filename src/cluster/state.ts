import type { ClusterOptions } from './options.js';

/** One story of the clusterer, as plain data. */
export interface StoryState {
  id: string;
  title: string | null;
  /** Article ids in arrival order. */
  articles: string[];
  /** Similarity of each article to the story when it joined (1 for the first). */
  scores: number[];
  outlets: string[];
  /** First and last known day (days since 1970-01-01), or null when no article had a date. */
  first: number | null;
  last: number | null;
  /** Days of the week its articles name (bits, see `Sketch.weekdays`); absent in states saved before. */
  weekdays?: number;
  /** Arrival number (see `ClustererState.arrivals`) of its last article. */
  arrival: number;
  /** Sum of the members' unit vectors, strongest terms only; empty once the story is closed. */
  centroid: Record<string, number>;
  /** False once the story fell out of the time window: it keeps its articles but takes no more. */
  open: boolean;
}

/** Everything needed to rebuild a clusterer: JSON in, JSON out. */
export interface ClustererState {
  version: 1;
  options: ClusterOptions;
  documents: number;
  /** Term → number of articles that held it. */
  counts: Record<string, number>;
  /** Newest day seen, or null. */
  newest: number | null;
  /** Articles added so far (a clock for stories without dates). */
  arrivals: number;
  stories: StoryState[];
}
