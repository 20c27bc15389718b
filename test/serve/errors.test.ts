/** How the API refuses: JSON errors with the right status, size limits, and no crash on a failing handler. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/serve/app.js';
import { CONTENT_SECURITY_POLICY } from '../../src/serve/security.js';
import type { Store } from '../../src/store/types.js';
import { getJson, seededApp, type Seeded } from './seed.js';

let seeded: Seeded;
const post = (path: string, body: BodyInit, type: string, headers: Record<string, string> = {}) =>
  seeded.app.request(path, { method: 'POST', body, headers: { 'content-type': type, ...headers } });

beforeAll(async () => {
  seeded = await seededApp({ maxBodyBytes: 4096 });
}, 60_000);
afterAll(() => seeded.close());

describe('API errors', () => {
  it('answers an unknown API path with a JSON 404, never the web pages', async () => {
    for (const path of ['/api/nothing', '/api', '/api/stories/a/b/c']) {
      const { status, body } = await getJson(seeded.app, path);
      expect(status, path).toBe(404);
      expect(body.error.code).toBe('NOT_FOUND');
    }
  });

  it('answers a known path asked with the wrong method with 405 and Allow', async () => {
    for (const [method, path, allow] of [
      ['DELETE', '/api/stories', 'GET, HEAD'],
      ['POST', '/api/stories/x', 'GET, HEAD'],
      ['GET', '/api/ingest', 'POST'],
      ['PUT', '/api/compare', 'POST'],
      ['POST', '/openapi.json', 'GET, HEAD'],
    ]) {
      const { status, body, res } = await getJson(seeded.app, path, { method });
      expect(status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect(body.error.code).toBe('METHOD_NOT_ALLOWED');
    }
  });

  it('names the problem in a body that is not JSON', async () => {
    for (const body of ['{"outlet": "A", "text": ', '', 'not json']) {
      const res = await post('/api/ingest', body, 'application/json');
      expect(res.status, JSON.stringify(body)).toBe(400);
      const json = (await res.json()) as { error: { code: string; message: string } };
      expect(json.error.code).toBe('BAD_JSON');
      expect(json.error.message).toMatch(/not valid JSON: .+/);
    }
  });

  it('names the field of a JSON article that is wrong', async () => {
    const res = await post('/api/compare', JSON.stringify([{ outlet: 'A', text: 'One.' }, { outlet: 5, text: 'Two.' }]), 'application/json');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/1\.outlet/);
    const urls = await post('/api/ingest', JSON.stringify({ urls: 'https://a.example/' }), 'application/json');
    expect(urls.status).toBe(400);
    expect(((await urls.json()) as { error: { message: string } }).error.message).toMatch(/urls/);
  });

  it('refuses a body of a type it does not read with 415', async () => {
    const res = await post('/api/ingest', 'a,b\n1,2\n', 'text/csv');
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a body over the limit with 413, by its Content-Length or by counting a streamed body', async () => {
    const big = JSON.stringify([{ outlet: 'A', text: 'word '.repeat(2000) }]);
    const declared = await post('/api/ingest', big, 'application/json');
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'BODY_TOO_LARGE', message: expect.stringContaining('4 KB') });
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 1 KB chunks without end: only counting can stop it.
        sent++;
        controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
      },
    });
    const request = new Request('http://localhost/api/ingest', { method: 'POST', body: stream, headers: { 'content-type': 'text/plain' }, duplex: 'half' } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    const streamed = await seeded.app.fetch(request);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(10);
  });

  it('turns an exception in a handler into a JSON 500 and goes on serving', async () => {
    const failing: Partial<Store> = { listStories: () => Promise.reject(new Error('disk on fire')), listOutlets: () => { throw new TypeError('not a function'); } };
    const broken = new Proxy(seeded.store, { get: (store, name, receiver) => (failing as Record<string | symbol, unknown>)[name] ?? Reflect.get(store, name, receiver) });
    const app = createApp({ ...seeded.ctx, store: broken });
    const { status, body } = await getJson(app, '/api/stories');
    expect(status).toBe(500);
    expect(body).toEqual({ error: { code: 'INTERNAL', message: 'internal error: disk on fire' } });
    expect((await app.request('/api/outlets')).status).toBe(500);
    expect((await app.request('/api/stories/no-such')).status).toBe(404);
  });
});

describe('security headers', () => {
  it('sends the strict CSP, nosniff and no-referrer on API, web, error and 404 responses', async () => {
    for (const [path, method] of [['/api/stories', 'GET'], ['/', 'GET'], ['/api/nope', 'GET'], ['/api/stories', 'DELETE'], ['/no-such-page', 'GET'], ['/openapi.json', 'GET']]) {
      const res = await seeded.app.request(path, { method });
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
