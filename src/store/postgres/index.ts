import pg from 'pg';
import { redact, StoreError } from '../errors.js';
import { migrate } from '../migrate.js';
import { SqlStore } from '../sql-store.js';
import type { Store } from '../types.js';
import { PostgresSql } from './connection.js';
import { postgresDialect } from './dialect.js';
import { migrations } from './migrations/index.js';

/** Connections per process: the work is mostly one transaction at a time. */
export const POOL_SIZE = 4;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/i;
/** unique_violation, duplicate_schema. */
const RACED = new Set(['23505', '42P06']);

/**
 * Opens a PostgreSQL store: `postgres://user@host:port/database`, with an optional `?schema=name`
 * to keep corroborate's tables in their own schema (created if missing). Migrations are applied
 * under an advisory lock, so that workers starting together do not race.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const where = redact(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (e) {
    throw new StoreError('STORE_BAD_URL', where, (e as Error).message);
  }
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema)) throw new StoreError('STORE_BAD_URL', where, `schema "${schema}" is not a plain name`);
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: POOL_SIZE,
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', () => {
    // An idle connection that dies is replaced at the next query; nothing to do here.
  });
  try {
    await pool.query(schema ? `CREATE SCHEMA IF NOT EXISTS "${schema}"` : 'SELECT 1');
  } catch (e) {
    await pool.end();
    // Two processes creating one schema at once: the other one won.
    if (RACED.has((e as { code?: string }).code ?? '')) return openPostgresStore(url);
    throw new StoreError('STORE_UNREACHABLE', `${parsed.host}${parsed.pathname}`, (e as Error).message || (e as { code?: string }).code || 'no answer');
  }
  const sql = new PostgresSql(pool, schema ?? 'public');
  try {
    await migrate(sql, migrations, where);
  } catch (e) {
    await pool.end();
    throw e;
  }
  return new SqlStore(sql, postgresDialect);
}
