import { escapeMarkdown as md } from './escape.js';
import type { ReportView } from './view.js';
import { isQuoted } from './view.js';

/** A table row from cells that are already escaped. */
export function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A table header and its rule. */
export function header(cells: string[]): string[] {
  return [row(cells), row(cells.map(() => '---'))];
}

/** "A Harbour Gazette", escaped. */
export function who(v: ReportView, id: string): string {
  return `**${v.label(id)}** ${md(v.outlet(id))}`;
}

/** An outlet's wording, escaped and quoted. */
export function wording(text: string): string {
  return isQuoted(text) ? md(text) : `“${md(text)}”`;
}

/** Conflicts: one table per conflict, the sides as rows (value and sentence per outlet). */
export function conflictsMd(v: ReportView, out: string[]): void {
  out.push('', '## Conflicts', '');
  if (v.report.conflicts.length === 0) return void out.push('_None found._');
  for (const c of v.report.conflicts) {
    out.push(`### ⚠ ${c.kind}: ${md(c.description)}`, '');
    out.push(`Fact **${md(c.fact)}** · confidence ${c.confidence}`, '');
    out.push(...header(['Outlet', 'Value', 'Sentence']));
    for (const s of c.sides) out.push(row([who(v, s.article), `**${md(s.value)}**`, wording(s.text)]));
    out.push('');
  }
}

/** Who gets to speak: a speaker × outlet table of quote counts, then the quotes by speaker. */
export function speakersMd(v: ReportView, out: string[]): void {
  out.push('', '## Who gets to speak', '');
  if (v.speakers.length === 0) return void out.push('_No quotes found._');
  out.push(...header(['Speaker', 'Type', ...v.articles.map((a) => a.label), 'Stance']));
  for (const g of v.speakers) {
    const counts = v.articles.map((a) => String(g.counts.get(a.article.id) ?? '·'));
    const stance = g.stances.map((s) => `${v.label(s.article)}: ${md(s.stance)}`).join('; ');
    out.push(row([speakerName(g.speaker), g.type ?? '', ...counts, stance]));
  }
  out.push('', '### Quotes by speaker');
  for (const g of v.speakers) {
    if (g.quotes.length === 0) continue;
    out.push('', `**${speakerName(g.speaker)}**`, '');
    for (const q of g.quotes) {
      const cue = q.cue ? `${md(q.cue)}, ${q.kind}` : q.kind;
      out.push(`- ${who(v, q.article)}: ${wording(q.text)} _(${cue})_`);
    }
  }
}

/** Framing spans: kind, voice, outlet, words and the reason they were flagged. */
export function framingMd(v: ReportView, out: string[]): void {
  out.push('', '## Framing: loaded wording, opinion, hedges, labels', '');
  if (v.report.framing.length === 0) return void out.push('_None found._');
  out.push(...header(['Outlet', 'Kind', 'Voice', 'Words', 'Note']));
  for (const f of v.report.framing) {
    const voice = f.voice === 'reporter' ? "reporter's own" : `quoted${f.speaker ? `: ${md(f.speaker)}` : ''}`;
    out.push(row([who(v, f.article), f.kind, voice, wording(f.text), md(f.note)]));
  }
}

/** Entities with their aliases and mentions per outlet. */
export function entitiesMd(v: ReportView, out: string[]): void {
  out.push('', '## Entities', '');
  if (v.report.entities.length === 0) return void out.push('_None found._');
  out.push(...header(['Entity', 'Type', 'Also called', ...v.articles.map((a) => a.label)]));
  for (const e of v.report.entities) {
    const counts = v.articles.map((a) => String(e.mentions.filter((m) => m.article === a.article.id).length));
    out.push(row([`**${md(e.name)}**`, e.type, e.aliases.map(md).join(', '), ...counts]));
  }
}

/** Problems met on the way. */
export function messagesMd(v: ReportView, out: string[]): void {
  out.push('', '## Messages', '');
  if (v.report.messages.length === 0) return void out.push('_None._');
  out.push(...header(['Severity', 'Code', 'Stage', 'File', 'Reason']));
  for (const m of v.report.messages) out.push(row([m.severity, `\`${m.code.replace(/[`|\s]/g, '')}\``, md(m.stage), md(m.file ?? ''), md(m.reason)]));
}

function speakerName(speaker: string | null): string {
  return speaker === null ? '_speaker unknown_' : md(speaker);
}
