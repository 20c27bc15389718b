import type { ArticleHit } from './types.js';

/** A value bound to a `?` placeholder. Arrays only where a dialect says it takes them (PostgreSQL). */
export type SqlValue = string | number | null | string[] | number[];

/**
 * The little a store needs from a database connection. SQL is written with `?` placeholders, in the
 * subset both SQLite and PostgreSQL read alike (ON CONFLICT, RETURNING, IS DISTINCT FROM).
 */
export interface Sql {
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: SqlValue[]): Promise<number>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  /**
   * Runs `work` in a transaction holding the lock `lock`. Inside a transaction, a nested call runs in
   * the same transaction (on PostgreSQL it takes the extra lock too).
   */
  transaction<T>(work: (sql: Sql) => Promise<T>, lock: string): Promise<T>;
  close(): Promise<void>;
}

/** An article found by full-text search, as the dialect's query returns it: the hit itself. */
export type ArticleHitRow = ArticleHit;

/** An article holding a paragraph: its row number and outlet. */
export interface Owner {
  seq: number;
  outlet: string;
}

/** What differs between SQLite and PostgreSQL beyond the shared SQL: full-text search and bulk lookups. */
export interface Dialect {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * When stories keep their searchable text in a column, the assignment that sets it from one `?`
   * (used in the UPDATE that refreshes a story); otherwise null and `setStorySearch` is called.
   */
  readonly storySearchSet: string | null;
  /** Replaces the searchable text of the story with row number `seq`. */
  setStorySearch(sql: Sql, seq: number, body: string | null): Promise<void>;
  /** Articles matching all `words` (or, when `any`, one of them), best first. */
  searchArticles(sql: Sql, words: string[], any: boolean, limit: number): Promise<ArticleHitRow[]>;
  /** Row numbers and ranks of stories matching the words, best first. */
  searchStories(sql: Sql, words: string[], any: boolean, limit: number): Promise<{ seq: number; rank: number }[]>;
  /** A condition on `s` (the stories table) that holds when the story matches all the words. */
  storyMatch(words: string[]): { where: string; params: SqlValue[] };
  /** For each paragraph hash, the articles holding it (row number, outlet key); a hash is recorded for a bounded number of articles. */
  paragraphOwners(sql: Sql, hashes: string[]): Promise<Map<string, Owner[]>>;
  /** Records that article `seq` holds these paragraph hashes. */
  addParagraphs(sql: Sql, seq: number, hashes: string[]): Promise<void>;
}
