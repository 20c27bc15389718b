import { escapeHtml as h, safeHttpUrl } from '../../report/escape.js';
import type { Mark } from '../../report/highlight.js';
import { pieces } from '../../report/highlight.js';
import type { HighlightRef } from '../../report/html-texts.js';
import { articleMarks, highlightClasses, highlightToken, mentionAnchor, textAnchor } from '../../report/html-texts.js';
import type { ArticleView } from '../../report/view.js';
import { leanChip, timeHtml } from '../format.js';
import type { PageView } from './model.js';

/** The legend of the highlights, with the same classes as the text. */
export const LEGEND = `<ul class="legend" aria-label="Highlights"><li><span class="fc">reported by all</span></li><li><span class="fp">by some</span></li><li><span class="fs">by one outlet</span></li><li><span class="fx">conflicting</span></li><li><span class="q">quote</span></li><li><span class="rl">loaded wording</span></li><li><span class="rh">hedge</span></li><li><span class="off">other story</span></li></ul>`;

/** Anchor of a quote's first words in the text. */
export const quoteAnchor = (quote: number): string => `t-q${quote}`;
/** Anchor of a flagged phrase in the text. */
export const framingAnchor = (framing: number): string => `t-r${framing}`;

/**
 * The articles side by side (stacked on a phone), every fact mention coloured by its status, quotes
 * and flagged wording marked. Each highlight is a link (so it is focusable and works without
 * script) to the fact's row in the matrix, or to the quote or phrase in the lists below; `data-m`
 * names its spans (f<fact>.<mention>, q<quote>, r<framing>) for the popover app.js builds.
 */
export function textsHtml(v: PageView): string {
  return `${LEGEND}<p class="intro muted">Hover, focus or tap a highlight to see the fact and how the other outlets put it.</p><div class="texts">${v.articles.map((a) => panel(v, a)).join('')}</div>`;
}

function panel(v: PageView, a: ArticleView): string {
  const { article } = a;
  const text = article.text;
  const anchored = new Set<number>();
  const out: string[] = [];
  for (const p of pieces(text.length, articleMarks(v, a))) {
    for (const m of p.marks) {
      if (m.start !== p.start) continue;
      const r = m.ref;
      if (r.kind === 'off') out.push('<span class="off-note">Other story · not compared</span>');
      else if (r.kind === 'quote') out.push(`<span id="${quoteAnchor(r.quote)}"></span>`);
      else if (r.kind === 'framing') out.push(`<span id="${framingAnchor(r.framing)}"></span>`);
      else if (!anchored.has(r.fact)) {
        anchored.add(r.fact);
        out.push(`<span id="${mentionAnchor(a.index, r.fact)}"></span>`);
      }
    }
    const body = h(text.slice(p.start, p.end));
    const live = p.marks.filter((m) => m.ref.kind !== 'off');
    if (p.marks.length === 0) out.push(body);
    else if (live.length === 0) out.push(`<span class="off">${body}</span>`);
    else out.push(`<a class="hl ${highlightClasses(v, a, live)}" href="#${target(live)}" data-m="${live.map(highlightToken).join(' ')}">${body}</a>`);
  }
  const url = safeHttpUrl(article.url);
  const sub = [timeHtml(article.date), url ? `<a href="${h(url)}" rel="noopener noreferrer nofollow">original</a>` : ''].filter(Boolean).join(' · ');
  const head = `<header><div class="who"><span class="lab">${a.label}</span> ${h(article.outlet)} ${leanChip(v.lean(article.id))}</div>${article.title ? `<h3 class="title">${h(article.title)}</h3>` : ''}<p class="sub">${sub}</p></header>`;
  return `<article class="card text" id="${textAnchor(a.index)}" data-article="${a.index}" aria-label="${h(`${a.label}: ${article.outlet}`)}">${head}<div class="body">${out.join('')}</div></article>`;
}

/** Where a highlight leads without script: its first fact's row, else its quote, else its phrase. */
function target(marks: Mark<HighlightRef>[]): string {
  const refs = marks.map((m) => m.ref);
  const fact = refs.find((r) => r.kind === 'fact');
  if (fact?.kind === 'fact') return `fact-${fact.fact}`;
  const quote = refs.find((r) => r.kind === 'quote');
  if (quote?.kind === 'quote') return `quote-${quote.quote}`;
  const framing = refs.find((r) => r.kind === 'framing');
  return framing?.kind === 'framing' ? `frame-${framing.framing}` : textAnchor(0);
}
