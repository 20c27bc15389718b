/** Stories at scale: articles stored once, grouped into stories as they arrive, compared on demand. */
export { ingest, BATCH } from './ingest.js';
export type { IngestResult } from './ingest.js';
export { storyReport } from './report.js';
