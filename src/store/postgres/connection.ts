import type pg from 'pg';
import type { Sql, SqlValue } from '../sql.js';

/** `?` placeholders as PostgreSQL's `$1, $2…` (the store's SQL has no `?` inside strings). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** PostgreSQL text cannot hold NUL characters; they carry nothing in an article. */
function clean(params: SqlValue[]): SqlValue[] {
  return params.map((p) => (typeof p === 'string' && p.includes('\0') ? p.replace(/\0/g, '') : p));
}

/**
 * `Sql` over a `pg` pool, or (inside a transaction) over one client of it. A transaction takes a
 * transaction-scoped advisory lock on its lock name, so that processes sharing the database take
 * turns on the same work, and releases it at COMMIT or ROLLBACK.
 */
export class PostgresSql implements Sql {
  private readonly texts: Map<string, { name: string; text: string }>;
  /** Locks this transaction already holds (until it ends). */
  private readonly held = new Set<string>();

  constructor(
    private readonly pool: pg.Pool,
    /** Locks are per schema: two stores in one database do not block each other. */
    private readonly scope: string,
    private readonly client: pg.PoolClient | null = null,
    texts?: Map<string, { name: string; text: string }>,
  ) {
    this.texts = texts ?? new Map();
  }

  /** The statement's text with numbered placeholders, and a name under which each connection prepares it once. */
  private text(sql: string): { name: string; text: string } {
    let t = this.texts.get(sql);
    if (t === undefined) this.texts.set(sql, (t = { name: `corroborate_${this.texts.size + 1}`, text: numbered(sql) }));
    return t;
  }

  private async query<T>(sql: string, params: SqlValue[]): Promise<pg.QueryResult & { rows: T[] }> {
    const on = this.client ?? this.pool;
    const { name, text } = this.text(sql);
    return (await on.query({ name, text, values: clean(params) })) as pg.QueryResult & { rows: T[] };
  }

  async all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return (await this.query<T>(sql, params)).rows;
  }

  async get<T>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return (await this.query<T>(sql, params)).rows[0];
  }

  async run(sql: string, params: SqlValue[] = []): Promise<number> {
    const r = await this.query(sql, params);
    return r.rowCount ?? r.rows.length;
  }

  async exec(script: string): Promise<void> {
    await (this.client ?? this.pool).query(script);
  }

  private async lock(client: pg.PoolClient, name: string): Promise<void> {
    if (this.held.has(name)) return;
    this.held.add(name);
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`corroborate:${this.scope}:${name}`]);
  }

  async transaction<T>(work: (sql: Sql) => Promise<T>, lock: string): Promise<T> {
    if (this.client) {
      await this.lock(this.client, lock);
      return work(this);
    }
    const client = await this.pool.connect();
    const tx = new PostgresSql(this.pool, this.scope, client, this.texts);
    let broken = false;
    try {
      await client.query('BEGIN');
      await tx.lock(client, lock);
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw e;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (!this.client) await this.pool.end();
  }
}
