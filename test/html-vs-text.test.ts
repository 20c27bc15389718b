/**
 * Comparing saved web pages of a story gives the same report as comparing their clean text: the
 * golden three-outlet story is wrapped in pages with the furniture real sites carry (navigation,
 * cookie banner, share bar, related stories, comments, footer) and compared both ways.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare.js';
import { extractArticle } from '../src/extract/index.js';
import type { Report } from '../src/report/schema.js';

const dir = fileURLToPath(new URL('./fixtures/stories/three-outlets/', import.meta.url));
const OUTLETS = { meridian: 'Meridian Press Agency', 'evening-post': 'Castlebridge Evening Post', sentinel: 'The Sentinel' } as const;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(outlet: string, title: string, text: string): string {
  const paragraphs = text.split(/\n+/).filter((p) => p.trim()).map((p) => `<p>${escape(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | ${escape(outlet)}</title>
<meta property="og:site_name" content="${escape(outlet)}"><meta property="og:title" content="${escape(title)}">
<meta property="article:published_time" content="2024-05-14T08:00:00Z"></head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main><article><h1>${escape(title)}</h1><div class="byline">By Staff Reporter</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
${paragraphs}
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Council approves new bus lanes</a></li><li><a href="/b">Hospital car park fees to rise</a></li></ul></aside>
<section class="comments"><h2>Comments (3)</h2><p>Terrible news, thoughts with the families.</p></section></main>
<footer><p>© 2024 ${escape(outlet)}. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
}

const facts = (r: Report) => r.facts.filter((f) => f.status !== 'single').map((f) => `${f.status}: ${f.mentions.map((m) => m.text).sort().join(' | ')}`).sort();

describe('three saved pages of one story', () => {
  it('give the same shared facts, conflicts and quotes as their clean texts', () => {
    const texts = Object.keys(OUTLETS).map((id) => ({ id, text: readFileSync(join(dir, `${id}.txt`), 'utf8') }));
    const plain = compare(texts.map(({ id, text }) => ({ id, outlet: OUTLETS[id as keyof typeof OUTLETS], text, date: '2024-05-14' })));
    const pages = compare(
      texts.map(({ id, text }) => {
        const { input } = extractArticle(page(OUTLETS[id as keyof typeof OUTLETS], `Fire report ${id}`, text), `${id}.html`);
        return { ...input, id };
      }),
    );
    expect(pages.articles.map((a) => a.outlet)).toEqual(Object.values(OUTLETS));
    expect(pages.articles.every((a) => a.date?.startsWith('2024-05-14'))).toBe(true);
    const furniture = /cookies|Share on|Related stories|Comments \(3\)|All rights reserved|Hospital car park/;
    expect(pages.articles.some((a) => furniture.test(a.text))).toBe(false);
    expect(facts(pages)).toEqual(facts(plain));
    expect(pages.conflicts.length).toBe(plain.conflicts.length);
    expect(pages.quotes.map((q) => `${q.speaker}: ${q.text}`).sort()).toEqual(plain.quotes.map((q) => `${q.speaker}: ${q.text}`).sort());
  }, 60_000);
});
