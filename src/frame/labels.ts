import type { Entity, EntityMention, FramingSpan } from '../model/index.js';
import { voiceAt, type ArticleView, type SentenceView } from './context.js';
import { fold, LEXICONS, sectionSet } from './lexicon.js';
import { matchWords } from './match.js';
import { q } from './spans.js';
import type { Word } from './words.js';

/** How one article refers to one entity by description: "the regime", or a role beside the name. */
interface Label {
  label: string;
  start: number;
  end: number;
  words: Word[];
}

const FUNCTION_POS = new Set(['DET', 'ADP', 'PART', 'CCONJ', 'PUNCT', 'NUM', 'PRON', 'SYM']);
const LEADING = /^(the|a|an|this|that|these|those)\s+/;

/**
 * Finds descriptive labels for one entity that differ across outlets: a label with a loaded word
 * ("the regime"), or a judging description no other outlet uses ("the strongman"). Neutral role
 * titles ("the Russian president") are left alone. Only labels in the reporter's voice count; the
 * note says what the other outlets call the entity.
 * @example labels(views, entities) // [{ text: 'regime', kind: 'label', note: 'loaded label for …: here "regime"; elsewhere "government" (B)' }]
 */
export function labels(views: ArticleView[], entities: Entity[]): FramingSpan[] {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const found = views.map((v) => collect(v));
  const spans: FramingSpan[] = [];
  views.forEach((view, a) => {
    for (const [key, list] of found[a].labels) {
      const others = views.map((_, b) => b).filter((b) => b !== a && found[b].mentioned.has(key));
      if (others.length === 0) continue;
      const elsewhere = new Set(others.flatMap((b) => (found[b].labels.get(key) ?? []).map((l) => l.label)));
      // Of something no outlet names ("the secret court"), a description is how it is referred to:
      // only a loaded word in it is framing.
      const named = found.some((f) => (f.mentioned.get(key) ?? []).length > 0);
      for (const l of list) {
        const loadedWord = matchWords(l.words, LEXICONS.loaded).length > 0;
        const judging = l.words.some(isJudging);
        if (!loadedWord && !(judging && named && !elsewhere.has(l.label))) continue;
        const name = byKey.get(key)?.name ?? key;
        const why = loadedWord ? 'loaded label' : 'label used only by this outlet';
        const there = others.map((b) => `${wording(found[b], key)} (${views[b].article.outlet})`).join(', ');
        const note = `${why} for ${name}: here ${q(l.label)}; elsewhere ${there}`;
        const text = view.article.text.slice(l.start, l.end);
        spans.push({ article: view.article.id, text, kind: 'label', voice: 'reporter', speaker: null, note, start: l.start, end: l.end });
      }
    }
  });
  return spans;
}

interface Found {
  /** Reporter-voice labels per entity key. */
  labels: Map<string, Label[]>;
  /** Every entity the article mentions in its in-story sentences, with its name forms. */
  mentioned: Map<string, string[]>;
}

function collect(view: ArticleView): Found {
  const out: Found = { labels: new Map(), mentioned: new Map() };
  const mentions = view.article.entities.filter((m) => m.entity).sort((a, b) => a.start - b.start);
  let next = 0;
  for (const sv of view.sentences) {
    while (next < mentions.length && mentions[next].start < sv.sentence.start) next++;
    for (let k = next; k < mentions.length && mentions[k].start < sv.sentence.end; k++) {
      const m = mentions[k];
      if (m.end > sv.sentence.end) continue;
      const names = out.mentioned.get(m.entity) ?? [];
      if (m.form === 'name') names.push(m.text);
      out.mentioned.set(m.entity, names);
      if (voiceAt(view, sv, m.start, m.end).voice !== 'reporter') continue;
      for (const l of labelsOf(sv, m)) {
        const list = out.labels.get(m.entity) ?? [];
        list.push(l);
        out.labels.set(m.entity, list);
      }
    }
  }
  return out;
}

/** A description mention is a label; so is each role word found beside a name ("dictator Putin"). */
function labelsOf(sv: SentenceView, m: EntityMention): Label[] {
  if (m.form === 'description') {
    const words = sv.words.filter((w) => w.start >= m.start && w.end <= m.end);
    const label = fold(m.text).replace(/[\s.,;:!?]+$/, '').replace(LEADING, '').replace(/\s+/g, ' ');
    return label ? [{ label, start: m.start, end: m.end, words }] : [];
  }
  const out: Label[] = [];
  for (const role of m.roles) {
    const last = fold(role).split(/\s+/).pop() ?? '';
    const w = sv.words.find((x) => x.keys.includes(last) && (near(sv, x, m)));
    if (w) out.push({ label: fold(role), start: w.start, end: w.end, words: [w] });
  }
  return out;
}

function near(sv: SentenceView, w: Word, m: EntityMention): boolean {
  const i = sv.words.indexOf(w);
  const first = sv.words.findIndex((x) => x.start >= m.start);
  const last = sv.words.findIndex((x) => x.start >= m.end);
  return (i < first && first - i <= 4) || (last >= 0 && i >= last && i - last < 4);
}

/** A content word that is not a role, office, plain qualifier, name or nationality. */
function isJudging(w: Word): boolean {
  if (w.punct || w.inName || FUNCTION_POS.has(w.pos) || w.pos === 'PROPN') return false;
  if (w.upper || /\d/.test(w.lower)) return false;
  return !w.keys.some((k) => NEUTRAL.some((set) => set.has(k)) || k.endsWith('-year-old'));
}

const NEUTRAL = ['role', 'institution', 'qualifier'].map((s) => sectionSet(LEXICONS.roles, s));

/** What another article calls the entity: its labels, else its most used name. */
function wording(found: Found, key: string): string {
  const labels = [...new Set((found.labels.get(key) ?? []).map((l) => l.label))].slice(0, 2);
  if (labels.length) return labels.map(q).join(', ');
  const names = found.mentioned.get(key) ?? [];
  return names.length ? q(mostCommon(names)) : 'no description';
}

function mostCommon(items: string[]): string {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
