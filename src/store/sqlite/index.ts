import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { migrate } from '../migrate.js';
import { SqlStore } from '../sql-store.js';
import type { Store } from '../types.js';
import { explain, SqliteSql } from './connection.js';
import { sqliteDialect } from './dialect.js';
import { migrations } from './migrations/index.js';

/** How long a writer waits for another process's write lock before giving up (ms). */
export const BUSY_TIMEOUT = 30_000;

/**
 * Opens (creating if need be) a SQLite store at `file` (or `:memory:`): WAL journal, so readers never
 * wait for the writer and a killed process loses nothing committed; foreign keys on; migrations applied.
 * A file that is not a SQLite database gives a StoreError that says so.
 */
export async function openSqliteStore(file: string): Promise<Store> {
  if (file !== ':memory:' && existsSync(file) && statSync(file).isDirectory()) throw new StoreError('STORE_CANNOT_OPEN', file, 'it is a directory');
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT });
  } catch (e) {
    throw new StoreError('STORE_CANNOT_OPEN', file, (e as Error).message);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536');
    const sql = new SqliteSql(db, file);
    await migrate(sql, migrations, file);
    return new SqlStore(sql, sqliteDialect);
  } catch (e) {
    db.close();
    throw explain(e, file);
  }
}
