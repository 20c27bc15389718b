import { Hono } from 'hono';
import { ingest } from '../../stories/index.js';
import type { AppContext } from '../context.js';
import { nothingUsable, readArticles } from './inputs.js';

/**
 * `POST /api/ingest`: stores the posted articles and groups them into stories, as `corroborate
 * ingest` does. 201 when something new was stored, 200 when everything was already there, 400
 * (with the messages saying why) when the body held no usable article.
 */
export function ingestRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.post('/', async (c) => {
    const read = await readArticles(c, ctx);
    if (read.inputs.length === 0) throw nothingUsable(read.messages);
    const result = await ingest(ctx.store, read.inputs);
    return c.json({ ...result, messages: [...read.messages, ...result.messages] }, result.stored > 0 ? 201 : 200);
  });
  return routes;
}
