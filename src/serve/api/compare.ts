import { Hono } from 'hono';
import { compare } from '../../compare.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { nothingUsable, readArticles } from './inputs.js';

/** Most articles one comparison takes: a story, not a corpus (ingest groups a corpus into stories). */
export const MAX_COMPARE_ARTICLES = 50;

/**
 * `POST /api/compare`: compares the posted articles without storing anything and returns the
 * report, the same JSON as `corroborate compare --format json`. Messages met while reading the
 * body (a refused URL, a bad line) come first in the report's messages.
 */
export function compareRoutes(ctx: AppContext): Hono {
  const routes = new Hono();
  routes.post('/', async (c) => {
    const read = await readArticles(c, ctx);
    if (read.inputs.length === 0) throw nothingUsable(read.messages);
    if (read.inputs.length > MAX_COMPARE_ARTICLES) {
      throw new HttpError(400, 'BAD_BODY', `${read.inputs.length} articles; one comparison takes at most ${MAX_COMPARE_ARTICLES} (POST them to /api/ingest to group them into stories)`);
    }
    const report = compare(read.inputs);
    const messages = read.messages.map(({ severity, code, reason, file, stage }) => ({ severity, code, reason, stage, ...(file !== undefined ? { file } : {}) }));
    return c.json({ ...report, messages: [...messages, ...report.messages] });
  });
  return routes;
}
