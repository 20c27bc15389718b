/** The read routes of the JSON API, in-process on a seeded SQLite store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/report/schema.js';
import { ENGINE } from '../../src/stories/report.js';
import { getJson, seededApp, type Seeded } from './seed.js';

type Story = { id: string; title: string | null; articles: string[]; outlets: string[]; oneSided: string | null; coverage: Record<string, number> };

let seeded: Seeded;
const stories = async (query = '') => (await getJson<{ stories: Story[] }>(seeded.app, `/api/stories${query}`)).body.stories;
const withArticle = (list: Story[], id: string) => list.find((s) => s.articles.includes(id));

beforeAll(async () => {
  seeded = await seededApp();
}, 60_000);
afterAll(() => seeded.close());

describe('GET /api/stories', () => {
  it('lists the three seeded stories, newest first', async () => {
    const list = await stories();
    expect(list).toHaveLength(3);
    expect(withArticle(list, 'continental')!.articles.sort()).toEqual(['continental', 'halden-radio', 'varesk-daily']);
    expect(withArticle(list, 'meridian')!.coverage).toEqual({ left: 1, center: 1, right: 1, unknown: 0 });
    // The seeds are undated, so they are as new as their arrival: first.
    expect(list[0].articles).toContain('000_c0e403f38f26b5c2');
  });

  it('filters by time, outlet, lean, words, one-sidedness and sources, and pages', async () => {
    expect((await stories('?since=2d')).map((s) => s.articles[0])).toEqual(['000_c0e403f38f26b5c2']);
    expect((await stories('?since=2024-08-01')).length).toBe(2);
    expect((await stories('?outlet=The%20Sentinel')).map((s) => s.articles.sort()[0])).toEqual(['evening-post']);
    expect((await stories('?lean=left')).map((s) => s.articles.length)).toEqual([3]);
    expect((await stories('?lean=right')).length).toBe(2);
    const oneSided = await stories('?oneSided=true');
    expect(oneSided).toHaveLength(1);
    expect(oneSided[0]).toMatchObject({ oneSided: 'right' });
    expect(oneSided[0].articles).toContain('varesk-daily');
    expect((await stories('?minSources=3')).map((s) => s.articles.length).sort()).toEqual([3, 3]);
    expect(withArticle(await stories('?q=ferry'), 'continental')).toBeDefined();
    expect(withArticle(await stories('?q=ferry'), 'meridian')).toBeUndefined();
    const all = await stories();
    expect(await stories('?limit=1&offset=1')).toEqual([all[1]]);
  });

  it('refuses bad parameters with a 400 naming each one', async () => {
    for (const [query, named] of [
      ['?limit=abc', /limit/],
      ['?limit=0', /limit/],
      ['?lean=north', /lean/],
      ['?since=yesterday-ish', /since: expected a duration/],
      ['?oneSided=maybe', /oneSided/],
      ['?offset=-1', /offset/],
      ['?minSources=0', /minSources/],
      ['?sinse=2d', /unknown parameter "sinse"/],
    ] as const) {
      const { status, body } = await getJson(seeded.app, `/api/stories${query}`);
      expect(status, query).toBe(400);
      expect(body.error.code).toBe('BAD_PARAMS');
      expect(body.error.message).toMatch(named);
    }
  });
});

describe('GET /api/stories/:id and its report', () => {
  it('gives a story with its timeline, oldest first', async () => {
    const id = withArticle(await stories(), 'meridian')!.id;
    const { status, body } = await getJson(seeded.app, `/api/stories/${id}`);
    expect(status).toBe(200);
    expect(body.timeline.map((t: { outlet: string }) => t.outlet).sort()).toEqual(['Castlebridge Evening Post', 'Meridian Press Agency', 'The Sentinel']);
    expect(body.timeline.find((t: { outlet: string }) => t.outlet === 'The Sentinel').lean).toBe('right');
  });

  it('gives the same report JSON as `compare --format json`, cached on the second request', async () => {
    const id = withArticle(await stories(), 'continental')!.id;
    const first = await getJson(seeded.app, `/api/stories/${id}/report`);
    expect(first.status).toBe(200);
    const report = ReportSchema.parse(first.body);
    expect(report.articles.map((a) => a.outlet).sort()).toEqual(['Continental Wire', 'Radio Halden', 'Varesk Daily News']);
    expect(report.conflicts.some((c) => c.kind === 'number')).toBe(true);
    expect(await seeded.store.getComparison(id, ENGINE)).not.toBeNull();
    expect((await getJson(seeded.app, `/api/stories/${id}/report`)).body).toEqual(first.body);
  }, 60_000);

  it('answers 404 with a JSON error for an unknown story or article', async () => {
    for (const path of ['/api/stories/nope', '/api/stories/nope/report', '/api/articles/nope']) {
      const { status, body, res } = await getJson(seeded.app, path);
      expect(status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(body.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('"nope"') });
    }
  });
});

describe('articles, outlets, search', () => {
  it('gives a stored article with its story and outlet lean', async () => {
    const { status, body } = await getJson(seeded.app, '/api/articles/sentinel');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'sentinel', outlet: 'The Sentinel', lean: 'right', title: 'Four dead at Voltera: the disaster everyone saw coming' });
    expect(body.text).toMatch(/Voltera/);
    expect(body.story).toBe(withArticle(await stories(), 'sentinel')!.id);
  });

  it('lists the outlets', async () => {
    const { body } = await getJson(seeded.app, '/api/outlets');
    expect(body.outlets.find((o: { name: string }) => o.name === 'Meridian Press Agency')).toMatchObject({ lean: 'center' });
  });

  it('searches articles and stories, and wants words to search for', async () => {
    const { status, body } = await getJson(seeded.app, '/api/search?q=ferry%20capsized');
    expect(status).toBe(200);
    expect(body.articles.map((a: { id: string }) => a.id)).toContain('continental');
    expect(body.articles.map((a: { id: string }) => a.id)).not.toContain('meridian');
    const empty = await getJson(seeded.app, '/api/search?q=%20');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/q:/);
  });
});
