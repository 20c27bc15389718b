import { escapeMarkdown as md, safeHttpUrl } from './escape.js';
import { conflictsMd, entitiesMd, framingMd, header, messagesMd, row, speakersMd, who, wording } from './markdown-sections.js';
import type { Report } from './schema.js';
import type { ReportFact, ReportView } from './view.js';
import { COVERAGE_MARK, count, viewOf } from './view.js';

/**
 * Renders the report as Markdown (GitHub flavour): headings, the fact × outlet matrix as a table,
 * facts by status with each outlet's wording, conflicts, speakers, framing, entities, messages.
 * All article-derived text is escaped, so it shows as written and never as markup.
 */
export function renderMarkdown(report: Report): string {
  const v = viewOf(report);
  const out: string[] = [];
  out.push(`# ${md(report.title || 'Untitled story')}`, '');
  out.push(
    `_${[count(report.articles.length, 'article'), `${count(report.facts.length, 'fact')} (${v.consensus.length} consensus, ${v.partial.length} partial, ${v.single.length} single-source)`, count(report.conflicts.length, 'conflict'), count(report.quotes.length, 'quote')].join(' · ')}_`,
  );
  articles(v, out);
  summary(v, out);
  matrix(v, out);
  facts(v, out);
  conflictsMd(v, out);
  speakersMd(v, out);
  framingMd(v, out);
  entitiesMd(v, out);
  messagesMd(v, out);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function link(text: string, url: string | null): string {
  const safe = safeHttpUrl(url);
  return safe ? `[${md(text)}](<${safe.replace(/[|()<>\s]/g, (c) => encodeURIComponent(c))}>)` : md(text);
}

function articles(v: ReportView, out: string[]): void {
  out.push('', `## Articles`, '', ...header(['', 'Outlet', 'Title', 'Date', 'Sentences in story', 'Out of story']));
  for (const a of v.articles) {
    const { article } = a;
    const cells = [`**${a.label}**`, md(article.outlet), link(article.title ?? 'untitled', article.url), md(article.date ?? '—')];
    out.push(row([...cells, String(a.sentencesInStory), String(a.sentencesOutOfStory)]));
  }
  for (const a of v.articles) {
    const { segments } = a.article;
    if (segments.length < 2 && segments.every((s) => s.inStory)) continue;
    out.push('', `Sections of ${who(v, a.article.id)}:`, '');
    segments.forEach((s, i) => {
      const mark = s.inStory ? 'in story' : '**other story** (left out of the comparison)';
      out.push(`${i + 1}. ${s.heading ? wording(s.heading) : '_untitled_'}: ${mark}`);
    });
  }
}

function summary(v: ReportView, out: string[]): void {
  out.push('', '## Summary', '');
  if (v.report.summary.length === 0) out.push('_No summary: no fact is shared by the outlets._');
  for (const s of v.report.summary) out.push(`${md(s.text)} ${s.articles.map((id) => `\\[${v.label(id)}\\]`).join('')}`, '');
  out.push('', `Sources: ${v.articles.map((a) => `\\[${a.label}\\] ${md(a.article.outlet)}`).join(' · ')}`);
}

function matrix(v: ReportView, out: string[]): void {
  out.push('', '## Coverage: fact × outlet', '');
  if (v.report.facts.length === 0) return void out.push('_No facts found._');
  out.push('✓ reported · — omitted · ⚠ conflicting', '');
  out.push(...header(['Fact', ...v.articles.map((a) => a.label), 'Status']));
  for (const f of v.report.facts) {
    const marks = v.articles.map((a) => COVERAGE_MARK[v.coverage(f, a.article.id)]);
    out.push(row([`**${md(f.id)}** ${md(f.text)}`, ...marks, f.status]));
  }
}

function facts(v: ReportView, out: string[]): void {
  out.push('', `## Consensus: reported by ${v.consensusLabel}`, '');
  if (v.consensus.length === 0) out.push('_None._');
  for (const f of v.consensus) factWithWording(v, f, out);
  out.push('', '## Partial: reported by some, omitted by others', '');
  if (v.partial.length === 0) out.push('_None._');
  for (const f of v.partial) {
    const omit = v.articles.filter((a) => v.coverage(f, a.article.id) === 'omitted').map((a) => who(v, a.article.id));
    factWithWording(v, f, out, `Reported by ${f.articles.map((id) => who(v, id)).join(', ')}; omitted by ${omit.join(', ') || 'none'}.`);
  }
  out.push('', '## Single-source: what only one outlet reports');
  for (const g of v.singles) {
    out.push('', `### What only ${md(g.article.article.outlet)} (${g.article.label}) reports`, '');
    if (g.facts.length === 0) out.push('_Nothing._');
    for (const f of g.facts) out.push(`- **${md(f.id)}** ${md(f.text)}`);
  }
}

function factWithWording(v: ReportView, f: ReportFact, out: string[], note?: string): void {
  out.push(`- **${md(f.id)}** ${md(f.text)}`);
  if (note) out.push(`  ${note}`);
  for (const { article, mentions } of v.wording(f)) {
    for (const m of mentions) out.push(`  - ${who(v, article)}: ${wording(m.text)}`);
  }
}
