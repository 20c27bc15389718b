import { its, nlp } from '../tokenize/nlp.js';
import type { AnnotatedArticle, EntityMention, EntityType, Quote, Sentence, Token } from '../model/index.js';

/**
 * Test helper: builds a realistic AnnotatedArticle from plain text, tokenised by wink-nlp the way
 * the annotate stage does, with the quotes and entity mentions a test names by their text.
 * Not used by the engine.
 */
export interface FixtureOptions {
  id?: string;
  outlet?: string;
  quotes?: { text: string; speaker: string | null; kind?: Quote['kind']; cue?: string | null; by?: string }[];
  entities?: { text: string; entity: string; type?: EntityType; form?: 'name' | 'description'; roles?: string[] }[];
  /** Sentences that contain one of these strings are marked as not in the story. */
  offStory?: string[];
}

/** @example makeArticle('Critics slammed the plan.', { outlet: 'A' }) */
export function makeArticle(text: string, options: FixtureOptions = {}): AnnotatedArticle {
  const doc = nlp.readDoc(text);
  const out = (f: unknown) => doc.tokens().out(f as typeof its.value) as unknown[];
  const values = out(its.value) as string[];
  const pos = out(its.pos) as string[];
  const lemmas = out(its.lemma) as string[];
  const types = out(its.type) as string[];
  const stops = out(its.stopWordFlag) as boolean[];
  const tokens: Token[] = [];
  const keep: number[] = [];
  let at = 0;
  values.forEach((value, i) => {
    if (!value.trim()) return void keep.push(-1);
    const found = text.indexOf(value, at);
    const start = found >= 0 ? found : at;
    const end = found >= 0 ? found + value.length : at;
    at = end;
    keep.push(tokens.length);
    tokens.push({ value, lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X', type: types[i] ?? 'word', stop: Boolean(stops[i]), start, end });
  });
  const spans = (doc.sentences().out(its.span) as unknown as number[][])
    .map(([s, e]) => keep.slice(s, e + 1).filter((k) => k >= 0))
    .filter((ks) => ks.length > 0);
  const quotes: Quote[] = (options.quotes ?? []).map((q) => {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`fixture: quote not in text: ${q.text}`);
    const by = q.by ? text.indexOf(q.by) : -1;
    const speakerSpan = by >= 0 && q.by ? { start: by, end: by + q.by.length } : null;
    return { speaker: q.speaker, speakerSpan, cue: q.cue ?? null, text: q.text, kind: q.kind ?? 'direct', sentence: 0, start, end: start + q.text.length };
  });
  const sentences: Sentence[] = spans.map((ks, index) => {
    const first = ks[0];
    const last = ks[ks.length - 1];
    const start = tokens[first].start;
    const end = tokens[last].end;
    const slice = text.slice(start, end);
    const covered = quotes.filter((q) => q.start < end && start < q.end);
    const chars = covered.reduce((n, q) => n + Math.min(end, q.end) - Math.max(start, q.start), 0);
    const quoted = chars * 2 > end - start;
    return {
      index, start, end, tokenStart: first, tokenEnd: last + 1, block: 0, segment: 0,
      inStory: !(options.offStory ?? []).some((s) => slice.includes(s)),
      voice: quoted ? 'quoted' : 'reporter', speaker: quoted ? covered[0].speaker : null, embed: false,
    };
  });
  for (const q of quotes) q.sentence = sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
  const entities: EntityMention[] = (options.entities ?? []).flatMap((e) => occurrences(text, e.text).map((start) => ({
    text: e.text, type: e.type ?? 'person', sentence: sentences.findIndex((s) => s.start <= start && start < s.end),
    entity: e.entity, form: e.form ?? 'name', roles: e.roles ?? [], nationality: null, start, end: start + e.text.length,
  })));
  const id = options.id ?? 'a';
  return {
    id, outlet: options.outlet ?? id, title: null, url: null, date: null, authors: [], language: 'en', copyOf: null, source: `${id}.txt`, text,
    messages: [], blocks: [{ start: 0, end: text.length, dropped: null, heading: false, embed: false }],
    segments: [{ start: 0, end: text.length, heading: null, inStory: true, score: 1, blocks: [0] }],
    tokens, sentences, entities, numbers: [], dates: [], quotes,
  };
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}
