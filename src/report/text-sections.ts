import { plain } from './escape.js';
import type { TextWriter } from './text-writer.js';
import { quoted } from './text-writer.js';
import { padEnd, truncate } from './wrap.js';

/** Conflicts: each side's value and sentence, one under the other. */
export function conflictsText(w: TextWriter): void {
  const { conflicts } = w.view.report;
  w.heading('Conflicts', conflicts.length);
  if (conflicts.length === 0) return w.note(2, 'none found');
  for (const c of conflicts) {
    w.item(`  ⚠ ${c.kind}: `, `${plain(c.description)} (fact ${plain(c.fact)}, confidence ${c.confidence})`, w.c.red, 4);
    const whoWidth = Math.min(30, Math.max(...c.sides.map((s) => w.who(s.article).length)));
    for (const s of c.sides) {
      w.item(`      ${padEnd(truncate(w.who(s.article), whoWidth), whoWidth)}  `, plain(s.value), w.c.bold);
      w.item('          ', quoted(s.text));
    }
  }
}

/** Who gets to speak: quotes per speaker and outlet, then the quotes grouped by speaker. */
export function speakersText(w: TextWriter): void {
  const { speakers, articles } = w.view;
  w.heading('Who gets to speak', speakers.length);
  if (speakers.length === 0) return w.note(2, 'no quotes found');
  const names = speakers.map((g) => speakerName(g.speaker, g.type));
  const nameWidth = Math.min(34, Math.max(7, ...names.map((n) => n.length)));
  const colWidth = Math.max(...articles.map((a) => a.label.length)) + 2;
  const fits = 2 + nameWidth + 2 + articles.length * colWidth <= w.width - 10;
  if (fits) {
    w.lines.push(w.c.bold(`  ${padEnd('speaker', nameWidth)}  ${articles.map((a) => padEnd(a.label, colWidth)).join('')}stance`));
    speakers.forEach((g, i) => {
      const counts = articles.map((a) => padEnd(String(g.counts.get(a.article.id) ?? '·'), colWidth)).join('');
      const stance = g.stances.map((s) => `${w.view.label(s.article)}: ${plain(s.stance)}`).join('; ');
      const used = 2 + nameWidth + 2 + articles.length * colWidth;
      w.lines.push(`  ${padEnd(truncate(names[i], nameWidth), nameWidth)}  ${counts}${truncate(stance, w.width - used)}`);
    });
  } else w.note(2, `${articles.length} articles are too many for a table this wide: each speaker's count per outlet heads their quotes below`);
  w.heading('Quotes by speaker', w.view.report.quotes.length);
  speakers.forEach((g, i) => {
    if (g.quotes.length === 0 && fits) return;
    const perOutlet = [...g.counts].map(([id, n]) => `${w.view.label(id)} ${n}`).join(' · ');
    const from = w.lines.length;
    w.item('  ', `${names[i]} — ${perOutlet}`);
    for (let l = from; l < w.lines.length; l++) w.lines[l] = w.c.bold(w.lines[l]);
    for (const q of g.quotes) {
      const cue = q.cue ? ` (${plain(q.cue)}, ${q.kind})` : ` (${q.kind})`;
      w.item(`      ${w.view.label(q.article)} `, `${quoted(q.text)}${cue}`, w.c.bold, 8);
    }
  });
}

/** Framing spans: kind, whose voice, outlet, the words and why they were flagged. */
export function framingText(w: TextWriter): void {
  const { framing } = w.view.report;
  w.heading('Framing: loaded wording, opinion, hedges, labels', framing.length);
  if (framing.length === 0) return w.note(2, 'none found');
  for (const f of framing) {
    const voice = f.voice === 'reporter' ? "reporter's own voice" : `quoted${f.speaker ? `: ${plain(f.speaker)}` : ''}`;
    w.item(`  ${f.kind} `, `· ${voice} · ${w.who(f.article)}`, f.kind === 'hedge' ? w.c.blue : w.c.red);
    w.item('      ', `${quoted(f.text)}${f.note ? ` — ${plain(f.note)}` : ''}`);
  }
}

/** Entities: canonical name, type, aliases and mentions per outlet. */
export function entitiesText(w: TextWriter): void {
  const { entities } = w.view.report;
  w.heading('Entities', entities.length);
  if (entities.length === 0) return w.note(2, 'none found');
  for (const e of entities) {
    const counts = new Map<string, number>();
    for (const m of e.mentions) counts.set(m.article, (counts.get(m.article) ?? 0) + 1);
    const perOutlet = w.view.articles.map((a) => `${a.label} ${counts.get(a.article.id) ?? 0}`).join(' · ');
    w.item('  ', `${plain(e.name)} (${e.type}) — ${perOutlet}`);
    if (e.aliases.length > 0) w.note(6, `also: ${e.aliases.map(plain).join(', ')}`);
  }
}

/** Problems met on the way. */
export function messagesText(w: TextWriter): void {
  const { messages } = w.view.report;
  w.heading('Messages', messages.length);
  if (messages.length === 0) return w.note(2, 'none');
  for (const m of messages) {
    const paint = m.severity === 'error' ? w.c.red : m.severity === 'warning' ? w.c.yellow : w.c.dim;
    w.item(`  ${m.severity} `, `${plain(m.code)} [${plain(m.stage)}] ${plain(m.reason)}`, paint, 4);
  }
}

function speakerName(speaker: string | null, type: string | null): string {
  return speaker === null ? '(speaker unknown)' : `${plain(speaker)}${type ? ` (${type})` : ''}`;
}
