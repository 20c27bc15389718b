import { Hono } from 'hono';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { NoQuery, parseQuery } from '../params.js';

/** `/api/articles/:id`: one stored article with its text, story and outlet. */
export function articlesRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.get('/:id', async (c) => {
    parseQuery(c, NoQuery);
    const article = await ctx.store.getArticle(c.req.param('id'));
    if (!article) throw new HttpError(404, 'NOT_FOUND', `article "${c.req.param('id')}"`);
    return c.json(article);
  });
  return routes;
}
