import type PgBoss from 'pg-boss';
import { readInputs, type ReadOptions } from '../ingest/index.js';
import type { Message } from '../model/index.js';
import { BATCH } from '../stories/index.js';
import type { Store } from '../store/types.js';
import { QUEUE, RETRY_LIMIT, type IngestJob } from './boss.js';

/** URLs per job: each worker fetches its own, politely. */
export const URLS_PER_JOB = 20;

const IS_URL = /^https?:\/\//i;

/** What `enqueue` queued. */
export interface Enqueued {
  batches: number;
  /** Articles read from files, queued as they are. */
  articles: number;
  /** URLs queued for workers to fetch. */
  urls: number;
  messages: Message[];
}

/**
 * Queues ingest work for `corroborate worker` processes: files are read here and queued as batches
 * of articles, URLs (pages and feeds) are queued for the workers to fetch. Each job is a batch
 * numbered in the order given, so stories come out as if one process had read everything in order.
 */
export async function enqueue(store: Store, boss: PgBoss, specs: string[], options: ReadOptions & { batchSize?: number } = {}): Promise<Enqueued> {
  const size = options.batchSize ?? BATCH;
  const urls = specs.filter((s) => IS_URL.test(s));
  const files = specs.filter((s) => !IS_URL.test(s));
  const read = files.length ? await readInputs(files, options) : { inputs: [], messages: [] };
  const jobs: Omit<IngestJob, 'batch'>[] = [];
  for (let i = 0; i < read.inputs.length; i += size) jobs.push({ inputs: read.inputs.slice(i, i + size) });
  for (let i = 0; i < urls.length; i += URLS_PER_JOB) jobs.push({ urls: urls.slice(i, i + URLS_PER_JOB) });
  for (const job of jobs) {
    const [batch] = await store.queueBatches(1);
    try {
      await boss.send(QUEUE, { ...job, batch } satisfies IngestJob, { retryLimit: RETRY_LIMIT });
    } catch (e) {
      // Not queued: let later batches go on without it.
      await store.setBatch(batch, 'failed');
      throw e;
    }
  }
  return { batches: jobs.length, articles: read.inputs.length, urls: urls.length, messages: read.messages };
}
