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

  it('keeps all the text of a page with too many elements for Readability, and says so', () => {
    const html = `<html><body>${'<div><span>cell</span> <a href="/x">link text here</a></div>'.repeat(8000)}</body></html>`;
    const { input, messages } = extractArticle(html, 'grid.html');
    expect(input.text!.split('\n')).toHaveLength(8000);
    expect(messages).toMatchObject([{ code: 'HTML_TOO_COMPLEX', severity: 'warning' }]);
    expect(messages[0]!.reason).toContain('too many elements');
  }, 30_000);
});
