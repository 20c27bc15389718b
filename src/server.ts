/**
 * corroborate's HTTP app, as its own entry point (`corroborate/server`) so that the library's main
 * entry does not load the web stack: `createApp(ctx).fetch` is the whole server.
 * @example const app = createApp({ store: await openStore(), maxBodyBytes: DEFAULT_MAX_BODY_BYTES, remote: {} }); listen(app, { port: 8080 })
 */
export { createApp } from './serve/app.js';
export { DEFAULT_MAX_BODY_BYTES } from './serve/context.js';
export type { AppContext } from './serve/context.js';
export { listen } from './serve/node.js';
export type { ListenOptions, ServerHandle } from './serve/node.js';
export { openQueue, enqueue, runWorker } from './queue/index.js';
export type { WorkerOptions, WorkerTotals } from './queue/index.js';
