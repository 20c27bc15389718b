import { Hono } from 'hono';
import type { AppContext } from '../context.js';
import { parseQuery, SearchQuery } from '../params.js';

/** `/api/search?q=`: full-text search over articles and stories, best first. */
export function searchRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    const q = parseQuery(c, SearchQuery);
    return c.json(await ctx.store.search(q.q, q.limit !== undefined ? { limit: q.limit } : {}));
  });
  return routes;
}
