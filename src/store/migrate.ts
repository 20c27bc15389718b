import { StoreError } from './errors.js';
import type { Sql } from './sql.js';

/** One step of a database schema: applied once, in order, recorded in `schema_migrations`. */
export interface Migration {
  version: number;
  name: string;
  /** SQL script of several statements. */
  up: string;
}

/**
 * Brings a database up to the newest of `migrations`, each step in the same transaction as its record
 * in `schema_migrations`, under the `migrate` lock so that processes opening one database at once
 * take turns. Opening an up-to-date database changes nothing. Resolves to the versions applied.
 */
export async function migrate(sql: Sql, migrations: Migration[], where: string): Promise<number[]> {
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  return sql.transaction(async (tx) => {
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const top = Math.max(0, ...applied);
    if (top > newest) throw new StoreError('STORE_TOO_NEW', where, top);
    const done: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version)) continue;
      try {
        await tx.exec(m.up);
      } catch (e) {
        throw new StoreError('STORE_MIGRATION_FAILED', where, `version ${m.version} (${m.name}): ${(e as Error).message}`);
      }
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      done.push(m.version);
    }
    return done;
  }, 'migrate');
}
