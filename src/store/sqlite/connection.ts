import type BetterSqlite3 from 'better-sqlite3';
import { StoreError } from '../errors.js';
import type { Sql, SqlValue } from '../sql.js';

/** What better-sqlite3 says when a file is not a database or is damaged. */
const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/** Turns a damaged-file error into a StoreError naming the file; others pass. */
export function explain(error: unknown, file: string): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (DAMAGED.has(code)) return new StoreError('STORE_NOT_A_DATABASE', file, (error as Error).message);
  return error;
}

/** One open database, shared by a connection and its transactions. */
interface Connection {
  db: BetterSqlite3.Database;
  file: string;
  statements: Map<string, BetterSqlite3.Statement>;
  /** The open transaction, which other calls wait for. */
  busy: Promise<void> | null;
}

/**
 * `Sql` over one better-sqlite3 connection. better-sqlite3 is synchronous; these methods are async
 * so that the store has one shape. While a transaction awaits, other calls on the connection wait
 * for it to end, so they never run inside it by accident.
 */
export class SqliteSql implements Sql {
  private readonly c: Connection;

  constructor(db: BetterSqlite3.Database | Connection, file = '', private readonly inside = false) {
    this.c = 'statements' in db ? db : { db, file, statements: new Map(), busy: null };
  }

  /** Runs `fn` once no transaction of another caller is open; nothing is awaited between the check and `fn`. */
  private async when<T>(fn: () => T): Promise<T> {
    if (!this.inside) while (this.c.busy) await this.c.busy;
    try {
      return fn();
    } catch (e) {
      throw explain(e, this.c.file);
    }
  }

  private prepare(sql: string): BetterSqlite3.Statement {
    let s = this.c.statements.get(sql);
    if (!s) {
      s = this.c.db.prepare(sql);
      if (this.c.statements.size > 500) this.c.statements.clear();
      this.c.statements.set(sql, s);
    }
    return s;
  }

  all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return this.when(() => this.prepare(sql).all(...params) as T[]);
  }

  get<T>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return this.when(() => this.prepare(sql).get(...params) as T | undefined);
  }

  run(sql: string, params: SqlValue[] = []): Promise<number> {
    return this.when(() => {
      const s = this.prepare(sql);
      return s.reader ? s.all(...params).length : s.run(...params).changes;
    });
  }

  exec(script: string): Promise<void> {
    return this.when(() => void this.c.db.exec(script));
  }

  /** One write transaction at a time (BEGIN IMMEDIATE takes SQLite's write lock, across processes too). */
  async transaction<T>(work: (sql: Sql) => Promise<T>, _lock: string): Promise<T> {
    if (this.inside) return work(this);
    let release!: () => void;
    await this.when(() => {
      this.c.db.exec('BEGIN IMMEDIATE');
      this.c.busy = new Promise((resolve) => (release = resolve));
    });
    try {
      const result = await work(new SqliteSql(this.c, this.c.file, true));
      this.c.db.exec('COMMIT');
      return result;
    } catch (e) {
      if (this.c.db.inTransaction) this.c.db.exec('ROLLBACK');
      throw explain(e, this.c.file);
    } finally {
      this.c.busy = null;
      release();
    }
  }

  async close(): Promise<void> {
    await this.when(() => this.c.db.open && this.c.db.close());
  }
}
