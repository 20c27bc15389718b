import PgBoss from 'pg-boss';
import { isPostgresUrl } from '../store/index.js';

/** The queue ingest jobs go through. */
export const QUEUE = 'corroborate-ingest';

/** A job: one numbered batch, as articles already read, or as URLs for the worker to fetch. */
export interface IngestJob {
  batch: number;
  inputs?: import('../model/index.js').ArticleInput[];
  urls?: string[];
}

/** Tries per job before its batch is given up (marked failed, so that later batches go on). */
export const RETRY_LIMIT = 2;

/**
 * Starts pg-boss on the store's PostgreSQL database, in the schema `<store schema>_queue` (or
 * `corroborate_queue`), and makes sure the ingest queue exists. Throws a plain message for a
 * SQLite store: the queue lives in PostgreSQL.
 */
export async function openQueue(dbUrl: string): Promise<PgBoss> {
  if (!isPostgresUrl(dbUrl)) throw new Error('workers share their work through PostgreSQL: give --db postgres://… (or CORROBORATE_DB)');
  const parsed = new URL(dbUrl);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  const boss = new PgBoss({ connectionString: parsed.toString(), schema: `${schema ?? 'corroborate'}_queue`, max: 4, supervise: true, schedule: false });
  boss.on('error', () => {
    // pg-boss retries its own maintenance; a job's failure is reported by the job itself.
  });
  await boss.start();
  if (!(await boss.getQueue(QUEUE))) {
    await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: RETRY_LIMIT, retryDelay: 2, retryBackoff: true }).catch(async (e: unknown) => {
      // Another process created it at the same moment.
      if (!(await boss.getQueue(QUEUE))) throw e;
    });
  }
  return boss;
}
