import type { Handler } from 'hono';
import type { RouterRoute } from 'hono/types';
import { HttpError } from '../errors.js';

/**
 * The handler for API requests no route took: 405 with an `Allow` header when the path exists
 * under another method, else 404. `routes` is read at request time, so it sees every route.
 */
export function unmatched(routes: () => RouterRoute[]): Handler {
  return (c) => {
    const path = c.req.path;
    const allowed = new Set<string>();
    for (const route of routes()) {
      if (route.method === 'ALL' || !patternOf(route.path).test(path)) continue;
      allowed.add(route.method);
      if (route.method === 'GET') allowed.add('HEAD');
    }
    if (allowed.size === 0) throw new HttpError(404, 'NOT_FOUND', `${path}; /openapi.json lists the API's routes`);
    const allow = [...allowed].sort().join(', ');
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${path}; use ${allow}`, { Allow: allow });
  };
}

const patterns = new Map<string, RegExp>();

/** `/api/stories/:id` → a regular expression matching its paths (one segment per parameter). */
function patternOf(path: string): RegExp {
  let re = patterns.get(path);
  if (!re) {
    const source = path
      .split('/')
      .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    re = new RegExp(`^${source}$`);
    patterns.set(path, re);
  }
  return re;
}
