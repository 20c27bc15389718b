import { Hono } from 'hono';
import type { AppContext } from '../serve/context.js';
import { storyReport } from '../stories/index.js';
import { assetRoutes } from './assets/index.js';
import { postForm, showForm } from './compare/index.js';
import { errorPage, notFoundPage, page } from './layout.js';
import { listHtml, readListQuery } from './list.js';
import { storyHtml } from './story/index.js';

/**
 * The web pages, rendered on the server from the store: the story list (`/`), a story (`/stories/:id`)
 * and "compare your own" (`/compare`), with their one script and one style sheet under `/assets/`.
 * Every page works without script; app.js only adds popovers, sorting and drag-and-drop. Any other
 * GET path gets the 404 page, so mount this after the API.
 * @example app.route('/', createWebApp({ store, maxBodyBytes: DEFAULT_MAX_BODY_BYTES, remote: {} }))
 */
export function createWebApp(ctx: AppContext): Hono {
  const web = new Hono();
  web.route('/', assetRoutes());

  web.get('/', async (c) => {
    const { query, filter, notes } = readListQuery(c.req.query());
    const stories = await ctx.store.listStories(filter);
    return c.html(page({ title: 'Stories', section: 'stories', body: listHtml(stories, query, notes) }));
  });

  web.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const story = await ctx.store.getStory(id);
    const report = story ? await storyReport(ctx.store, id) : null;
    if (!story || !report) return c.html(notFoundPage('No such story'), 404);
    const arrived = new Map((await ctx.store.getArticles(story.articles)).map((a) => [a.id, a.addedAt]));
    const body = storyHtml({ report, story, timeline: story.timeline, arrived });
    return c.html(page({ title: report.title || story.title || 'Story', section: 'stories', body }));
  });

  web.get('/compare', (c) => showForm(c, ctx));
  web.post('/compare', (c) => postForm(c, ctx));

  web.get('*', (c) => c.html(notFoundPage('Page not found'), 404));
  web.onError((error, c) => {
    if (process.env.CORROBORATE_DEBUG === '1') console.error(error);
    return c.html(errorPage(), 500);
  });
  return web;
}
