import type { Article } from '../model/index.js';
import type { Report } from '../report/schema.js';

/** An outlet's political lean, on AllSides' three-point scale. */
export type Lean = 'left' | 'center' | 'right';

/** A news outlet: who publishes, under which web domains, leaning which way. */
export interface Outlet {
  name: string;
  /** Web domains without `www.` ("cnn.com"); a subdomain ("edition.cnn.com") finds its parent. */
  domains: string[];
  lean: Lean | null;
  /** ISO 3166 country code or name, as the table gives it. */
  country: string | null;
  owner: string | null;
}

/** An article as the store keeps it: the ingested article, its identity and where it went. */
export interface StoredArticle extends Article {
  /** Hash of the normalised text: the same text is the same content, whatever the URL. */
  hash: string;
  /** When the store first saw it (ISO timestamp). */
  addedAt: string;
  /** The story it was assigned to, or null while unassigned. */
  story: string | null;
  /** The outlet record it was matched to (by URL domain or name), or null. */
  outletName: string | null;
  lean: Lean | null;
}

/** What `putArticle` did. */
export interface PutResult {
  /** The id under which the article is stored (an earlier copy's id when it was already there). */
  id: string;
  /** False when the same article (same canonical URL, or same text from the same outlet) was already stored. */
  isNew: boolean;
  /** For a syndicated copy (another outlet's text, word for word or nearly), the original's id. */
  copyOf: string | null;
}

/** An article put into a story by the clusterer. */
export interface StoryAssignment {
  article: string;
  story: string;
  /** Similarity of the article to the story when it joined (1 for the first). */
  score: number;
  /** The story's title, when the clusterer has one; a new story otherwise takes its first article's. */
  title?: string | null;
}

/**
 * Where a batch of ingest work stands: `queued` (numbered, not stored yet), `stored` (its articles
 * are in, not yet in stories), `clustered` (done) or `failed` (given up; skipped).
 */
export type BatchState = 'queued' | 'stored' | 'clustered' | 'failed';

/** A batch of ingest work. Batches go into stories in the order of their numbers. */
export interface Batch {
  n: number;
  state: BatchState;
  /** Articles it stored (0 while queued). */
  articles: number;
}

/** An assignment as the store recorded it: `seq` grows with each one, in the order they were made. */
export interface RecordedAssignment {
  seq: number;
  article: string;
  story: string;
  score: number;
}

/** Independent sources (outlets, syndicated copies left out) of a story by lean. */
export interface Coverage {
  left: number;
  center: number;
  right: number;
  unknown: number;
}

/** A story as listed: its articles and how it is covered. */
export interface StoryRecord {
  id: string;
  title: string | null;
  /** Earliest and latest article date (or arrival time, for undated articles), ISO. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Article ids in arrival order. */
  articles: string[];
  /** Distinct outlets, in order of first appearance. */
  outlets: string[];
  /** Independent sources: distinct outlets with at least one article that is not a syndicated copy. */
  sources: number;
  coverage: Coverage;
  /** The side the coverage overwhelmingly comes from (a blindspot for the other), or null. */
  oneSided: 'left' | 'right' | null;
  /** Grows whenever the story's articles or title change; cached comparisons hold for one version. */
  version: number;
}

/** One article in a story's timeline. */
export interface TimelineEntry {
  article: string;
  outlet: string;
  title: string | null;
  date: string | null;
  url: string | null;
  lean: Lean | null;
  copyOf: string | null;
  score: number;
}

/** A story with its timeline, oldest first. */
export interface StoryDetail extends StoryRecord {
  timeline: TimelineEntry[];
}

/** Which stories `listStories` returns; all filters combine. */
export interface StoryFilter {
  /** Stories seen on or after this ISO date or timestamp. */
  since?: string;
  /** Stories with an article from this outlet (its name, a domain, or the outlet string of the article). */
  outlet?: string;
  /** Stories with at least one source of this lean. */
  lean?: Lean;
  /** Stories whose title, article titles or leads match these words. */
  query?: string;
  /** Only stories flagged one-sided. */
  oneSided?: boolean;
  /** Only stories with at least this many independent sources (outlets, syndicated copies left out). */
  minSources?: number;
  /** At most this many (default 50). */
  limit?: number;
  offset?: number;
}

/** A search result: an article. `rank` is higher for a better match, comparable within one search. */
export interface ArticleHit {
  id: string;
  title: string | null;
  outlet: string;
  date: string | null;
  story: string | null;
  /** A few words around the match, matched words in [brackets]. */
  snippet: string;
  rank: number;
}

/** A search result: a story. */
export interface StoryHit {
  id: string;
  title: string | null;
  lastSeen: string | null;
  sources: number;
  rank: number;
}

/** Both kinds of search results, best first. */
export interface SearchResults {
  articles: ArticleHit[];
  stories: StoryHit[];
}

/** What an outlets import changed. */
export interface OutletImport {
  added: number;
  updated: number;
}

/** Totals, for progress lines and benchmarks. */
export interface StoreCounts {
  articles: number;
  stories: number;
  outlets: number;
}

/**
 * Where corroborate keeps what it read: articles (each stored once), their stories, cached
 * comparisons, outlets and the clusterer's state. SQLite and PostgreSQL implement it and pass one
 * contract suite (test/store/contract.ts). Every method is async; none throws for bad content.
 */
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';

  /**
   * Stores an article once: the same canonical URL, or the same text from the same outlet, returns
   * the stored id with `isNew: false`. Another outlet's copy of a stored text (word for word, or
   * most of its paragraphs) is stored with `copyOf` set to the original. The article's own id is
   * kept unless another article holds it.
   */
  putArticle(article: Article, batch?: number): Promise<PutResult>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Articles by id, in the order asked; unknown ids are left out. */
  getArticles(ids: string[]): Promise<StoredArticle[]>;
  /** Ids of articles not yet in a story, oldest first: what an interrupted ingest left to do. */
  unassigned(limit?: number): Promise<string[]>;

  /**
   * Puts articles into stories (moving one that was elsewhere) and refreshes those stories; resolves
   * to the number of the last assignment recorded (see `assignmentsSince`).
   */
  assign(assignments: StoryAssignment[]): Promise<number>;
  /** Assignments recorded after number `after`, oldest first: what other processes did meanwhile. */
  assignmentsSince(after: number, limit?: number): Promise<RecordedAssignment[]>;

  /** Numbers `count` new batches, queued, after all earlier ones. */
  queueBatches(count: number): Promise<number[]>;
  /** Records a batch's state, and how many articles it stored; creates the batch if need be. */
  setBatch(n: number, state: BatchState, articles?: number): Promise<void>;
  /** The lowest-numbered batch that is queued or stored, or null. */
  nextBatch(): Promise<Batch | null>;
  /** The articles of batch `n` not yet in a story, in the order stored. */
  batchArticles(n: number): Promise<string[]>;
  getStory(id: string): Promise<StoryDetail | null>;
  /** Stories newest first (latest article first), filtered. */
  listStories(filter?: StoryFilter): Promise<StoryRecord[]>;

  /**
   * The cached comparison of a story, if it was computed for the story's current version by the
   * engine `engine` (a version stamp; '' by default).
   */
  getComparison(story: string, engine?: string): Promise<Report | null>;
  /**
   * Caches a comparison computed at `version` by `engine`; ignored (false) when the story has changed
   * since. A story none of whose articles has a title takes the report's title (its version stays).
   */
  putComparison(story: string, version: number, report: Report, engine?: string): Promise<boolean>;

  /** Full-text search over articles (title and text) and stories (titles and leads). */
  search(query: string, options?: { limit?: number }): Promise<SearchResults>;

  /** Adds or updates outlets by name (case-insensitive); articles and stories pick up their leans. */
  importOutlets(outlets: Outlet[]): Promise<OutletImport>;
  /** The outlet of a domain or URL ("edition.cnn.com" finds "cnn.com"), or null. */
  outletByDomain(domainOrUrl: string): Promise<Outlet | null>;
  listOutlets(): Promise<Outlet[]>;

  /** An opaque JSON value kept under a name (the clusterer's state under "clusterer"), or null. */
  getState<T = unknown>(name: string): Promise<T | null>;
  /** Keeps a JSON value under a name; resolves to its new stamp. */
  putState(name: string, value: unknown): Promise<number>;
  /**
   * A number that grows each time the value under `name` is put (0 when there is none): a worker
   * holding the value from stamp n need not read it again while the stamp is still n.
   */
  stateStamp(name: string): Promise<number>;

  /**
   * Runs `work` in one transaction holding an exclusive lock named `lock` (default "ingest"): on
   * PostgreSQL an advisory lock, so that workers on many machines take turns; on SQLite the write
   * lock. Everything `work` does through `tx` commits together or not at all.
   */
  transaction<T>(work: (tx: Store) => Promise<T>, lock?: string): Promise<T>;

  counts(): Promise<StoreCounts>;
  /** The newest schema migration applied to the database. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
