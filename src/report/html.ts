import { escapeHtml as h, safeHttpUrl } from './escape.js';
import { conflictsHtml, entitiesHtml, factsHtml, framingHtml, labelHtml, messagesHtml, section, speakersHtml } from './html-sections.js';
import { HTML_STYLE } from './html-style.js';
import { mentionAnchor, textAnchor, textsHtml } from './html-texts.js';
import type { Report } from './schema.js';
import type { ReportView } from './view.js';
import { COVERAGE_MARK, count, viewOf } from './view.js';

/**
 * No script, no remote anything: the page is one file that works offline, and injected markup
 * could not run even if escaping failed somewhere.
 */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * Renders the report as one self-contained HTML page: no external assets, no script, inline CSS,
 * readable on a phone. Article text and metadata are escaped; only http(s) URLs become links.
 */
export function renderHtml(report: Report): string {
  const v = viewOf(report);
  const title = report.title || 'Untitled story';
  const body = [
    `<h1>${h(title)}</h1>`,
    `<p class="meta">${h(summaryLine(v))}</p>`,
    legend(),
    section('articles', 'Articles', articlesHtml(v)),
    section('summary', 'Summary', summaryHtml(v)),
    section('coverage', 'Coverage: fact × outlet', matrixHtml(v)),
    factsHtml(v),
    section('conflicts', 'Conflicts', conflictsHtml(v)),
    section('speakers', 'Who gets to speak', speakersHtml(v)),
    section('framing', 'Framing: loaded wording, opinion, hedges, labels', framingHtml(v)),
    section('entities', 'Entities', entitiesHtml(v)),
    section('texts', 'The articles side by side', textsHtml(v)),
    section('messages', 'Messages', messagesHtml(v)),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="corroborate">
<title>${h(title)} — corroborate</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function summaryLine(v: ReportView): string {
  const { report: r } = v;
  return [
    count(r.articles.length, 'article'),
    `${count(r.facts.length, 'fact')} (${v.consensus.length} consensus, ${v.partial.length} partial, ${v.single.length} single-source)`,
    count(r.conflicts.length, 'conflict'),
    count(r.quotes.length, 'quote'),
  ].join(' · ');
}

function legend(): string {
  return `<p class="legend"><span class="fc">reported by all</span> <span class="fp">by some</span> <span class="fs">by one outlet</span> <span class="fx">conflicting</span> <span class="q">quote</span> <span class="rl">loaded / opinion / label</span> <span class="rh">hedge</span></p>`;
}

function articlesHtml(v: ReportView): string {
  const rows = v.articles.map((a) => {
    const { article } = a;
    const url = safeHttpUrl(article.url);
    const title = h(article.title ?? 'untitled');
    const linked = url ? `<a href="${h(url)}" rel="noopener noreferrer nofollow">${title}</a>` : title;
    const segments = article.segments.length > 1 || article.segments.some((s) => !s.inStory) ? sectionsList(article.segments) : '';
    const cells = [labelHtml(v, article.id), h(article.outlet), linked + segments, h(article.date ?? '—'), String(a.sentencesInStory), String(a.sentencesOutOfStory)];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  const head = ['', 'Outlet', 'Title and sections', 'Date', 'Sentences in story', 'Out of story'].map((c) => `<th>${c}</th>`).join('');
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function sectionsList(segments: Report['articles'][number]['segments']): string {
  const items = segments.map((s) => {
    const name = s.heading ? `“${h(s.heading)}”` : '<span class="muted">untitled</span>';
    return `<li>${name} ${s.inStory ? '<span class="muted">in story</span>' : '<span class="badge">other story</span>'}</li>`;
  });
  return `<ol class="muted">${items.join('')}</ol>`;
}

function summaryHtml(v: ReportView): string {
  if (v.report.summary.length === 0) return '<p class="muted">No summary: no fact is shared by the outlets.</p>';
  const cite = (ids: string[]) => ids.map((id) => `<a class="cite" href="#${v.byId.has(id) ? textAnchor(v.byId.get(id)!.index) : 'articles'}">[${v.label(id)}]</a>`).join('');
  const sentences = v.report.summary.map((s) => `<p>${h(s.text)} ${cite(s.articles)}</p>`);
  const sources = v.articles.map((a) => `[${a.label}] ${h(a.article.outlet)}`).join(' · ');
  return `${sentences.join('')}<p class="muted">Sources: ${sources}</p>`;
}

function matrixHtml(v: ReportView): string {
  if (v.report.facts.length === 0) return '<p class="muted">No facts found.</p>';
  const head = ['Fact', ...v.articles.map((a) => a.label), 'Status'].map((c) => `<th>${h(c)}</th>`).join('');
  const rows = v.report.facts.map((f, fi) => {
    const cells = v.articles.map((a) => {
      const cov = v.coverage(f, a.article.id);
      const said = f.mentions.filter((m) => m.article === a.article.id).map((m) => m.text).join(' … ');
      const tip = cov === 'omitted' ? `${a.article.outlet}: not reported` : `${a.article.outlet}: “${said}”`;
      const mark = said ? `<a href="#${mentionAnchor(a.index, fi)}">${COVERAGE_MARK[cov]}</a>` : COVERAGE_MARK[cov];
      return `<td class="mark cov-${cov}" title="${h(tip)}">${mark}</td>`;
    });
    return `<tr class="status-${h(f.status)}"><td><strong>${h(f.id)}</strong> ${h(f.text)}</td>${cells.join('')}<td>${h(f.status)}</td></tr>`;
  });
  return `<p class="muted">✓ reported · — omitted · ⚠ conflicting (hover a mark for the outlet's wording; click it to see the sentence in the text)</p><div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
