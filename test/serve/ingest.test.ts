/** POST /api/ingest and /api/compare: every body kind, refusals, and untrusted text coming back as data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/report/schema.js';
import { createApp } from '../../src/serve/app.js';
import { startServer, type TestServer } from '../server/index.js';
import { getJson, ROOT, seededApp, type Seeded } from './seed.js';

let seeded: Seeded;
let web: TestServer;
const post = (path: string, body: string, type: string) => getJson(seeded.app, path, { method: 'POST', body, headers: { 'content-type': type } });
const input = (name: string) => readFileSync(join(ROOT, 'test/fixtures/inputs', name), 'utf8');
const STORM_A = input('storm-a.txt');
const STORM_B = input('storm-b.txt');

beforeAll(async () => {
  seeded = await seededApp();
  web = await startServer();
}, 60_000);
afterAll(async () => {
  await web.close();
  await seeded.close();
});

describe('POST /api/ingest', () => {
  it('stores JSON articles into a story (201), and says so when they are already stored (200)', async () => {
    const body = JSON.stringify([{ id: 'storm-a', outlet: 'Coastal Herald', date: '2024-03-05', text: STORM_A }, { id: 'storm-b', outlet: 'Eastmere Gazette', date: '2024-03-05', text: STORM_B }]);
    const first = await post('/api/ingest', body, 'application/json');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ stored: 2, duplicates: 0, assigned: 2 });
    const again = await post('/api/ingest', body, 'application/json; charset=utf-8');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ stored: 0, duplicates: 2 });
    const story = (await getJson(seeded.app, '/api/articles/storm-a')).body.story;
    expect((await getJson(seeded.app, `/api/stories/${story}`)).body.articles.sort()).toEqual(['storm-a', 'storm-b']);
  });

  it('reads JSON Lines, skipping a broken line with a message naming it', async () => {
    const { status, body } = await post('/api/ingest', input('articles.jsonl'), 'application/x-ndjson');
    expect(status).toBe(201);
    expect(body.stored).toBeGreaterThanOrEqual(2);
    expect(body.messages.find((m: { code: string }) => m.code === 'JSONL_BAD_LINE').reason).toMatch(/request body: line 2/);
    expect((await getJson(seeded.app, '/api/articles/herald')).body.outlet).toBe('Coastal Herald');
  });

  it('reads a saved HTML page, with its outlet and address from the query', async () => {
    const html = input('news-article.html').replace(/Coastal Herald/g, 'Harbour Herald');
    const { status, body } = await post('/api/ingest?outlet=Page%20Outlet&url=https%3A%2F%2Fpage.example%2Fstorm', html, 'text/html');
    expect(status).toBe(201);
    expect(body.stored).toBe(1);
    const hits = (await getJson(seeded.app, '/api/search?q=Eastmere')).body.articles as Array<{ id: string; outlet: string }>;
    const stored = (await getJson(seeded.app, `/api/articles/${hits.find((h) => h.outlet === 'Page Outlet')!.id}`)).body;
    expect(stored).toMatchObject({ url: 'https://page.example/storm', title: expect.stringMatching(/Storm floods harbour town/) });
    expect(stored.text).not.toMatch(/<p>|<script/);
    const badUrl = await post('/api/ingest?url=javascript:alert(1)', html, 'text/html');
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.message).toMatch(/url/);
  });

  it('fetches posted URLs, refusing private addresses unless the server allows them', async () => {
    const list = `# the page\n${web.base}/pages/herald.html\n`;
    const refused = await post('/api/ingest', list, 'text/plain');
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('NOTHING_USABLE');
    expect(refused.body.messages.map((m: { code: string }) => m.code)).toContain('URL_REFUSED');
    const allowing = createApp({ ...seeded.ctx, remote: { fetch: { allowPrivate: true } } });
    const res = await getJson(allowing, '/api/ingest', { method: 'POST', body: JSON.stringify({ urls: [`${web.base}/pages/herald.html`] }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(201);
    expect(res.body.stored).toBe(1);
    expect(web.hits.get('/pages/herald.html')).toBe(1);
  });

  it('never reads a local file named in a body', async () => {
    const { status, body } = await post('/api/ingest', JSON.stringify({ urls: [join(ROOT, 'examples/seeds/000_c0e403f38f26b5c2.txt'), 'file:///etc/passwd'] }), 'application/json');
    expect(status).toBe(400);
    expect(body.messages.filter((m: { code: string }) => m.code === 'URL_LIST_BAD_LINE')).toHaveLength(2);
  });

  it('takes a text/plain body without URLs as one plain-text article', async () => {
    const { status, body } = await post('/api/ingest?outlet=Plain%20Post', 'Bridge closed after crack found\n\nThe old river bridge in Lowford was closed on Friday after engineers found a crack in its central span, the county said.', 'text/plain');
    expect(status).toBe(201);
    expect(body.stored).toBe(1);
    const hit = (await getJson(seeded.app, '/api/search?q=Lowford')).body.articles[0];
    expect(hit).toMatchObject({ outlet: 'Plain Post', title: 'Bridge closed after crack found' });
  });

  it('answers 400 with the reasons when nothing usable was read', async () => {
    const { status, body } = await post('/api/ingest', '{"id":"x","outlet":"A"}\nnot json\n', 'application/x-ndjson');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'NOTHING_USABLE', message: expect.stringMatching(/line 1 has no "text"/) });
    expect(body.messages.map((m: { code: string }) => m.code)).toEqual(['JSONL_BAD_LINE', 'JSONL_NO_TEXT', 'NOTHING_TO_COMPARE']);
  });
});

describe('POST /api/compare', () => {
  it('compares posted articles without storing them', async () => {
    const before = await seeded.store.counts();
    const { status, body } = await post('/api/compare', JSON.stringify([{ outlet: 'Coastal Herald', text: STORM_A }, { outlet: 'Eastmere Gazette', text: STORM_B }]), 'application/json');
    expect(status).toBe(200);
    const report = ReportSchema.parse(body);
    expect(report.articles.map((a) => a.outlet)).toEqual(['Coastal Herald', 'Eastmere Gazette']);
    expect(report.facts.some((f) => f.status === 'consensus')).toBe(true);
    expect(await seeded.store.counts()).toEqual(before);
  }, 60_000);

  it('takes JSON Lines too, and puts the problems met reading the body first in the messages', async () => {
    const lines = [JSON.stringify({ outlet: 'A', text: STORM_A }), '{broken', JSON.stringify({ outlet: 'B', text: STORM_B })].join('\n');
    const { status, body } = await post('/api/compare', lines, 'application/x-ndjson');
    expect(status).toBe(200);
    expect(body.articles).toHaveLength(2);
    expect(body.messages[0]).toMatchObject({ code: 'JSONL_BAD_LINE' });
  }, 60_000);

  it('refuses more articles than one comparison takes', async () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ outlet: `O${i}`, text: `Article ${i} about something.` }));
    const { status, body } = await post('/api/compare', JSON.stringify(many), 'application/json');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/at most 50/);
  });
});

describe('untrusted text', () => {
  const PAYLOADS = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "javascript:alert('x')",
    '</script><svg onload=alert(1)>',
    "{{constructor.constructor('alert(1)')()}}",
  ];

  it('comes back from every route as JSON strings, exactly as sent, never as markup', async () => {
    const articles = PAYLOADS.map((p, i) => ({
      id: `xss-${i}`,
      outlet: `Outlet ${p}`,
      title: `Title ${p}`,
      url: `https://xss.example/${i}?q=${encodeURIComponent(p)}`,
      date: '2024-06-01',
      text: `The harbour wall at Penmore failed on Monday, ${p} the port authority said. Repairs will take ${i + 2} weeks, according to the authority.`,
    }));
    expect((await post('/api/ingest', JSON.stringify(articles), 'application/json')).status).toBe(201);
    const stored = (await getJson(seeded.app, '/api/articles/xss-1')).body;
    expect(stored).toMatchObject({ outlet: articles[1].outlet, title: articles[1].title, url: articles[1].url });
    expect(stored.text).toContain(PAYLOADS[1]);
    for (const path of [`/api/stories/${stored.story}`, `/api/stories/${stored.story}/report`, '/api/stories?q=Penmore', '/api/search?q=Penmore', `/api/articles/${encodeURIComponent('<script>alert(1)</script>')}`]) {
      const res = await seeded.app.request(path);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const text = await res.text();
      expect(() => JSON.parse(text), path).not.toThrow();
    }
    const report = (await getJson(seeded.app, `/api/stories/${stored.story}/report`)).body;
    expect(new Set(report.articles.map((a: { outlet: string }) => a.outlet))).toEqual(new Set(articles.map((a) => a.outlet)));
  }, 60_000);
});
