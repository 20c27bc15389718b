import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/server/index.js';
import { MIN_FULL_WORDS, looksLikeFeed, parseFeedDocument, type FeedDocument } from './feed.js';

const BASE = 'https://feeds.example';
const long = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function entries(doc: FeedDocument) {
  if (doc.kind !== 'feed') throw new Error(`not a feed: ${JSON.stringify(doc)}`);
  return doc.entries;
}

describe('looksLikeFeed', () => {
  it('knows RSS, RDF, Atom, OPML and JSON Feed, and not pages or JSON Lines', () => {
    expect(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0"><channel>')).toBe(true);
    expect(looksLikeFeed('\uFEFF<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><rdf:RDF xmlns:rdf="x">')).toBe(true);
    expect(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>')).toBe(true);
    expect(looksLikeFeed('<opml version="2.0"><head>')).toBe(true);
    expect(looksLikeFeed('{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": []}')).toBe(true);
    expect(looksLikeFeed('<!doctype html><html><body><p>rss</p>')).toBe(false);
    expect(looksLikeFeed('{"id":"a","text":"jsonfeed.org/version/ in text"}\n')).toBe(false);
    expect(looksLikeFeed('<feed><entry>not atom</entry></feed>')).toBe(false);
  });
});

describe('parseFeedDocument', () => {
  it('reads an RSS item with only a summary as an entry to fetch, outlet from the feed title', () => {
    const [entry] = entries(parseFeedDocument(fixture('herald.rss', BASE), 'herald.rss'));
    expect(entry).toMatchObject({
      full: false,
      input: {
        title: 'Storm floods harbour town, thousands without power',
        url: `${BASE}/pages/herald.html`,
        date: 'Tue, 05 Mar 2024 09:30:00 GMT',
        authors: ['Ann Lee'],
        outlet: 'Coastal Herald',
        source: 'herald.rss#1',
      },
    });
    expect(entry!.input.html).toBeUndefined();
    expect(entry!.summary).toMatch(/^A powerful storm flooded Eastmere/);
  });

  it('reads an Atom entry that carries the whole article as a page to extract, not to fetch', () => {
    const doc = parseFeedDocument(fixture('gazette.atom', BASE), 'gazette.atom');
    const [entry] = entries(doc);
    expect(doc).toMatchObject({ format: 'atom', title: 'Eastmere Gazette' });
    expect(entry).toMatchObject({ full: true, input: { url: `${BASE}/pages/gazette.html`, authors: ['Dee Moss'], date: '2024-03-05T11:00:00Z', outlet: 'Eastmere Gazette' } });
    expect(entry!.input.html).toContain('<article><p>Eastmere was flooded on Tuesday');
  });

  it('reads a JSON Feed item with only a summary', () => {
    const [entry] = entries(parseFeedDocument(fixture('post.json', BASE), 'post.json'));
    expect(entry).toMatchObject({ full: false, input: { url: `${BASE}/pages/post.html`, outlet: 'Evening Post', authors: ['Sam Reed'], date: '2024-03-05T18:15:00Z' } });
  });

  it('reads an OPML list into its feed URLs, folders included', () => {
    const doc = parseFeedDocument(fixture('list.opml', BASE), 'list.opml');
    expect(doc).toEqual({ kind: 'opml', title: 'Eastmere storm coverage', feeds: [`${BASE}/feeds/herald.rss`, `${BASE}/feeds/gazette.atom`, `${BASE}/feeds/post.json`] });
  });

  it('takes content:encoded as the article when it is long, and keeps a cut excerpt as a summary', () => {
    const rss = (content: string) =>
      `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire &amp; Co</title><link>${BASE}/</link>` +
      `<item><title>T &amp;amp; U</title><link>/news/1</link><description>Short.</description><content:encoded><![CDATA[${content}]]></content:encoded></item></channel></rss>`;
    const [full] = entries(parseFeedDocument(rss(`<p>${long(MIN_FULL_WORDS)}.</p>`), 'wire.rss'));
    expect(full).toMatchObject({ full: true, input: { title: 'T & U', url: `${BASE}/news/1`, outlet: 'Wire & Co' } });
    const [excerpt] = entries(parseFeedDocument(rss(`<p>${long(MIN_FULL_WORDS)} […]</p>`), 'wire.rss'));
    expect(excerpt!.full).toBe(false);
    const [short] = entries(parseFeedDocument(rss(`<p>${long(MIN_FULL_WORDS - 20)}.</p>`), 'wire.rss'));
    expect(short!.full).toBe(false);
  });

  it('keeps JSON Feed content_text as text, and reads RDF items with Dublin Core fields', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'J', items: [{ id: '1', url: `${BASE}/j/1`, content_text: `${long(150)}.`, author: { name: 'Q' } }] });
    const [item] = entries(parseFeedDocument(json, 'j.json'));
    expect(item).toMatchObject({ full: true, input: { text: `${long(150)}.`, authors: ['Q'] } });
    const rdf =
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      `<channel rdf:about="x"><title>RDF Co</title></channel><item rdf:about="${BASE}/r/1"><title>One</title><link>${BASE}/r/1</link>` +
      '<description>d</description><dc:date>2024-03-01</dc:date><dc:creator>Zed</dc:creator></item></rdf:RDF>';
    expect(entries(parseFeedDocument(rdf, 'r.rdf'))[0]).toMatchObject({ full: false, input: { date: '2024-03-01', authors: ['Zed'], outlet: 'RDF Co' } });
  });

  it('resolves relative links against the feed URL when given', () => {
    const rss = '<rss version="2.0"><channel><title>R</title><item><title>A</title><link>../story/1</link></item></channel></rss>';
    expect(entries(parseFeedDocument(rss, 'x', `${BASE}/feeds/all.rss`))[0]!.input.url).toBe(`${BASE}/story/1`);
  });

  it('says why a text is not a feed', () => {
    expect(parseFeedDocument('<html><body>hello</body></html>', 'page.xml')).toMatchObject({ kind: 'invalid', detail: expect.any(String) });
    expect(parseFeedDocument('{"title": "no version"}', 'x.json')).toMatchObject({ kind: 'invalid' });
  });
});
