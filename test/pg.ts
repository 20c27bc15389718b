/** The PostgreSQL the tests use, whether it answers, and dropping what a test run created there. */
import pg from 'pg';

/** CORROBORATE_TEST_PG, else the project's machines' PostgreSQL (trust auth, database `test`). */
export const PG_SERVER = process.env.CORROBORATE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Null when the server answers, else why not. */
export async function pgUnreachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_SERVER, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as Error).message || (e as { code?: string }).code || 'no answer';
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Drops the schemas (and their `_queue` schemas, where pg-boss keeps its tables). */
export async function dropSchemas(schemas: string[]): Promise<void> {
  if (!schemas.length) return;
  const client = new pg.Client({ connectionString: PG_SERVER });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE; DROP SCHEMA IF EXISTS "${s}_queue" CASCADE`);
  } finally {
    await client.end();
  }
}
