import { escapeHtml as h, plain } from './escape.js';
import type { Mark } from './highlight.js';
import { pieces } from './highlight.js';
import type { ArticleView, ReportView } from './view.js';

/** What a highlight stands for: a fact mention, a quote, a framing span or an off-story section. */
export type HighlightRef =
  | { kind: 'fact'; fact: number; mention: number }
  | { kind: 'quote'; quote: number }
  | { kind: 'framing'; framing: number }
  | { kind: 'off'; segment: number };

const FACT_CLASS = { consensus: 'fc', partial: 'fp', single: 'fs' } as const;
const MAX_TITLE_WORDING = 200;
/** Other outlets' wordings listed in one tooltip; the matrix and fact lists show them all. */
const MAX_TITLE_OTHERS = 6;

/** Anchor id of the first mention of a fact in an article (ids are built from indices, never text). */
export function mentionAnchor(article: number, fact: number): string {
  return `a${article}f${fact}`;
}

/** Anchor id of an article's text panel. */
export function textAnchor(article: number): string {
  return `text-${article}`;
}

/**
 * The articles' texts side by side (stacked on narrow screens), each fact mention coloured by its
 * status, quotes and framing spans marked, every highlight titled with what it stands for.
 * Each highlighted element carries `data-m`, the ids of its spans (f<fact>.<mention>, q<quote>, r<framing>).
 */
export function textsHtml(v: ReportView): string {
  const panels = v.articles.map((a) => panel(v, a));
  return `<div class="texts">${panels.join('')}</div>`;
}

/**
 * Every span to highlight in one article: fact mentions, quotes, framing spans and off-story sections
 * (shared by this report and the web app's story page).
 */
export function articleMarks(v: ReportView, a: ArticleView): Mark<HighlightRef>[] {
  const id = a.article.id;
  const marks: Mark<HighlightRef>[] = [];
  v.report.facts.forEach((f, fi) =>
    f.mentions.forEach((m, mi) => m.article === id && marks.push({ start: m.start, end: m.end, ref: { kind: 'fact', fact: fi, mention: mi } })),
  );
  v.report.quotes.forEach((q, qi) => q.article === id && marks.push({ start: q.start, end: q.end, ref: { kind: 'quote', quote: qi } }));
  v.report.framing.forEach((f, ri) => f.article === id && marks.push({ start: f.start, end: f.end, ref: { kind: 'framing', framing: ri } }));
  a.article.segments.forEach((s, si) => !s.inStory && marks.push({ start: s.start, end: s.end, ref: { kind: 'off', segment: si } }));
  return marks;
}

function panel(v: ReportView, a: ArticleView): string {
  const { article } = a;
  const marks = articleMarks(v, a);

  const text = article.text;
  const anchored = new Set<string>();
  const out: string[] = [];
  for (const p of pieces(text.length, marks)) {
    for (const m of p.marks) {
      if (m.start !== p.start) continue;
      if (m.ref.kind === 'off') out.push('<span class="badge off-story">other story: not compared</span>');
      if (m.ref.kind === 'fact' && !anchored.has(`${m.ref.fact}`)) {
        anchored.add(`${m.ref.fact}`);
        out.push(`<span id="${mentionAnchor(a.index, m.ref.fact)}"></span>`);
      }
    }
    const body = h(text.slice(p.start, p.end));
    if (p.marks.length === 0) out.push(body);
    else out.push(`<span class="hl ${highlightClasses(v, a, p.marks)}" data-m="${p.marks.map(highlightToken).join(' ')}" title="${h(titleOf(v, a, p.marks))}">${body}</span>`);
  }
  const head = `<span class="lab">${a.label}</span> <strong>${h(article.outlet)}</strong>${article.title ? ` — ${h(article.title)}` : ''}`;
  return `<article class="text" id="${textAnchor(a.index)}"><header>${head}</header><div class="body">${out.join('')}</div></article>`;
}

/** A span's short id in `data-m`: f<fact>.<mention>, q<quote>, r<framing>, o<segment>. */
export function highlightToken(m: Mark<HighlightRef>): string {
  const r = m.ref;
  return r.kind === 'fact' ? `f${r.fact}.${r.mention}` : r.kind === 'quote' ? `q${r.quote}` : r.kind === 'framing' ? `r${r.framing}` : `o${r.segment}`;
}

/** The classes of a highlighted piece: fc/fp/fs by fact status, fx conflicting, q quote, rl/rh framing, off. */
export function highlightClasses(v: ReportView, a: ArticleView, marks: Mark<HighlightRef>[]): string {
  const out = new Set<string>();
  for (const { ref } of marks) {
    if (ref.kind === 'fact') {
      const fact = v.report.facts[ref.fact];
      out.add(FACT_CLASS[fact.status]);
      if (v.coverage(fact, a.article.id) === 'conflicting') out.add('fx');
    } else if (ref.kind === 'quote') out.add('q');
    else if (ref.kind === 'framing') out.add(v.report.framing[ref.framing].kind === 'hedge' ? 'rh' : 'rl');
    else out.add('off');
  }
  return [...out].join(' ');
}

/** The tooltip: each span's meaning; for a fact, its text and the other outlets' wording. */
function titleOf(v: ReportView, a: ArticleView, marks: Mark<HighlightRef>[]): string {
  const parts: string[] = [];
  for (const { ref } of marks) {
    if (ref.kind === 'fact') {
      const fact = v.report.facts[ref.fact];
      const lines = [`Fact ${plain(fact.id)} (${fact.status}): ${plain(fact.text)}`];
      for (const c of v.report.conflicts.filter((c) => c.fact === fact.id && c.sides.some((s) => s.article === a.article.id))) {
        lines.push(`Conflict (${c.kind}): ${plain(c.description)}`);
      }
      const others = v.wording(fact).filter((w) => w.article !== a.article.id);
      if (others.length > 0) lines.push('Other outlets:');
      for (const w of others.slice(0, MAX_TITLE_OTHERS)) lines.push(`${v.label(w.article)} ${plain(v.outlet(w.article))}: “${short(w.mentions.map((m) => m.text).join(' … '))}”`);
      if (others.length > MAX_TITLE_OTHERS) lines.push(`… and ${others.length - MAX_TITLE_OTHERS} more (see the fact lists)`);
      parts.push(lines.join('\n'));
    } else if (ref.kind === 'quote') {
      const q = v.report.quotes[ref.quote];
      parts.push(`Quote (${q.kind}) — speaker: ${q.speaker ? plain(q.speaker) : 'unknown'}${q.cue ? `, cue: ${plain(q.cue)}` : ''}`);
    } else if (ref.kind === 'framing') {
      const f = v.report.framing[ref.framing];
      const voice = f.voice === 'reporter' ? "reporter's own voice" : `quoted${f.speaker ? ` (${plain(f.speaker)})` : ''}`;
      parts.push(`Framing: ${f.kind}, ${voice}${f.note ? ` — ${plain(f.note)}` : ''}`);
    } else {
      const s = a.article.segments[ref.segment];
      parts.push(`Other story${s.heading ? ` (“${plain(s.heading)}”)` : ''}: left out of the comparison`);
    }
  }
  return parts.join('\n\n');
}

function short(text: string): string {
  const t = plain(text);
  return t.length > MAX_TITLE_WORDING ? `${t.slice(0, MAX_TITLE_WORDING - 1)}…` : t;
}
