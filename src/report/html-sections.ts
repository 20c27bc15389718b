import { escapeHtml as h } from './escape.js';
import { mentionAnchor, textAnchor } from './html-texts.js';
import type { ReportFact, ReportView } from './view.js';
import { isQuoted } from './view.js';

const NONE = (what: string) => `<p class="muted">${what}</p>`;

/** A section with an id to link to. */
export function section(id: string, title: string, content: string): string {
  return `<section id="${id}"><h2>${h(title)}</h2>\n${content}\n</section>`;
}

/** An article's label badge, linking to its text. */
export function labelHtml(v: ReportView, id: string): string {
  const a = v.byId.get(id);
  return a ? `<a class="lab" href="#${textAnchor(a.index)}">${a.label}</a>` : '<span class="lab">?</span>';
}

/** "A Outlet" with the label badge. */
export function whoHtml(v: ReportView, id: string): string {
  return `${labelHtml(v, id)} ${h(v.outlet(id))}`;
}


/** Consensus, partial and single-source facts, each with every outlet's wording. */
export function factsHtml(v: ReportView): string {
  const consensus = v.consensus.length ? `<ul class="facts">${v.consensus.map((f) => factItem(v, f)).join('')}</ul>` : NONE('None.');
  const partial = v.partial.length
    ? `<ul class="facts">${v.partial.map((f) => factItem(v, f, coverageLine(v, f))).join('')}</ul>`
    : NONE('None.');
  const single = v.singles
    .map((g) => {
      const items = g.facts.map((f) => factItem(v, f)).join('');
      return `<h3>What only ${whoHtml(v, g.article.article.id)} reports (${g.facts.length})</h3>${items ? `<ul class="facts">${items}</ul>` : NONE('Nothing.')}`;
    })
    .join('');
  return [
    section('consensus', `Consensus: reported by ${v.consensusLabel}`, consensus),
    section('partial', 'Partial: reported by some, omitted by others', partial),
    section('single', 'Single-source: what only one outlet reports', single),
  ].join('\n');
}

function coverageLine(v: ReportView, f: ReportFact): string {
  const omit = v.articles.filter((a) => v.coverage(f, a.article.id) === 'omitted').map((a) => whoHtml(v, a.article.id));
  return `<div class="muted">Reported by ${f.articles.map((id) => whoHtml(v, id)).join(', ')}; omitted by ${omit.join(', ') || 'none'}.</div>`;
}

function factItem(v: ReportView, f: ReportFact, extra = ''): string {
  const fi = v.report.facts.indexOf(f);
  const wording = v.wording(f).flatMap(({ article, mentions }) => {
    const a = v.byId.get(article);
    return mentions.map((m) => {
      const at = a ? ` <a href="#${mentionAnchor(a.index, fi)}" title="show in the text">↗</a>` : '';
      return `<li>${whoHtml(v, article)}: ${quoteHtml(m.text)}${at}</li>`;
    });
  });
  return `<li class="status-${h(f.status)}"><strong>${h(f.id)}</strong> ${h(f.text)}${extra}<ul class="wording">${wording.join('')}</ul></li>`;
}

/** Conflicts with their sides next to each other (stacked on a narrow screen). */
export function conflictsHtml(v: ReportView): string {
  if (v.report.conflicts.length === 0) return NONE('None found.');
  return v.report.conflicts
    .map((c) => {
      const sides = c.sides.map(
        (s) => `<div class="side"><div>${whoHtml(v, s.article)}</div><div class="value">${h(s.value)}</div><div>${quoteHtml(s.text)}</div></div>`,
      );
      return `<h3>⚠ ${h(c.kind)}: ${h(c.description)}</h3><p class="muted">Fact ${h(c.fact)} · confidence ${h(String(c.confidence))}</p><div class="sides">${sides.join('')}</div>`;
    })
    .join('');
}

/** A speaker × outlet table of quote counts and stances, then every quote grouped by speaker. */
export function speakersHtml(v: ReportView): string {
  if (v.speakers.length === 0) return NONE('No quotes found.');
  const head = ['Speaker', 'Type', ...v.articles.map((a) => a.label), 'Stance'].map((c) => `<th>${h(c)}</th>`).join('');
  const rows = v.speakers.map((g) => {
    const counts = v.articles.map((a) => `<td class="mark">${g.counts.get(a.article.id) ?? '·'}</td>`).join('');
    const stance = g.stances.map((s) => `${labelHtml(v, s.article)} ${h(s.stance)}`).join('<br>');
    return `<tr><td>${speakerName(g.speaker)}</td><td>${h(g.type ?? '')}</td>${counts}<td>${stance}</td></tr>`;
  });
  const quotes = v.speakers
    .filter((g) => g.quotes.length > 0)
    .map((g) => {
      const items = g.quotes.map((q) => `<li>${whoHtml(v, q.article)}: ${quoteHtml(q.text)} <span class="muted">(${h(q.cue ? `${q.cue}, ${q.kind}` : q.kind)})</span></li>`);
      return `<details open><summary>${speakerName(g.speaker)} (${g.quotes.length})</summary><ul>${items.join('')}</ul></details>`;
    });
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div><h3>Quotes by speaker</h3>${quotes.join('')}`;
}

/** Framing spans: kind, whose voice, the words and why they were flagged. */
export function framingHtml(v: ReportView): string {
  if (v.report.framing.length === 0) return NONE('None found.');
  const rows = v.report.framing.map((f) => {
    const voice = f.voice === 'reporter' ? 'reporter’s own' : `quoted${f.speaker ? `: ${h(f.speaker)}` : ''}`;
    const cls = f.kind === 'hedge' ? 'rh' : 'rl';
    return `<tr><td>${whoHtml(v, f.article)}</td><td>${h(f.kind)}</td><td>${voice}</td><td><span class="${cls}">${h(f.text)}</span></td><td>${h(f.note)}</td></tr>`;
  });
  const head = ['Outlet', 'Kind', 'Voice', 'Words', 'Note'].map((c) => `<th>${c}</th>`).join('');
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** Entities with aliases and mentions per outlet. */
export function entitiesHtml(v: ReportView): string {
  if (v.report.entities.length === 0) return NONE('None found.');
  const head = ['Entity', 'Type', 'Also called', ...v.articles.map((a) => a.label)].map((c) => `<th>${h(c)}</th>`).join('');
  const rows = v.report.entities.map((e) => {
    const counts = v.articles.map((a) => `<td class="mark">${e.mentions.filter((m) => m.article === a.article.id).length}</td>`).join('');
    return `<tr><td><strong>${h(e.name)}</strong></td><td>${h(e.type)}</td><td>${e.aliases.map(h).join(', ')}</td>${counts}</tr>`;
  });
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** Problems met on the way. */
export function messagesHtml(v: ReportView): string {
  if (v.report.messages.length === 0) return NONE('None.');
  const rows = v.report.messages.map(
    (m) => `<tr><td>${h(m.severity)}</td><td><code>${h(m.code)}</code></td><td>${h(m.stage)}</td><td>${h(m.file ?? '')}</td><td>${h(m.reason)}</td></tr>`,
  );
  const head = ['Severity', 'Code', 'Stage', 'File', 'Reason'].map((c) => `<th>${c}</th>`).join('');
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** An outlet's wording, escaped, in quotation marks unless it has its own. */
export function quoteHtml(text: string): string {
  return isQuoted(text) ? h(text) : `“${h(text)}”`;
}

function speakerName(speaker: string | null): string {
  return speaker === null ? '<span class="muted">speaker unknown</span>' : h(speaker);
}
