/** How articles are read into term weights: which words count, and how much. */
export interface SketchOptions {
  /** Weight of a title word, against 1 for a word far into the body. */
  titleWeight: number;
  /** Extra weight of the first body words, fading with position: `1 + leadBoost · h / (h + k)` at word k. */
  leadBoost: number;
  /** The `h` above: how many words into the body the lead boost has halved. */
  leadHalfLife: number;
  /** Factor for a capitalised word inside a sentence (a name: who and where). */
  nameBoost: number;
  /** Factor for a figure (numbers of two or more characters: how many, how much, which year). */
  numberBoost: number;
  /** Body words read at most; events are told in the first paragraphs. */
  maxWords: number;
  /** Body words in which a named day of the week counts as the day of the event (the lead's). */
  weekdayWords: number;
  /** Words whose frequency rank in English news is at most this are skipped (the, of, said…). */
  stopRank: number;
}

/** How articles are grouped into stories. */
export interface ClusterOptions extends SketchOptions {
  /** Least similarity (0..1) between an article and a story for the article to join it. */
  threshold: number;
  /**
   * A short article, whose weight sits in a few terms, reaches a high similarity by sharing one or
   * two names by chance; so the threshold grows with the length of the article's three strongest
   * terms in its unit vector: it is `threshold` when that length is `focus`, and in proportion
   * otherwise (0: a fixed threshold).
   */
  focus: number;
  /**
   * A score below `threshold + margin` is ambiguous: the article joins only if the story beats the
   * runner-up story by `margin`; otherwise it starts a story of its own.
   */
  margin: number;
  /**
   * How a story's size counts: 0 compares an article with the story's centroid direction (a story
   * that grows loose keeps attracting), 1 with the average of its articles (a loose story attracts less).
   */
  linkage: number;
  /**
   * Factor on the similarity when the article and the story name a common day of the week (Monday…),
   * and when both name days but none in common: reports of one event tell the same day, two events
   * of one kind (two shootings, two weekly jobless claims) mostly not. The day of the week stands in
   * for a date: when the article and the story both have dates, the time window speaks instead.
   */
  sameWeekday: number;
  otherWeekday: number;
  /** An article joins a story only if its date is within this many days of the story's dates (when both are known). */
  windowDays: number;
  /** How late (in days, behind the newest date seen) an article may arrive and still find its story. */
  latenessDays: number;
  /** A story without dates stops taking articles once this many articles arrived after its last. */
  undatedArrivals: number;
  /** Terms kept per article vector. */
  articleTerms: number;
  /** Terms kept per story centroid. */
  storyTerms: number;
  /** The article's strongest terms used to look up candidate stories. */
  queryTerms: number;
  /** A story's strongest terms under which it is indexed. */
  indexTerms: number;
  /** Candidate stories scored in full. */
  candidates: number;
  /** Stories read at most from the end (the most recently changed) of one term's list. */
  postingScan: number;
  /** Weight, in documents, of the background word frequencies before the stream's own counts take over. */
  priorDocuments: number;
}

/** The defaults: one set for every corpus. */
export const DEFAULTS: ClusterOptions = {
  titleWeight: 3.5,
  leadBoost: 1,
  leadHalfLife: 60,
  nameBoost: 1.5,
  numberBoost: 1.5,
  maxWords: 400,
  weekdayWords: 60,
  stopRank: 50,
  threshold: 0.2,
  focus: 0.4,
  margin: 0.1,
  sameWeekday: 1.1,
  otherWeekday: 0.75,
  linkage: 0.5,
  windowDays: 3,
  latenessDays: 3,
  undatedArrivals: 50_000,
  articleTerms: 100,
  storyTerms: 200,
  queryTerms: 12,
  indexTerms: 30,
  candidates: 10,
  postingScan: 2000,
  priorDocuments: 1000,
};
