import type { RemoteOptions } from '../ingest/index.js';
import type { Store } from '../store/types.js';

/** What the HTTP app serves from: shared by the JSON API (src/serve/) and the web pages (src/web/). */
export interface AppContext {
  /** The store the app reads stories from and ingests into. */
  store: Store;
  /** Largest request body accepted, in bytes; larger ones get 413. */
  maxBodyBytes: number;
  /** How URLs posted for ingest or comparison are fetched (private addresses refused unless allowed). */
  remote: Partial<RemoteOptions>;
}

/** 10 MB: a few hundred articles of JSON Lines, or a saved page with its markup. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
