import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../src/store/index.js';
import { storeContract } from './contract.js';

/** The test server: CORROBORATE_TEST_PG, else the project's machines' PostgreSQL (trust auth, database `test`). */
const SERVER = process.env.CORROBORATE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
/** One schema per test run, dropped at the end; each test gets its own inside-run suffix. */
const RUN = `corroborate_test_${randomBytes(4).toString('hex')}`;

/** Null when the server answers, else why not. */
async function unreachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 3000 });
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

const why = await unreachable();
if (why) console.warn(`PostgreSQL store tests skipped: cannot connect to ${SERVER.replace(/\/\/[^@]*@/, '//')} (${why}). Start PostgreSQL to run them.`);

const schemas: string[] = [];
afterAll(async () => {
  if (why || !schemas.length) return;
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await client.end();
});

describe.skipIf(why !== null)(why ? `PostgreSQL store (skipped: ${why})` : 'PostgreSQL store', () => {
  storeContract('PostgreSQL', {
    fresh: async () => {
      const schema = `${RUN}_${schemas.length}`;
      schemas.push(schema);
      return `${SERVER}?schema=${schema}`;
    },
    concurrentConnections: true,
  });
});

describe('PostgreSQL store: the connection', () => {
  it('says plainly where it could not connect, instead of crashing', async () => {
    const error = await openStore('postgres://nobody:secret@127.0.0.1:1/none').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_UNREACHABLE');
    expect((error as Error).message).toMatch(/cannot connect to PostgreSQL at 127\.0\.0\.1:1\/none: .+is it running/);
    expect((error as Error).message).not.toContain('secret');
  });

  it('refuses a schema name that is not a plain name', async () => {
    await expect(openStore('postgres://127.0.0.1:1/test?schema=a;drop')).rejects.toThrow(/schema "a;drop" is not a plain name/);
  });
});
