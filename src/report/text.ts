import { plain } from './escape.js';
import type { Report } from './schema.js';
import { TextWriter, quoted } from './text-writer.js';
import { conflictsText, entitiesText, framingText, messagesText, speakersText } from './text-sections.js';
import type { ReportFact } from './view.js';
import { count, viewOf } from './view.js';
import { padEnd, truncate, wrap } from './wrap.js';

/** Options of the terminal report. */
export interface TextOptions {
  /** ANSI colours; off unless asked for (the CLI asks when stdout is a TTY). */
  color?: boolean;
}

/**
 * Renders the report as terminal text, laid out for 100 columns: articles, summary, the coverage
 * matrix, facts by status, conflicts, speakers, framing, entities, messages.
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  const w = new TextWriter(viewOf(report), options.color === true);
  header(w);
  articles(w);
  summary(w);
  matrix(w);
  facts(w);
  conflictsText(w);
  speakersText(w);
  framingText(w);
  entitiesText(w);
  messagesText(w);
  return w.toString();
}

function header(w: TextWriter): void {
  const { report, consensus, partial, single } = w.view;
  for (const line of wrap(report.title || 'Untitled story', w.width)) w.lines.push(w.c.bold(line));
  const counts = [
    count(report.articles.length, 'article'),
    `${count(report.facts.length, 'fact')}: ${consensus.length} consensus, ${partial.length} partial, ${single.length} single-source`,
    count(report.conflicts.length, 'conflict'),
    count(report.quotes.length, 'quote'),
  ].join(' · ');
  w.note(0, counts);
}

function articles(w: TextWriter): void {
  w.heading('Articles', w.view.articles.length);
  for (const a of w.view.articles) {
    const { article } = a;
    w.item(`  ${a.label}  `, `${plain(article.outlet)} — ${plain(article.title ?? 'untitled')}`, w.c.bold);
    const facts = [article.date ?? 'no date', `${a.sentencesInStory} sentences in story, ${a.sentencesOutOfStory} out`];
    if (article.url) facts.push(plain(article.url));
    w.note(4 + a.label.length, facts.join(' · '));
    if (article.segments.length > 1 || article.segments.some((s) => !s.inStory)) {
      article.segments.forEach((s, i) => {
        const name = s.heading ? quoted(s.heading) : '(untitled)';
        const mark = s.inStory ? w.c.green('in story') : w.c.yellow('OTHER STORY');
        const prefix = `${' '.repeat(4 + a.label.length)}§${i + 1} `;
        const lines = wrap(name, w.width - 12, prefix);
        lines[lines.length - 1] += ` · ${mark}`;
        w.lines.push(...lines);
      });
    }
  }
}

function summary(w: TextWriter): void {
  w.heading('Summary');
  if (w.view.report.summary.length === 0) return w.note(2, 'no summary: no fact is shared by the outlets');
  for (const s of w.view.report.summary) w.item('  ', `${plain(s.text)} ${w.cite(s.articles)}`);
  const legend = w.view.articles.map((a) => `[${a.label}] ${plain(a.article.outlet)}`).join('  ');
  w.note(2, legend);
}

function matrix(w: TextWriter): void {
  const { articles: cols, report } = w.view;
  w.heading('Coverage', report.facts.length);
  if (report.facts.length === 0) return w.note(2, 'no facts found');
  const idWidth = Math.min(8, Math.max(...report.facts.map((f) => plain(f.id).length)));
  const colWidth = Math.max(...cols.map((a) => a.label.length)) + 1;
  const textWidth = w.width - 2 - idWidth - 2 - cols.length * colWidth - 1;
  if (textWidth < 24) return w.note(2, 'too many articles for a matrix in 100 columns: see the Markdown or HTML report');
  w.note(2, '✓ reported · — omitted · ⚠ conflicting');
  w.lines.push(w.c.bold(`  ${' '.repeat(idWidth + 2)}${cols.map((a) => padEnd(a.label, colWidth)).join('')}`.trimEnd()));
  for (const f of report.facts) {
    const marks = cols.map((a) => w.mark(w.view.coverage(f, a.article.id)) + ' '.repeat(colWidth - 1)).join('');
    w.lines.push(`  ${w.c.dim(padEnd(truncate(f.id, idWidth), idWidth))}  ${marks} ${truncate(f.text, textWidth)}`);
  }
}

function facts(w: TextWriter): void {
  const { consensus, partial, singles, articles } = w.view;
  w.heading(`Consensus: reported by ${w.view.consensusLabel}`, consensus.length);
  if (consensus.length === 0) w.note(2, 'none');
  for (const f of consensus) factWithWording(w, f, w.c.green);

  w.heading('Partial: reported by some, omitted by others', partial.length);
  if (partial.length === 0) w.note(2, 'none');
  for (const f of partial) {
    factWithWording(w, f, w.c.yellow, () => {
      const omit = articles.filter((a) => w.view.coverage(f, a.article.id) === 'omitted').map((a) => w.who(a.article.id));
      w.note(6, `reported by ${f.articles.map((id) => w.who(id)).join(', ')} · omitted by ${omit.join(', ') || 'none'}`);
    });
  }

  w.heading('Single-source: what only one outlet reports', w.view.single.length);
  for (const g of singles) {
    w.item(`  Only ${g.article.label} `, `${plain(g.article.article.outlet)} (${g.facts.length})`, w.c.magenta);
    for (const f of g.facts) w.item(`    • ${plain(f.id)} `, plain(f.text), w.c.magenta, 6);
  }
}

function factWithWording(w: TextWriter, f: ReportFact, paint: (s: string) => string, between?: () => void): void {
  w.item(`  • ${plain(f.id)} `, plain(f.text), paint, 4);
  between?.();
  for (const { article, mentions } of w.view.wording(f)) {
    for (const m of mentions) w.item(`      ${w.who(article)}: `, quoted(m.text), w.c.bold, 8);
  }
}
