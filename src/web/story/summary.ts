import { escapeHtml as h, safeHttpUrl } from '../../report/escape.js';
import { labelHtml } from '../../report/html-sections.js';
import { mentionAnchor, textAnchor } from '../../report/html-texts.js';
import { leanChip, plural, timeHtml } from '../format.js';
import type { PageView } from './model.js';
import { none } from './model.js';

/**
 * The neutral summary: sentences built from facts the outlets share, each followed by citations
 * that jump to the sentence in that outlet's article (the first mention of the cited fact there).
 */
export function summaryHtml(v: PageView): string {
  const { summary, facts } = v.report;
  if (summary.length === 0) return `<div class="card summary">${none('No summary: the outlets share no fact to build one from.')}</div>`;
  const cite = (article: string, factIds: string[]): string => {
    const a = v.byId.get(article);
    if (!a) return '';
    const fi = facts.findIndex((f) => factIds.includes(f.id) && f.mentions.some((m) => m.article === article));
    const target = fi >= 0 ? mentionAnchor(a.index, fi) : textAnchor(a.index);
    return `<a class="cite" href="#${target}" title="${h(`Source: ${a.article.outlet}`)}">${a.label}<span class="sr-only"> (${h(a.article.outlet)})</span></a>`;
  };
  const paragraphs = summary.map((s) => `<p>${h(s.text)}${s.articles.map((id) => cite(id, s.facts)).join('')}</p>`);
  return `<div class="card summary">${paragraphs.join('')}</div>`;
}

/** The sources: each article's label, outlet, lean, title (linked when it has an http(s) URL) and date. */
export function sourcesHtml(v: PageView): string {
  const items = v.articles.map((a) => {
    const { article } = a;
    const url = safeHttpUrl(article.url);
    const title = h(article.title ?? 'Untitled article');
    const linked = url ? `<a href="${h(url)}" rel="noopener noreferrer nofollow">${title}</a>` : title;
    const out = a.sentencesOutOfStory ? ` · ${plural(a.sentencesOutOfStory, 'sentence')} about other stories left out` : '';
    const copy = article.copyOf ? ` · syndicated copy of ${h(v.outlet(article.copyOf))}` : '';
    return `<li>${labelHtml(v, article.id)}<div class="who">${h(article.outlet)} ${leanChip(v.lean(article.id))}</div><div class="what">${linked}<br>${timeHtml(article.date)} · ${plural(a.sentencesInStory, 'sentence')} compared${out}${copy}</div></li>`;
  });
  return `<div class="card"><h3 class="kicker">Sources</h3><ul class="sources">${items.join('')}</ul></div>`;
}
