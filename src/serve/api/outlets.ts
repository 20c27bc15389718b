import { Hono } from 'hono';
import type { AppContext } from '../context.js';
import { NoQuery, parseQuery } from '../params.js';

/** `/api/outlets`: the outlets table (names, domains, lean, country, owner). */
export function outletsRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    parseQuery(c, NoQuery);
    return c.json({ outlets: await ctx.store.listOutlets() });
  });
  return routes;
}
