/** Stories at scale: articles stored once, grouped into stories as they arrive, compared on demand. */
export { ingest, storeBatch, makeStories, BATCH } from './ingest.js';
export type { IngestOptions, IngestResult, StoredBatch } from './ingest.js';
export { storyMaker, CHECKPOINT_EVERY } from './make.js';
export type { MadeStories, StoryMaker } from './make.js';
export { storyReport } from './report.js';
export { ensureOutlets } from './outlets.js';
