import { Hono } from 'hono';
import { createWebApp } from '../web/index.js';
import { createApi } from './api/index.js';
import type { AppContext } from './context.js';
import { isApiPath, onApiError } from './errors.js';
import { securityHeaders } from './security.js';

/**
 * The whole server as one Hono app: `app.fetch(Request) => Response`. The JSON API lives under
 * `/api/` with its OpenAPI document at `/openapi.json`; the web pages are everything else. Tests
 * call `app.request('/api/stories')` directly; `src/serve/node.ts` serves it on a port.
 * @example const app = createApp({ store, maxBodyBytes: DEFAULT_MAX_BODY_BYTES, remote: {} });
 */
export function createApp(ctx: AppContext): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  // The API first: its catch-all answers every unknown /api path with JSON before the web pages see it.
  app.route('/', createApi(ctx));
  app.route('/', createWebApp(ctx));
  app.notFound((c) => c.text('not found\n', 404));
  app.onError((error, c) => {
    if (isApiPath(c.req.path)) return onApiError(error, c);
    if (process.env.CORROBORATE_DEBUG === '1') console.error(error);
    return c.text('internal error\n', 500);
  });
  return app;
}
