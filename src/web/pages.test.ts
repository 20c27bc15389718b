import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../report/schema.js';
import { createApp } from '../serve/app.js';
import type { StoryRecord } from '../store/types.js';
import { storyReport } from '../stories/index.js';
import { parsePage, seededStore, unsafeMarkup, type TempStore } from './fixture.js';

let seeded: TempStore;
let app: ReturnType<typeof createApp>;
let story: StoryRecord;
let report: Report;

beforeAll(async () => {
  seeded = await seededStore();
  app = createApp(seeded.ctx);
  [story] = await seeded.store.listStories();
  report = (await storyReport(seeded.store, story.id))!;
  // Comparing a story of untitled texts gave it the report's headline.
  story = (await seeded.store.getStory(story.id))!;
}, 60_000);
afterAll(() => seeded.close());

async function get(path: string) {
  const res = await app.request(path);
  return { res, html: await res.text() };
}

describe('story list', () => {
  it('shows the seed story with its source count and coverage bar', async () => {
    const { res, html } = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i);
    const page = parsePage(html);
    const link = page.all('a').find((a) => a.attribs.href === `/stories/${encodeURIComponent(story.id)}`);
    expect(link && page.textOf(link)).toBe(story.title);
    expect(page.text).toContain(`${story.sources} sources`);
    expect(page.all('svg').some((s) => s.attribs['aria-label']?.startsWith('Coverage by lean'))).toBe(true);
    expect(unsafeMarkup(html)).toEqual([]);
  });

  it('filters by words, lean, outlet, one-sidedness and time', async () => {
    const shows = async (query: string) => (await get(`/?${query}`)).html.includes(`/stories/${encodeURIComponent(story.id)}`);
    const word = story.title!.split(/\s+/).find((w) => w.length > 5)!;
    expect(await shows(`q=${encodeURIComponent(word)}`)).toBe(true);
    expect(await shows('q=zebracrossingquartz')).toBe(false);
    expect(await shows(`outlet=${encodeURIComponent(story.outlets[0])}`)).toBe(true);
    expect(await shows('outlet=nowhere.example')).toBe(false);
    // The seeds' outlets are in no outlets table: their lean is unknown, so no lean filter finds them.
    expect(await shows('lean=left')).toBe(false);
    expect(await shows('oneSided=1')).toBe(false);
    expect(await shows('since=1d')).toBe(true);
    expect(await shows('since=2999-01-01')).toBe(false);
  });

  it('ignores a bad filter value with a note instead of failing', async () => {
    const { res, html } = await get('/?lean=sideways&since=someday');
    expect(res.status).toBe(200);
    expect(html).toContain('Lean “sideways” is not one of left, center, right');
    expect(html).toContain('“someday” is neither a duration');
    expect(html).toContain(`/stories/${encodeURIComponent(story.id)}`);
  });
});

describe('story page', () => {
  it('has a matrix row per fact: consensus reported by every outlet, single-source omitted by the others', async () => {
    const { res, html } = await get(`/stories/${encodeURIComponent(story.id)}`);
    expect(res.status).toBe(200);
    const page = parsePage(html);
    expect(report.facts.length).toBeGreaterThan(0);
    report.facts.forEach((fact, fi) => {
      const row = page.byId(`fact-${fi}`)!;
      expect(row).toBeTruthy();
      expect(page.textOf(row)).toContain(fact.text);
      const marks = page.byClass('mk', row).map((m) => m.attribs.class.split(' ')[1]);
      expect(marks).toHaveLength(report.articles.length);
      if (fact.status === 'consensus') expect(marks.every((m) => m !== 'omitted')).toBe(true);
      if (fact.status === 'single') expect(marks.filter((m) => m === 'omitted')).toHaveLength(report.articles.length - 1);
    });
  });

  it('links every citation, matrix mark and highlight to something on the page', async () => {
    const { html } = await get(`/stories/${encodeURIComponent(story.id)}`);
    const page = parsePage(html);
    const fragments = page.all('a').map((a) => a.attribs.href).filter((href) => href?.startsWith('#'));
    expect(fragments.length).toBeGreaterThan(report.facts.length);
    const missing = [...new Set(fragments)].filter((href) => !page.byId(href.slice(1)));
    expect(missing).toEqual([]);
    const cites = page.byClass('cite');
    expect(cites.length).toBe(report.summary.reduce((n, s) => n + s.articles.length, 0));
    expect(page.byClass('hl').length).toBeGreaterThan(0);
  });

  it('shows the summary, conflicts, quotes by speaker, entities and the timeline', async () => {
    const { html } = await get(`/stories/${encodeURIComponent(story.id)}`);
    const page = parsePage(html);
    for (const s of report.summary) expect(page.text).toContain(s.text);
    for (const c of report.conflicts) expect(page.text).toContain(c.description);
    report.quotes.forEach((_, qi) => expect(page.byId(`quote-${qi}`)).toBeTruthy());
    report.framing.forEach((_, ri) => expect(page.byId(`frame-${ri}`)).toBeTruthy());
    for (const e of report.entities) expect(page.text).toContain(e.name);
    expect(page.byClass('timeline')[0].children.filter((c) => 'name' in c && c.name === 'li')).toHaveLength(story.articles.length);
    expect(unsafeMarkup(html)).toEqual([]);
  });

  it('sends one script, one style sheet, no inline style and a strict CSP', async () => {
    const { res, html } = await get(`/stories/${encodeURIComponent(story.id)}`);
    const page = parsePage(html);
    expect(page.all('script')).toHaveLength(1);
    expect(page.all('link').filter((l) => l.attribs.rel === 'stylesheet')).toHaveLength(1);
    expect(page.elements.filter((e) => 'style' in e.attribs)).toEqual([]);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers an unknown story and an unknown page with the 404 page', async () => {
    for (const path of ['/stories/no-such-story', '/nothing/here']) {
      const { res, html } = await get(path);
      expect(res.status).toBe(404);
      expect(html).toContain('<h1 class="page-title">');
      expect(html).toContain('href="/"');
    }
  });
});

describe('assets', () => {
  it('serves app.js and app.css with an ETag, and 304 when unchanged', async () => {
    const page = parsePage((await get('/')).html);
    const script = page.all('script')[0].attribs.src;
    const css = page.all('link').find((l) => l.attribs.rel === 'stylesheet')!.attribs.href;
    const js = await app.request(script);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toContain('data-sortable');
    const style = await app.request(css);
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
    const again = await app.request(css, { headers: { 'if-none-match': style.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await app.request('/assets/constructor')).status).toBe(404);
  });
});
