import { Hono } from 'hono';
import { sinceDate } from '../../model/since.js';
import { storyReport } from '../../stories/index.js';
import type { StoryFilter } from '../../store/types.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { isTrue, NoQuery, parseQuery, StoriesQuery } from '../params.js';

/**
 * `/api/stories`: the list (filtered, newest first), one story with its timeline, and its
 * comparison report (the same JSON as `corroborate compare --format json`, cached by the store).
 */
export function storiesRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    const q = parseQuery(c, StoriesQuery);
    const filter: StoryFilter = {
      ...(q.since ? { since: sinceDate(q.since) ?? undefined } : {}),
      ...(q.outlet ? { outlet: q.outlet } : {}),
      ...(q.lean ? { lean: q.lean } : {}),
      ...(q.q ? { query: q.q } : {}),
      ...(q.oneSided ? { oneSided: isTrue(q.oneSided) } : {}),
      ...(q.minSources !== undefined ? { minSources: q.minSources } : {}),
      ...(q.limit !== undefined ? { limit: q.limit } : {}),
      ...(q.offset !== undefined ? { offset: q.offset } : {}),
    };
    return c.json({ stories: await ctx.store.listStories(filter) });
  });
  routes.get('/:id', async (c) => {
    parseQuery(c, NoQuery);
    const story = await ctx.store.getStory(c.req.param('id'));
    if (!story) throw unknownStory(c.req.param('id'));
    return c.json(story);
  });
  routes.get('/:id/report', async (c) => {
    parseQuery(c, NoQuery);
    const report = await storyReport(ctx.store, c.req.param('id'));
    if (!report) throw unknownStory(c.req.param('id'));
    return c.json(report);
  });
  return routes;
}

function unknownStory(id: string): HttpError {
  return new HttpError(404, 'NOT_FOUND', `story "${id}"; GET /api/stories lists the stories`);
}
