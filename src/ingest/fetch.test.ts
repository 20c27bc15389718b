import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../test/server/index.js';
import { fetchUrl, retryAfterMs, USER_AGENT, type FetchOptions } from './fetch.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server.close());

/** Local tests: the server is on 127.0.0.1, so private addresses are allowed; waits are short. */
const LOCAL: Partial<FetchOptions> = { allowPrivate: true, timeoutMs: 2_000, connectTimeoutMs: 1_000, backoffMs: 10 };
const get = (path: string, options: Partial<FetchOptions> = {}) => fetchUrl(`${server.base}${path}`, { ...LOCAL, ...options });

describe('fetchUrl', () => {
  it('fetches a page, saying who it is in the User-Agent', async () => {
    const result = await get('/pages/herald.html');
    expect(result).toMatchObject({ ok: true, status: 200, contentType: 'text/html; charset=utf-8', truncated: false });
    if (result.ok) expect(result.bytes.toString('utf8')).toContain('Storm floods harbour town');
    expect(server.userAgents.at(-1)).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^corroborate\/\d+\.\d+\.\d+ \(\+https:\/\/.+\)$/);
  });

  it('refuses a loopback address unless private addresses are allowed, without sending a request', async () => {
    const before = server.hits.get('/pages/gazette.html') ?? 0;
    const result = await fetchUrl(`${server.base}/pages/gazette.html`);
    expect(result).toMatchObject({ ok: false, failure: 'refused' });
    if (!result.ok) expect(result.detail).toBe('127.0.0.1 is a loopback address; pass --allow-private to fetch from it');
    expect(server.hits.get('/pages/gazette.html') ?? 0).toBe(before);
  });

  it('checks the addresses a host name resolves to, not only IP literals', async () => {
    const port = new URL(server.base).port;
    const result = await fetchUrl(`http://localhost:${port}/pages/herald.html`);
    expect(result).toMatchObject({ ok: false, failure: 'refused' });
    if (!result.ok) expect(result.detail).toMatch(/^(127\.0\.0\.1|::1) is a loopback address/);
  });

  it('refuses a redirect from an allowed host to a refused one', async () => {
    const redirector = await startLocal((_req, res) => res.writeHead(302, { location: 'http://[::1]:9/secret' }).end());
    // A check that lets 127.0.0.1 through but not ::1: the redirect's target must be checked again.
    const refuse = (address: string): string | null => (address === '::1' ? 'a loopback' : null);
    const result = await fetchUrl(`${redirector.url}/go`, { ...LOCAL, allowPrivate: false, refuse });
    expect(result).toMatchObject({ ok: false, failure: 'refused', url: 'http://[::1]:9/secret' });
    await redirector.close();
  });

  it('gives up on a slow answer at the timeout', async () => {
    const started = Date.now();
    const result = await get('/slow', { timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, failure: 'timeout' });
    if (!result.ok) expect(result.detail).toBe('no complete answer within 300 ms');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('cuts a huge answer at the size cap and says so', async () => {
    const result = await get('/huge', { maxBytes: 1024 * 1024 });
    expect(result).toMatchObject({ ok: true, truncated: true });
    if (result.ok) expect(result.bytes.length).toBe(1024 * 1024);
  });

  it('follows redirects up to the cap, and fails a redirect loop', async () => {
    const moved = await get('/moved');
    expect(moved).toMatchObject({ ok: true, url: `${server.base}/pages/herald.html` });
    const loop = await get('/loop/a');
    expect(loop).toMatchObject({ ok: false, failure: 'redirects', detail: 'more than 5 redirects' });
    expect(server.hits.get('/loop/a')! + server.hits.get('/loop/b')!).toBe(6);
  });

  it('fails a 404 at once, without retrying', async () => {
    const result = await get('/missing?once');
    expect(result).toMatchObject({ ok: false, failure: 'status', status: 404, detail: 'not found (HTTP 404)' });
    expect(server.hits.get('/missing?once')).toBe(1);
  });

  it('refuses a body that is not a page or feed (an image) without reading it', async () => {
    const result = await get('/photo.png');
    expect(result).toMatchObject({ ok: false, failure: 'type', detail: 'the server sent image/png, not a web page or feed' });
  });

  it('retries a 503 and takes the 200 that follows', async () => {
    const result = await get('/flaky?retry-test');
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(server.hits.get('/flaky?retry-test')).toBe(2);
  });

  it('gives up after the retries on a server that stays down', async () => {
    const result = await get('/down?a', { retries: 2 });
    expect(result).toMatchObject({ ok: false, failure: 'status', status: 503, detail: 'the server answered HTTP 503' });
    expect(server.hits.get('/down?a')).toBe(3);
  });

  it('does not wait for a Retry-After longer than allowed', async () => {
    const busy = await startLocal((_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end());
    const started = Date.now();
    const result = await fetchUrl(`${busy.url}/`, { ...LOCAL, maxRetryAfterMs: 1_000 });
    expect(result).toMatchObject({ ok: false, failure: 'status', detail: 'too many requests (HTTP 429); the server asked to retry after 3600 s' });
    expect(Date.now() - started).toBeLessThan(1_000);
    await busy.close();
  });

  it('retries a refused connection, then names the problem', async () => {
    const closed = await startLocal(() => {});
    await closed.close();
    const result = await fetchUrl(`${closed.url}/`, { ...LOCAL, retries: 1 });
    expect(result).toMatchObject({ ok: false, failure: 'network', detail: 'connection refused' });
  });

  it('decompresses a gzip body', async () => {
    const result = await get('/gzip');
    expect(result.ok && result.bytes.toString('utf8')).toContain('Evening Post');
  });

  it('fails a URL that is not http or https, or not a URL', async () => {
    expect(await fetchUrl('ftp://example.org/a')).toMatchObject({ ok: false, failure: 'url' });
    expect(await fetchUrl('http://')).toMatchObject({ ok: false, failure: 'url', detail: 'not a valid URL' });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('5')).toBe(5_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});

/** A one-handler server on 127.0.0.1, for answers the shared test server does not give. */
async function startLocal(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}
