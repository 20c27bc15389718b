import type { Article } from '../model/index.js';
import type { Report } from '../report/schema.js';
import * as articles from './articles.js';
import { assign as assignStories } from './assign.js';
import * as batches from './batches.js';
import * as outlets from './outlets.js';
import type { Dialect, Sql } from './sql.js';
import * as stories from './stories.js';
import type {
  Batch, BatchState, Outlet, OutletImport, RecordedAssignment, PutResult, SearchResults, Store, StoreCounts, StoredArticle, StoryAssignment, StoryDetail, StoryFilter, StoryHit, StoryRecord,
} from './types.js';

/** Words of a search, as both full-text engines are asked for them. */
export function searchWords(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 32);
}

/** The `Store` over any SQL database that gives a `Sql` connection and a `Dialect`. */
export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';

  constructor(
    private readonly sql: Sql,
    private readonly dialect: Dialect,
    private readonly directory = new outlets.OutletDirectory(),
  ) {
    this.kind = dialect.kind;
  }

  putArticle(article: Article, batch?: number): Promise<PutResult> {
    return articles.putArticle(this.sql, this.dialect, this.directory, article, batch);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    return (await articles.getArticles(this.sql, [id]))[0] ?? null;
  }

  getArticles(ids: string[]): Promise<StoredArticle[]> {
    return articles.getArticles(this.sql, ids);
  }

  async unassigned(limit = 1000): Promise<string[]> {
    const rows = await this.sql.all<{ id: string }>(
      'SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article = a.id) ORDER BY a.seq LIMIT ?',
      [limit],
    );
    return rows.map((r) => r.id);
  }

  assign(assignments: StoryAssignment[]): Promise<number> {
    return assignStories(this.sql, this.dialect, assignments);
  }

  assignmentsSince(after: number, limit = 1000): Promise<RecordedAssignment[]> {
    return batches.assignmentsSince(this.sql, after, limit);
  }

  queueBatches(count: number): Promise<number[]> {
    return batches.queueBatches(this.sql, count);
  }

  setBatch(n: number, state: BatchState, articles?: number): Promise<void> {
    return batches.setBatch(this.sql, n, state, articles);
  }

  nextBatch(): Promise<Batch | null> {
    return batches.nextBatch(this.sql);
  }

  batchArticles(n: number): Promise<string[]> {
    return batches.batchArticles(this.sql, n);
  }

  getStory(id: string): Promise<StoryDetail | null> {
    return stories.getStory(this.sql, id);
  }

  listStories(filter: StoryFilter = {}): Promise<StoryRecord[]> {
    return stories.listStories(this.sql, this.dialect, filter, searchWords(filter.query ?? ''));
  }

  async getComparison(story: string, engine = ''): Promise<Report | null> {
    const row = await this.sql.get<{ report: string }>(
      'SELECT c.report FROM comparisons c JOIN stories s ON s.id = c.story WHERE c.story = ? AND c.version = s.version AND c.engine = ?',
      [story, engine],
    );
    return row ? (JSON.parse(row.report) as Report) : null;
  }

  async putComparison(story: string, version: number, report: Report, engine = ''): Promise<boolean> {
    const changed = await this.sql.run(
      `INSERT INTO comparisons (story, version, report, created_at, engine) SELECT s.id, s.version, ?, ?, ? FROM stories s WHERE s.id = ? AND s.version = ?
       ON CONFLICT (story) DO UPDATE SET version = excluded.version, report = excluded.report, created_at = excluded.created_at, engine = excluded.engine`,
      [JSON.stringify(report), new Date().toISOString(), engine, story, version],
    );
    if (changed > 0) {
      // A story of untitled articles (plain texts) is known by its first line until compared: then by the report's headline.
      const retitled = await this.sql.run(
        `UPDATE stories SET title = ? WHERE id = ? AND title IS DISTINCT FROM ?
         AND NOT EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article WHERE sa.story = stories.id AND a.title IS NOT NULL)`,
        [report.title, story, report.title],
      );
      if (retitled) await stories.refreshStories(this.sql, this.dialect, [story], false);
    }
    return changed > 0;
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchResults> {
    const words = searchWords(query);
    const limit = options.limit ?? 20;
    if (!words.length) return { articles: [], stories: [] };
    let found = await this.dialect.searchArticles(this.sql, words, false, limit);
    if (!found.length && words.length > 1) found = await this.dialect.searchArticles(this.sql, words, true, limit);
    let ranked = await this.dialect.searchStories(this.sql, words, false, limit);
    if (!ranked.length && words.length > 1) ranked = await this.dialect.searchStories(this.sql, words, true, limit);
    const hits: StoryHit[] = [];
    for (const { seq, rank } of ranked) {
      const s = await this.sql.get<{ id: string; title: string | null; last_seen: string | null; sources: number }>(
        'SELECT id, title, last_seen, sources FROM stories WHERE seq = ?',
        [seq],
      );
      if (s) hits.push({ id: s.id, title: s.title, lastSeen: s.last_seen, sources: Number(s.sources), rank: Number(rank) });
    }
    return { articles: found.map((a) => ({ ...a, rank: Number(a.rank) })), stories: hits };
  }

  async importOutlets(list: Outlet[]): Promise<OutletImport> {
    try {
      return await this.sql.transaction(async (sql) => {
        const { added, updated, stories: touched } = await outlets.importOutlets(sql, list, this.directory);
        await stories.refreshStories(sql, this.dialect, touched, false);
        return { added, updated };
      }, 'stories');
    } finally {
      this.directory.invalidate();
    }
  }

  async outletByDomain(domainOrUrl: string): Promise<Outlet | null> {
    const row = await outlets.findByDomain(this.sql, domainOrUrl);
    if (!row) return null;
    const domains = await this.sql.all<{ domain: string }>('SELECT domain FROM outlet_domains WHERE outlet_id = ? ORDER BY domain', [Number(row.id)]);
    return outlets.toOutlet(row, domains.map((d) => d.domain));
  }

  listOutlets(): Promise<Outlet[]> {
    return outlets.listOutlets(this.sql);
  }

  async getState<T = unknown>(name: string): Promise<T | null> {
    const row = await this.sql.get<{ value: string }>('SELECT value FROM state WHERE name = ?', [name]);
    return row ? (JSON.parse(row.value) as T) : null;
  }

  async putState(name: string, value: unknown): Promise<number> {
    const row = await this.sql.get<{ stamp: number }>(
      `INSERT INTO state (name, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, stamp = state.stamp + 1 RETURNING stamp`,
      [name, JSON.stringify(value ?? null), new Date().toISOString()],
    );
    return Number(row?.stamp ?? 0);
  }

  async stateStamp(name: string): Promise<number> {
    return Number((await this.sql.get<{ stamp: number }>('SELECT stamp FROM state WHERE name = ?', [name]))?.stamp ?? 0);
  }

  transaction<T>(work: (tx: Store) => Promise<T>, lock = 'ingest'): Promise<T> {
    return this.sql.transaction((sql) => work(new SqlStore(sql, this.dialect, this.directory)), lock);
  }

  async counts(): Promise<StoreCounts> {
    const count = async (table: string): Promise<number> => Number((await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0);
    return { articles: await count('articles'), stories: await count('stories'), outlets: await count('outlets') };
  }

  async schemaVersion(): Promise<number> {
    return Number((await this.sql.get<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations'))?.v ?? 0);
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
