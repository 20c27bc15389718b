import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../serve/app.js';
import { parsePage, seededStore, seedFiles, type TempStore } from './fixture.js';

let seeded: TempStore;
let app: ReturnType<typeof createApp>;
const seeds = seedFiles().map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') }));

// Each test gets an empty store: saving must be the only way articles get in.
beforeEach(async () => {
  seeded = await seededStore([]);
  app = createApp(seeded.ctx);
});
afterEach(() => seeded.close());

function post(fields: [string, string | File][]) {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return app.request('/compare', { method: 'POST', body: data });
}

const pasted = (): [string, string][] => seeds.flatMap((s, i) => [['outlet', `Outlet ${i + 1}`], ['text', s.text]] as [string, string][]);

describe('compare your own', () => {
  it('shows a form with three article fields, a URL list, a file field and the save box', async () => {
    const page = parsePage(await (await app.request('/compare')).text());
    expect(page.all('textarea').filter((t) => t.attribs.name === 'text')).toHaveLength(3);
    expect(page.all('input').find((i) => i.attribs.type === 'file')?.attribs).toMatchObject({ name: 'files', multiple: '' });
    expect(page.all('input').find((i) => i.attribs.name === 'save')?.attribs.type).toBe('checkbox');
    expect(page.all('form')[0].attribs).toMatchObject({ method: 'post', enctype: 'multipart/form-data' });
  });

  it('compares pasted texts without storing them', async () => {
    const res = await post(pasted());
    expect(res.status).toBe(200);
    const page = parsePage(await res.text());
    expect(page.text).toContain('not saved');
    expect(page.byId('fact-0')).toBeTruthy();
    expect(page.text).toContain('Outlet 1');
    expect((await seeded.store.counts()).articles).toBe(0);
  });

  it('compares uploaded files the same way', async () => {
    const res = await post(seeds.map((s) => ['files', new File([s.text], s.name, { type: 'text/plain' })]));
    expect(res.status).toBe(200);
    const page = parsePage(await res.text());
    expect(page.byId('fact-0')).toBeTruthy();
    expect(page.byClass('text')).toHaveLength(2);
  });

  it('saves to the store when asked, and goes to the story; saving again finds the same story', async () => {
    const res = await post([...pasted(), ['save', '1']]);
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/stories\//);
    expect((await seeded.store.counts()).articles).toBe(2);
    const story = await app.request(location);
    expect(story.status).toBe(200);
    const again = await post([...pasted(), ['save', '1']]);
    expect(again.headers.get('location')).toBe(location);
    expect((await seeded.store.counts()).articles).toBe(2);
  });

  it('answers input it cannot compare with the form again, the reasons and status 400', async () => {
    const cases: [[string, string][], string][] = [
      [[], 'Paste at least two articles'],
      [[['outlet', 'Only'], ['text', seeds[0].text]], 'at least 2 articles'],
      [[['outlet', 'Named'], ['text', ''], ...pasted()], 'Article 1 (Named) has no text'],
      [[['urls', 'not a url\njavascript:alert(1)']], 'javascript:alert(1)'],
    ];
    for (const [fields, reason] of cases) {
      const res = await post(fields);
      expect(res.status, reason).toBe(400);
      const html = await res.text();
      expect(html).toContain('Nothing was compared');
      expect(parsePage(html).text).toContain(reason);
    }
    expect((await seeded.store.counts()).articles).toBe(0);
  });

  it('refuses a body over the size limit with 413, and a body that is no form with 400', async () => {
    const small = createApp({ ...seeded.ctx, maxBodyBytes: 1000 });
    const data = new FormData();
    data.append('text', 'x'.repeat(5000));
    const big = await small.request('/compare', { method: 'POST', body: data });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('Nothing was compared');
    const junk = await app.request('/compare', { method: 'POST', body: 'just text', headers: { 'content-type': 'multipart/form-data; boundary=x' } });
    expect(junk.status).toBe(400);
  });

  it('refuses URLs of private addresses unless the server allows them', async () => {
    const res = await post([['urls', 'http://127.0.0.1:9/a\nhttp://127.0.0.1:9/b']]);
    expect(res.status).toBe(400);
    expect(parsePage(await res.text()).text).toMatch(/not fetched: .*(loopback|private)/);
  });
});
