/**
 * The OpenAPI document against the app: every documented route answers with what the document says
 * (checked by a JSON Schema validator on the published document), and every route the app answers
 * is documented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, seededApp, type Seeded } from './seed.js';
import { validate } from './json-schema.js';

type Doc = { openapi: string; paths: Record<string, Record<string, { parameters: Array<{ name: string; in: string }>; requestBody?: { content: Record<string, { schema: Record<string, unknown> }> }; responses: Record<string, { content: { 'application/json': { schema: Record<string, unknown> } } }> }>> };

let seeded: Seeded;
let doc: Doc;
let storyId: string;

beforeAll(async () => {
  seeded = await seededApp();
  doc = (await getJson<Doc>(seeded.app, '/openapi.json')).body;
  storyId = (await getJson(seeded.app, '/api/stories?q=ferry')).body.stories[0].id;
}, 60_000);
afterAll(() => seeded.close());

const article = (outlet: string, text: string) => ({ outlet, title: `${outlet} on the storm`, date: '2024-03-05', text });
const STORM = 'A storm flooded the harbour town of Eastmere on Tuesday, cutting power to 4,000 homes, the regional council said.';

/** A real request for each documented operation, and the status it should get. */
function calls(): Array<{ method: string; path: string; url: string; status: number; body?: unknown }> {
  return [
    { method: 'get', path: '/api/stories', url: '/api/stories?lean=right&limit=5', status: 200 },
    { method: 'get', path: '/api/stories/{id}', url: `/api/stories/${storyId}`, status: 200 },
    { method: 'get', path: '/api/stories/{id}', url: '/api/stories/no-such-story', status: 404 },
    { method: 'get', path: '/api/stories/{id}/report', url: `/api/stories/${storyId}/report`, status: 200 },
    { method: 'get', path: '/api/stories/{id}/report', url: '/api/stories/no-such-story/report', status: 404 },
    { method: 'get', path: '/api/articles/{id}', url: '/api/articles/continental', status: 200 },
    { method: 'get', path: '/api/articles/{id}', url: '/api/articles/no-such-article', status: 404 },
    { method: 'get', path: '/api/outlets', url: '/api/outlets', status: 200 },
    { method: 'get', path: '/api/search', url: '/api/search?q=ferry', status: 200 },
    { method: 'get', path: '/api/search', url: '/api/search', status: 400 },
    { method: 'post', path: '/api/ingest', url: '/api/ingest', status: 201, body: [article('Coastal Herald', STORM)] },
    { method: 'post', path: '/api/ingest', url: '/api/ingest', status: 200, body: article('Coastal Herald', STORM) },
    { method: 'post', path: '/api/ingest', url: '/api/ingest', status: 400, body: [{ outlet: 'Empty', text: '  ' }] },
    { method: 'post', path: '/api/compare', url: '/api/compare', status: 200, body: [article('Coastal Herald', STORM), article('Eastmere Gazette', `${STORM} About 300 residents spent the night in the sports hall.`)] },
    { method: 'get', path: '/api/outlets', url: '/api/outlets?page=2', status: 400 },
  ];
}

describe('/openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(8);
  });

  it('describes every response the routes send, success and error alike', async () => {
    const covered = new Set<string>();
    for (const call of calls()) {
      const operation = doc.paths[call.path]?.[call.method];
      expect(operation, `${call.method} ${call.path} is documented`).toBeDefined();
      if (call.body !== undefined) {
        const schema = operation.requestBody!.content['application/json'].schema;
        expect(validate(call.body, schema, doc), `request body of ${call.method} ${call.url}`).toEqual([]);
      }
      const init = call.body === undefined ? { method: call.method.toUpperCase() } : { method: 'POST', body: JSON.stringify(call.body), headers: { 'content-type': 'application/json' } };
      const { status, body } = await getJson(seeded.app, call.url, init);
      expect(status, `${call.method} ${call.url}`).toBe(call.status);
      const documented = operation.responses[String(status)];
      expect(documented, `${call.method} ${call.path} documents ${status}`).toBeDefined();
      expect(validate(body, documented.content['application/json'].schema, doc), `${call.method} ${call.url} → ${status}`).toEqual([]);
      covered.add(`${call.method} ${call.path}`);
    }
    // Every documented operation was exercised (the document itself aside).
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(operations.filter((o) => o !== 'get /openapi.json' && !covered.has(o))).toEqual([]);
  }, 60_000);

  it('documents every route the app answers, and nothing it does not', () => {
    const answered = seeded.app.routes
      .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || r.path === '/openapi.json'))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(new Set(answered)).toEqual(new Set(documented));
    expect(answered).toHaveLength(documented.length);
  });

  it('lists the path and query parameters each route reads', () => {
    const names = (path: string, method = 'get') => doc.paths[path][method].parameters.map((p) => `${p.in}:${p.name}`);
    expect(names('/api/stories')).toEqual(['query:since', 'query:outlet', 'query:lean', 'query:q', 'query:oneSided', 'query:minSources', 'query:limit', 'query:offset']);
    expect(names('/api/stories/{id}/report')).toEqual(['path:id']);
    expect(names('/api/ingest', 'post')).toEqual(['query:outlet', 'query:url']);
  });

  it('the validator it is checked with catches a response that breaks the schema', () => {
    const schema = doc.paths['/api/stories/{id}'].get.responses['200'].content['application/json'].schema;
    const errors = validate({ id: 1, title: null }, schema, doc);
    expect(errors.join('\n')).toMatch(/\$\.id: expected string/);
    expect(errors.join('\n')).toMatch(/"timeline" is missing/);
  });
});
