import { escapeHtml as h } from '../../report/escape.js';
import { labelHtml, quoteHtml } from '../../report/html-sections.js';
import type { ReportQuote, SpeakerGroup } from '../../report/view.js';
import { plural } from '../format.js';
import type { PageView } from './model.js';
import { none } from './model.js';
import { quoteAnchor } from './texts.js';

const KIND: Record<ReportQuote['kind'], string> = { direct: 'direct quote', reported: 'reported speech', post: 'social media post' };
/** Most dots drawn for a speaker's quote count (the number follows them). */
const MAX_DOTS = 8;

/**
 * Who gets to speak: first per outlet (whom each one quotes, how often, and which side a voice takes
 * where that is clear), then per speaker, every quote with its outlet, cue and a link to it in the text.
 */
export function voicesHtml(v: PageView): string {
  if (v.report.quotes.length === 0 && v.speakers.length === 0) return none('No quotes found: none of the outlets quotes anyone.');
  return `<div class="outlet-cols">${v.articles.map((a) => outletCard(v, a.article.id)).join('')}</div><h3 class="kicker">Every quote, by speaker (open one to read them)</h3><div class="speakers">${v.speakers.map((g) => speakerHtml(v, g)).join('')}</div>`;
}

function outletCard(v: PageView, article: string): string {
  const voices = v.speakers
    .map((g) => ({ g, n: g.counts.get(article) ?? 0, stance: g.stances.find((s) => s.article === article)?.stance }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const quotes = voices.reduce((sum, x) => sum + x.n, 0);
  const items = voices.map(({ g, n, stance }) => {
    const dots = `${'●'.repeat(Math.min(n, MAX_DOTS))}${n > MAX_DOTS ? '…' : ''}`;
    const chip = stance ? ` <span class="stance">${h(stance)}</span>` : '';
    return `<li><span>${name(g.speaker)}${chip}</span><span class="dots" title="${plural(n, 'quote')}"><span aria-hidden="true">${dots}</span><b>${n}<span class="sr-only"> ${n === 1 ? 'quote' : 'quotes'}</span></b></span></li>`;
  });
  const head = `<h3>${labelHtml(v, article)} ${h(v.outlet(article))}</h3><p class="muted">${plural(quotes, 'quote')} from ${plural(voices.length, 'voice')}</p>`;
  return `<div class="card">${head}${items.length ? `<ul class="voices">${items.join('')}</ul>` : none('Quotes nobody.')}</div>`;
}

function speakerHtml(v: PageView, g: SpeakerGroup): string {
  // Plain letters: a link inside <summary> would compete with opening it.
  const outlets = [...g.counts.keys()].map((id) => `<span class="lab" title="${h(v.outlet(id))}">${v.label(id)}</span>`).join(' ');
  const items = g.quotes.map((q) => {
    const qi = v.report.quotes.indexOf(q);
    const cue = [g.speaker ?? 'Speaker unknown', q.cue, `${KIND[q.kind]} in ${v.outlet(q.article)}`].filter(Boolean).map((s) => h(s as string)).join(' · ');
    return `<li id="quote-${qi}" data-tag="Quote">${labelHtml(v, q.article)}<div><span class="said">${quoteHtml(q.text)}</span> <a href="#${quoteAnchor(qi)}">in the text</a><div class="cue pl">${cue}</div></div></li>`;
  });
  const type = g.type ? ` <span class="muted">· ${h(g.type)}</span>` : '';
  return `<details><summary>${name(g.speaker)}${type} <span class="muted">· ${plural(g.quotes.length, 'quote')}</span> ${outlets}</summary><ul class="quotes">${items.join('')}</ul></details>`;
}

function name(speaker: string | null): string {
  return speaker === null ? '<span class="muted">Speaker unknown</span>' : h(speaker);
}
