/** Work shared by several processes through a PostgreSQL job queue (pg-boss): ingest jobs, numbered batches. */
export { openQueue, QUEUE, RETRY_LIMIT } from './boss.js';
export type { IngestJob } from './boss.js';
export { enqueue, URLS_PER_JOB } from './enqueue.js';
export type { Enqueued } from './enqueue.js';
export { runWorker } from './worker.js';
export type { WorkerOptions, WorkerTotals } from './worker.js';
