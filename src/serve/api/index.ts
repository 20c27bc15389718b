import { Hono } from 'hono';
import type { AppContext } from '../context.js';
import { onApiError } from '../errors.js';
import { openApiDocument } from '../openapi/index.js';
import { NoQuery, parseQuery } from '../params.js';
import { articlesRoutes } from './articles.js';
import { compareRoutes } from './compare.js';
import { unmatched } from './fallback.js';
import { ingestRoutes } from './ingest.js';
import { outletsRoutes } from './outlets.js';
import { searchRoutes } from './search.js';
import { storiesRoutes } from './stories.js';

/**
 * The JSON API: one route group per file, mounted under `/api/`, plus `/openapi.json`. Every error
 * is `{ error: { code, message } }`; unknown paths are 404 and known paths asked with another
 * method 405, both answered here so that the web pages never see an /api path.
 */
export function createApi(ctx: AppContext): Hono {
  const api = new Hono();
  api.onError(onApiError);
  api.route('/api/stories', storiesRoutes(ctx));
  api.route('/api/articles', articlesRoutes(ctx));
  api.route('/api/outlets', outletsRoutes(ctx));
  api.route('/api/search', searchRoutes(ctx));
  api.route('/api/ingest', ingestRoutes(ctx));
  api.route('/api/compare', compareRoutes(ctx));
  const document = openApiDocument();
  api.get('/openapi.json', (c) => {
    parseQuery(c, NoQuery);
    return c.json(document);
  });
  const fallback = unmatched(() => api.routes);
  api.all('/api', fallback);
  api.all('/api/*', fallback);
  api.all('/openapi.json', fallback);
  return api;
}
