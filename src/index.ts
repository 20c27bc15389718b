/** corroborate's public API: free functions over plain data. */
export { compare, compareStory, DEFAULTS } from './compare.js';
export type { CompareOptions } from './compare.js';
export { toReport } from './report/json.js';
export { ReportSchema } from './report/schema.js';
export type { Report } from './report/schema.js';
export type * from './model/index.js';
export { errors } from './model/errors.js';
export { render } from './report/index.js';

// Stories at scale: the store, ingest in batches, the incremental clusterer, the work queue.
export { openStore, DEFAULT_DB, StoreError } from './store/index.js';
export type { Store, StoredArticle, StoryRecord, StoryDetail, StoryFilter, Outlet, Lean } from './store/index.js';
export { ingest, storyMaker, storyReport } from './stories/index.js';
export type { IngestOptions, IngestResult } from './stories/index.js';
export { createClusterer } from './cluster/index.js';
export type { Clusterer, ClusterOptions, ClustererState } from './cluster/index.js';
