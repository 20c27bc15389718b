import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../report/escape.js';
import { createApp } from '../serve/app.js';
import { parsePage, seededStore, unsafeMarkup, XSS, xssArticles, type TempStore } from './fixture.js';

let seeded: TempStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  seeded = await seededStore(xssArticles());
  app = createApp(seeded.ctx);
}, 60_000);
afterAll(() => seeded.close());

/** A multipart form like the "compare your own" page sends. */
function form(fields: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

describe('the unsafe-markup check', () => {
  it('finds each payload when it is not escaped, and nothing when it is', () => {
    for (const payload of [XSS.script, XSS.img, XSS.svg, XSS.link, XSS.style, `<a href="${XSS.url}">x</a>`]) {
      expect(unsafeMarkup(`<p>${payload}</p>`), payload).not.toEqual([]);
      expect(unsafeMarkup(`<p>${escapeHtml(payload)}</p>`), payload).toEqual([]);
    }
  });
});

describe('untrusted content is escaped on every page', () => {
  it('in the list: titles and outlet names with markup show as text', async () => {
    const html = await (await app.request('/')).text();
    expect(unsafeMarkup(html)).toEqual([]);
    const page = parsePage(html);
    expect(page.text).toContain(XSS.script);
    expect(page.text).toContain(XSS.img);
  });

  it('in the story page: text, titles, outlets, quotes, speakers and URLs', async () => {
    const [story] = await seeded.store.listStories();
    expect(story.articles).toHaveLength(2);
    const html = await (await app.request(`/stories/${encodeURIComponent(story.id)}`)).text();
    expect(unsafeMarkup(html)).toEqual([]);
    const page = parsePage(html);
    for (const payload of [XSS.script, XSS.img, XSS.svg, XSS.textarea, XSS.title, XSS.link, XSS.style]) expect(page.text).toContain(payload);
    // A javascript: URL is never a link; an http(s) one is, percent-encoded.
    const hrefs = page.all('a').map((a) => a.attribs.href);
    expect(hrefs.some((href) => /^javascript:/i.test(href))).toBe(false);
    expect(hrefs.some((href) => href.startsWith('https://news.example/budget?q='))).toBe(true);
    // The page title is text, not markup ending the <title> early.
    expect(page.all('title')).toHaveLength(1);
  });

  it('in a comparison made on the spot, from pasted texts and uploaded file names', async () => {
    const [a, b] = xssArticles();
    const body = form([
      ['outlet', a.outlet!],
      ['text', a.text!],
      ['outlet', ''],
      ['text', ''],
      ['files', new File([b.text!], `${XSS.img}.txt`, { type: 'text/plain' })],
    ]);
    const res = await app.request('/compare', { method: 'POST', body });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(unsafeMarkup(html)).toEqual([]);
    const page = parsePage(html);
    expect(page.text).toContain(a.outlet!);
    expect(page.text).toContain(XSS.img);
  });

  it('in the form shown again: a pasted "</textarea>" stays inside its text area', async () => {
    const text = `One article only ${XSS.textarea} and ${XSS.script}`;
    const res = await app.request('/compare', { method: 'POST', body: form([['outlet', XSS.img], ['text', text], ['urls', XSS.url]]) });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(unsafeMarkup(html)).toEqual([]);
    const page = parsePage(html);
    const areas = page.all('textarea');
    expect(areas.map((t) => t.attribs.name)).toEqual(['text', 'text', 'text', 'urls']);
    // htmlparser2 leaves a text area's character references as they are; a browser decodes them.
    expect(page.textOf(areas[0])).toBe(`\n${escapeHtml(text)}`);
    expect(page.textOf(areas[3])).toBe(`\n${escapeHtml(XSS.url)}`);
    expect(page.all('input').find((i) => i.attribs.name === 'outlet')!.attribs.value).toBe(XSS.img);
  });
});
