import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, RUSSIAN_TEXT, startServer, type TestServer } from '../../test/server/index.js';
import { readInputs, type ReadOptions } from './index.js';

let server: TestServer;
const dir = mkdtempSync(join(tmpdir(), 'corroborate-remote-'));
beforeAll(async () => (server = await startServer()));
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const LOCAL: ReadOptions = { remote: { fetch: { allowPrivate: true, timeoutMs: 2_000, backoffMs: 10 } } };
const url = (path: string): string => `${server.base}${path}`;
/** A feed fixture saved as a local file, its links pointing at the test server. */
const saved = (name: string): string => {
  const path = join(dir, name);
  writeFileSync(path, fixture(name, server.base));
  return path;
};

describe('readInputs with URLs', () => {
  it('fetches pages and extracts them, in the order given, outlet and date from each page', async () => {
    const { inputs, messages } = await readInputs([url('/pages/herald.html'), url('/pages/gazette.html')], LOCAL);
    expect(inputs.map((i) => [i.id, i.outlet, i.source])).toEqual([
      ['herald', 'Coastal Herald', url('/pages/herald.html')],
      ['gazette', 'Eastmere Gazette', url('/pages/gazette.html')],
    ]);
    expect(inputs[0]!.text).toMatch(/^A powerful storm flooded the harbour town of Eastmere/);
    expect(inputs[0]!.text).not.toContain('Most read');
    expect(inputs[1]).toMatchObject({ date: '2024-03-05T11:00:00Z', authors: ['Dee Moss'] });
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });

  it('refuses the loopback server without allowPrivate, naming the URL, and reads the rest', async () => {
    const local = join(dir, 'story.txt');
    writeFileSync(local, 'A storm flooded Eastmere on Tuesday, the council said.\n');
    const { inputs, messages } = await readInputs([url('/pages/post.html'), local], {});
    expect(inputs.map((i) => i.source)).toEqual([local]);
    expect(messages.map((m) => m.reason)).toEqual([
      `${url('/pages/post.html')}: not fetched: 127.0.0.1 is a loopback address; pass --allow-private to fetch from it`,
    ]);
  });

  it('names each URL that fails: 404, wrong type, redirect loop, timeout', async () => {
    const options: ReadOptions = { remote: { fetch: { allowPrivate: true, timeoutMs: 300, backoffMs: 10 } } };
    const specs = [url('/missing'), url('/photo.png'), url('/loop/a'), url('/slow')];
    const { inputs, messages } = await readInputs(specs, options);
    expect(inputs).toEqual([]);
    expect(messages.map((m) => [m.severity, m.reason])).toEqual([
      ['error', `cannot fetch ${specs[0]}: not found (HTTP 404)`],
      ['error', `${specs[1]}: the server sent image/png, not a web page or feed: skipped`],
      ['error', `cannot fetch ${specs[2]}: more than 5 redirects (redirected to ${url('/loop/b')})`],
      ['error', `cannot fetch ${specs[3]}: no complete answer within 300 ms`],
    ]);
  });

  it('reads the part of a huge page under the cap, with a message', async () => {
    const options: ReadOptions = { remote: { fetch: { allowPrivate: true, maxBytes: 256 * 1024 } } };
    const { inputs, messages } = await readInputs([url('/huge')], options);
    expect(messages[0]!.reason).toBe(`${url('/huge')} is over 0.3 MB; only the first part was read`);
    expect(inputs[0]!.text!.length).toBeGreaterThan(100_000);
  });

  it('decodes a page by the charset in the Content-Type header', async () => {
    const { inputs, messages } = await readInputs([url('/ru')], LOCAL);
    expect(inputs[0]!.text).toContain(RUSSIAN_TEXT);
    expect(messages.find((m) => m.code === 'ENCODING_GUESSED')).toMatchObject({ severity: 'info', reason: `${url('/ru')} is not valid UTF-8; read it as windows-1251 (as the server declares)` });
  });

  it('reads plain text from a URL, outlet from the host', async () => {
    const { inputs } = await readInputs([url('/notes.txt')], LOCAL);
    expect(inputs[0]).toMatchObject({ text: 'A storm hit Eastmere on Tuesday, the council said.\n', outlet: '127.0.0.1', id: 'notes' });
  });
});

describe('readInputs with feeds', () => {
  it('an RSS file with summaries: each full article is fetched from its link and extracted', async () => {
    const before = server.hits.get('/pages/herald.html') ?? 0;
    const { inputs, messages } = await readInputs([saved('herald.rss')], LOCAL);
    expect(server.hits.get('/pages/herald.html')).toBe(before + 1);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ outlet: 'Coastal Herald', id: 'herald', authors: ['Ann Lee'], date: 'Tue, 05 Mar 2024 09:30:00 GMT', url: url('/pages/herald.html') });
    expect(inputs[0]!.text).toContain('about 300 residents spent the night in the sports hall');
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });

  it('an Atom feed URL with whole articles: used as they are, nothing more fetched', async () => {
    const before = server.hits.get('/pages/gazette.html') ?? 0;
    const { inputs } = await readInputs([url('/feeds/gazette.atom')], LOCAL);
    expect(server.hits.get('/pages/gazette.html') ?? 0).toBe(before);
    expect(inputs[0]).toMatchObject({ outlet: 'Eastmere Gazette', title: 'Sea wall breaks as storm hits Eastmere', id: 'gazette' });
    expect(inputs[0]!.text).toContain('Shops on the harbour front stayed closed on Wednesday');
  });

  it('an OPML list: every listed feed is read, every entry becomes an article', async () => {
    const { inputs, messages } = await readInputs([url('/feeds/list.opml')], LOCAL);
    expect(inputs.map((i) => i.outlet)).toEqual(['Coastal Herald', 'Eastmere Gazette', 'Evening Post']);
    expect(inputs[2]!.text).toMatch(/The regional council opened the sports hall in Eastmere/);
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });

  it('an entry whose page cannot be fetched falls back on its summary, with a warning naming the link', async () => {
    const rss = `<rss version="2.0"><channel><title>Wire</title><item><title>Gone</title><link>${url('/missing')}</link><description>The storm cut power to 4,000 homes in Eastmere, officials said.</description></item></channel></rss>`;
    const path = join(dir, 'gone.rss');
    writeFileSync(path, rss);
    const { inputs, messages } = await readInputs([path], LOCAL);
    expect(inputs[0]).toMatchObject({ text: 'The storm cut power to 4,000 homes in Eastmere, officials said.', outlet: 'Wire' });
    expect(messages.map((m) => [m.severity, m.reason])).toEqual([
      ['warning', `${url('/missing')}: the full article could not be fetched (not found (HTTP 404)); only the feed's summary was used`],
    ]);
  });

  it('a feed with more entries than the cap: the first are read, with a message', async () => {
    const items = Array.from({ length: 5 }, (_, i) => `<item><title>T${i}</title><description>${'Storm news. '.repeat(150)}</description></item>`).join('');
    const path = join(dir, 'many.rss');
    writeFileSync(path, `<rss version="2.0"><channel><title>Many</title>${items}</channel></rss>`);
    const { inputs, messages } = await readInputs([path], { remote: { maxFeedEntries: 3 } });
    expect(inputs.map((i) => i.title)).toEqual(['T0', 'T1', 'T2']);
    expect(messages[0]!.reason).toBe(`${path} lists 5 entries (the first 3); only the first were read`);
  });

  it('an empty feed and a broken one: a message naming each', async () => {
    const empty = join(dir, 'empty.rss');
    writeFileSync(empty, '<rss version="2.0"><channel><title>Nothing</title></channel></rss>');
    const broken = join(dir, 'broken.atom');
    writeFileSync(broken, '<html><body>not a feed</body></html>');
    const { messages } = await readInputs([empty, broken], {});
    expect(messages.map((m) => m.reason)).toEqual([
      `${empty}: the feed lists no entries`,
      `${broken} is not a feed corroborate can read (RSS, Atom, JSON Feed or OPML): Unrecognized feed format`,
    ]);
  });
});
