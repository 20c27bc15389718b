import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

const page = (name: string): string => readFileSync(new URL(`../../test/fixtures/inputs/${name}`, import.meta.url), 'utf8');

describe('extractArticle', () => {
  it('keeps one line per paragraph, heading, list item and quote, and leaves out navigation, scripts and footer', () => {
    const { input } = extractArticle(page('news-article.html'), 'news-article.html');
    expect(input.text!.split('\n')).toEqual([
      'A powerful storm flooded the harbour town of Eastmere on Tuesday, cutting power to 4,000 homes, the regional council said.',
      'Emergency crews worked through the night to pump water from the lower streets, and about 300 residents spent the night in the sports hall.',
      'Roads and schools',
      'The coast road was closed in both directions after part of the sea wall gave way.',
      'All four schools in the town will stay closed until Friday.',
      'Buses are replaced by a shuttle from the station.',
      'The ferry to the islands is suspended.',
      '“We have never seen the water this high in my lifetime,” said the harbour master, Rita Olsen.',
      'Forecasters expect the wind to ease by Thursday, the national weather service said in a statement.',
    ]);
  });

  it('reads metadata from JSON-LD (inside @graph) and Open Graph', () => {
    const result = extractArticle(page('news-article.html'), 'news-article.html');
    expect(result.input).toMatchObject({
      source: 'news-article.html',
      title: 'Storm floods harbour town, thousands without power',
      authors: ['Ann Lee', 'Bo Chen'],
      date: '2024-03-05T09:30:00Z',
      outlet: 'Coastal Herald',
      url: 'https://herald.example/news/storm-floods-harbour-town',
    });
    expect(result.language).toBe('en-GB');
    expect(result.messages).toMatchObject([{ code: 'HTML_EXTRACTED', severity: 'info', file: 'news-article.html' }]);
  });

  it('falls back to <meta> tags, the h1 and the page language when there is no JSON-LD', () => {
    const { input, language } = extractArticle(page('meta-only.html'), 'meta-only.html');
    expect(input).toMatchObject({ title: 'Council approves new bridge', authors: ['Carl Webb'], date: '2023-11-20T08:00:00+01:00' });
    expect(input.outlet).toBeUndefined();
    expect(language).toBe('en');
    expect(input.text).toMatch(/^The town council voted eight to three/);
  });

  it('takes the date from <time datetime> when nothing else has one', () => {
    const html = '<html><body><article><h1>Title here</h1><p>The ferry resumed service on Monday after two days, the operator said in a short statement.</p><time datetime="2022-01-03">3 Jan</time></article></body></html>';
    expect(extractArticle(html, 'a.html').input.date).toBe('2022-01-03');
  });

  it('says HTML_NO_ARTICLE and gives empty text for a page without an article', () => {
    const { input, messages } = extractArticle(page('no-article.html'), 'no-article.html');
    expect(input.text).toBe('');
    expect(messages).toMatchObject([{ code: 'HTML_NO_ARTICLE', reason: 'no-article.html: no article body found in the page' }]);
  });

  it('regression: text that linkedom leaves outside <body> (before <html>, between head and body) is kept', () => {
    const { input } = extractArticle(page('broken-body.html'), 'broken-body.html');
    expect(input.text!.split('\n').map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual(['The first paragraph', 'The second paragraph', 'The third paragraph']);
    expect(input.title).toBe('Broken page');
  });

  it('reads a fragment without <html> or <body>', () => {
    const html = '<p>The bridge reopened to traffic on Sunday morning, the roads agency said.</p><p>Repairs took three weeks and cost less than planned.</p>';
    expect(extractArticle(html, 'frag.html').input.text).toBe(
      'The bridge reopened to traffic on Sunday morning, the roads agency said.\nRepairs took three weeks and cost less than planned.',
    );
  });
});

describe('extractArticle when its own extractor finds too little', () => {
  it('takes the JSON-LD articleBody when the page body holds only a teaser of it', () => {
    const body = 'The council approved the new harbour plan on Monday after a debate that lasted most of the evening. '.repeat(8);
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour plan approved', articleBody: body });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="app"><p>The council approved the new harbour plan.</p></div></body></html>`;
    const { input, messages } = extractArticle(html, 'app.html');
    expect(input.text).toBe(body.trim());
    expect(messages[0]!.reason).toContain('from the JSON-LD articleBody');
  });

  it('asks Readability when half of every line is a link (a briefing of linked items) and Readability finds more', () => {
    const item = (i: number): string => `<li><a href="/p${i}">The county attorney is investigating plan number ${i} for the harbour.</a> The port confirmed on Tuesday that it had been contacted by the county.</li>`;
    const html = `<html><body><div class="story"><h1>Ten things to know today</h1><p>Good morning! This is the harbour news you need to know this Tuesday.</p><ul>${[1, 2, 3, 4, 5, 6, 7, 8].map(item).join('')}</ul></div></body></html>`;
    const { input, messages } = extractArticle(html, 'list.html');
    expect(input.text!.split('\n')).toHaveLength(9);
    expect(input.text).toMatch(/plan number 8 for the harbour\. The port confirmed on Tuesday that it had been contacted by the county\.$/);
    expect(messages[0]!.reason).toContain('by Readability');
  });
});

describe('extractArticle on huge pages', () => {
  it('reads the start of a 5 MB page in seconds, with INPUT_TOO_LARGE naming the file', () => {
    let html = '<!doctype html><html><head><title>Long page</title></head><body><article>';
    for (let i = 0; html.length < 5 * 1024 * 1024; i++) html += `<p>Crews cleared debris from street number ${i} on Wednesday, the council said.</p>\n`;
    const started = Date.now();
    const { input, messages } = extractArticle(`${html}</article></body></html>`, 'long.html');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(input.text).toMatch(/^Crews cleared debris from street number 0 on Wednesday/);
    expect(messages.map((m) => m.reason)).toContain('long.html is 5.2 million characters of HTML; only the first part was read');
  }, 30_000);

  it('gives a page of 8,000 link rows (a site map) no article, quickly', () => {
    const html = `<html><body>${'<div><span>cell</span> <a href="/x">link text here</a></div>'.repeat(8000)}</body></html>`;
    const started = Date.now();
    const { input, messages } = extractArticle(html, 'grid.html');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(input.text).toBe('');
    expect(messages).toMatchObject([{ code: 'HTML_NO_ARTICLE' }]);
  }, 30_000);

  it('keeps every paragraph of a page with 20,000 of them', () => {
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `<p>Paragraph ${i} tells how the crews cleared the streets of the town on Wednesday.</p>`);
    const { input } = extractArticle(`<html><body><article>${paragraphs.join('')}</article></body></html>`, 'long.html');
    expect(input.text!.split('\n')).toHaveLength(20_000);
  }, 30_000);

  it('reads a sloppy page whose unclosed <b> tags nest 3,000 deep in seconds', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p><b>Note ${i}</b> the council met again on Monday and voted on the budget for the harbour`);
    const started = Date.now();
    const { input } = extractArticle(`<html><body><div>${paragraphs.join('')}</div></body></html>`, 'sloppy.html');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(input.text).toMatch(/^Note 0 the council met again/);
    expect(input.text).toMatch(/Note 2999 the council met again on Monday and voted on the budget for the harbour$/);
  }, 30_000);
});
