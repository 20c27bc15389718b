import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { APP_JS } from './client.js';
import { APP_CSS } from './style.js';

/** One static file the pages link to. */
interface Asset {
  body: string;
  type: string;
  /** A hash of the content: part of the URL the pages use, so a new version is never read from a stale cache. */
  version: string;
}

const version = (body: string): string => createHash('sha256').update(body).digest('hex').slice(0, 12);

const ASSETS: Record<string, Asset> = {
  'app.js': { body: APP_JS, type: 'text/javascript; charset=utf-8', version: version(APP_JS) },
  'app.css': { body: APP_CSS, type: 'text/css; charset=utf-8', version: version(APP_CSS) },
};

/** The URL of an asset with its version, e.g. `/assets/app.css?v=3f2a…`. */
export function assetUrl(name: 'app.js' | 'app.css'): string {
  return `/assets/${name}?v=${ASSETS[name].version}`;
}

/**
 * `GET /assets/app.js` and `/assets/app.css`: served from memory with an ETag; a versioned URL may
 * be cached for a year, since its content never changes.
 */
export function assetRoutes(): Hono {
  const routes = new Hono();
  routes.get('/assets/:name', (c) => {
    const name = c.req.param('name');
    if (!Object.hasOwn(ASSETS, name)) return c.notFound();
    const asset = ASSETS[name];
    const etag = `"${asset.version}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', c.req.query('v') === asset.version ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    return c.body(asset.body, 200, { 'Content-Type': asset.type });
  });
  return routes;
}
