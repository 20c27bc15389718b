import type PgBoss from 'pg-boss';
import { readInputs, toArticles, type ReadOptions } from '../ingest/index.js';
import { makeStories, storeBatch, storyMaker } from '../stories/index.js';
import type { Store } from '../store/types.js';
import { QUEUE, type IngestJob } from './boss.js';

/** What a worker did. */
export interface WorkerTotals {
  jobs: number;
  stored: number;
  duplicates: number;
  assigned: number;
  failed: number;
}

export interface WorkerOptions {
  /** How the URLs of a job are fetched. */
  read?: ReadOptions;
  /** Stop once no work is left anywhere (the queue empty, every batch in stories). */
  once?: boolean;
  /** Jobs run at once by this process (default 1). */
  concurrency?: number;
  /** A line for the log. */
  log?: (line: string) => void;
  /** Stops the worker (after the jobs in hand) when aborted. */
  signal?: AbortSignal;
}

/** Seconds a queued batch may wait with no job left for it before it is given up as lost. */
const ORPHAN_SECONDS = 30;

/**
 * Works on the ingest queue until stopped (or, with `once`, until no work is left): each job's
 * articles are read (its URLs fetched), normalised and stored as its batch, outside any shared lock,
 * then whatever batches are ready are put into stories in order under the ingest lock. Several
 * workers, on one machine or many, give the stories one process would give.
 */
export async function runWorker(store: Store, boss: PgBoss, options: WorkerOptions = {}): Promise<WorkerTotals> {
  const log = options.log ?? (() => {});
  const maker = storyMaker();
  const totals: WorkerTotals = { jobs: 0, stored: 0, duplicates: 0, assigned: 0, failed: 0 };
  let active = 0;
  const handle = async ([job]: PgBoss.JobWithMetadata<IngestJob>[]): Promise<void> => {
    active++;
    const { batch } = job.data;
    try {
      let inputs = job.data.inputs ?? [];
      if (job.data.urls?.length) inputs = [...inputs, ...(await readInputs(job.data.urls, options.read)).inputs];
      const stored = await storeBatch(store, toArticles(inputs).articles, batch);
      const made = await makeStories(store, maker, stored.fresh);
      totals.jobs++;
      totals.stored += stored.stored;
      totals.duplicates += stored.duplicates;
      totals.assigned += made.assigned;
      log(`batch ${batch}: ${stored.stored} stored, ${stored.duplicates} already stored; ${made.assigned} put into stories`);
    } catch (e) {
      if (job.retryCount >= job.retryLimit) {
        totals.failed++;
        await store.setBatch(batch, 'failed').catch(() => {});
        log(`batch ${batch} failed for good: ${(e as Error).message}`);
      }
      throw e;
    } finally {
      active--;
    }
  };
  const ids = await Promise.all(
    Array.from({ length: Math.max(1, options.concurrency ?? 1) }, () =>
      boss.work<IngestJob>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true }, handle),
    ),
  );
  let orphan = -1;
  let orphanSince = 0;
  while (!options.signal?.aborted) {
    await new Promise((r) => setTimeout(r, 1000));
    const waiting = await boss.getQueueSize(QUEUE, { before: 'completed' });
    if (waiting > 0 || active > 0) {
      orphan = -1;
      continue;
    }
    const next = await store.nextBatch();
    if (next?.state === 'stored') totals.assigned += (await makeStories(store, maker, undefined, true)).assigned;
    else if (next?.state === 'queued') {
      // No job is queued, retrying or running, yet a batch waits: its job was lost (an enqueuer died).
      if (orphan !== next.n) [orphan, orphanSince] = [next.n, Date.now()];
      else if (Date.now() - orphanSince > ORPHAN_SECONDS * 1000) {
        await store.setBatch(next.n, 'failed');
        log(`batch ${next.n} has no job left: given up so that later batches go on`);
      }
    } else {
      await makeStories(store, maker, undefined, true);
      if (options.once) break;
    }
  }
  for (const id of ids) await boss.offWork(id);
  await boss.offWork(QUEUE);
  await makeStories(store, maker, undefined, true);
  return totals;
}
