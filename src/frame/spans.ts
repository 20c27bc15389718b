import type { FramingKind, FramingSpan } from '../model/index.js';
import { voiceAt, type ArticleView, type SentenceView } from './context.js';
import type { Word } from './words.js';

/** A detector's find, in words `[from, to)` of one sentence, before voice is settled. */
export interface Candidate {
  from: number;
  to: number;
  note: string;
}

const NOUNS = new Set(['NOUN', 'PROPN']);
const MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Words that may sit between two finds of one phrase: "siren song | of the | Warmongers party". */
const GLUE = new Set(['DET', 'ADP', 'PART', 'CCONJ']);

/**
 * Extends a modifier to the noun it modifies: "draconian" → "draconian measures",
 * "so-called" → "so-called peace plan". Stays put when no noun follows within three words.
 */
export function extendToHead(words: Word[], to: number, limit = 3): number {
  let head = to;
  for (let j = to; j < words.length && j < to + limit; j++) {
    const w = words[j];
    if (w.punct || !MODIFIERS.has(w.pos)) break;
    if (NOUNS.has(w.pos)) head = j + 1;
  }
  return head;
}

/** Joins finds of one sentence that are separated only by function words into one phrase. */
export function mergeRuns(words: Word[], cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.from - b.from || b.to - a.to);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.from < last.to) {
      if (c.to > last.to) last.to = c.to;
      continue;
    }
    if (last && c.from - last.to <= 2 && words.slice(last.to, c.from).every((w) => GLUE.has(w.pos))) {
      last.to = c.to;
      last.note = `${last.note}; ${c.note}`;
      continue;
    }
    out.push({ ...c });
  }
  return out;
}

/** Turns a candidate into a span of the article, with its voice and speaker. */
export function toSpan(view: ArticleView, sv: SentenceView, c: Candidate, kind: FramingKind): FramingSpan {
  const start = sv.words[c.from].start;
  const end = sv.words[c.to - 1].end;
  const { voice, speaker } = voiceAt(view, sv, start, end);
  const text = view.article.text.slice(start, end);
  return { article: view.article.id, text, kind, voice, speaker, note: c.note, start, end };
}

/** Drops spans of one kind in one article that overlap a longer one (the earlier wins ties). */
export function dropOverlaps(spans: FramingSpan[]): FramingSpan[] {
  const groups = new Map<string, FramingSpan[]>();
  for (const s of spans) {
    const key = `${s.article}\u0000${s.kind}`;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  const kept: FramingSpan[] = [];
  for (const list of groups.values()) {
    const sorted = list.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const mine: FramingSpan[] = [];
    for (const s of sorted) if (!mine.some((k) => k.start < s.end && s.start < k.end)) mine.push(s);
    kept.push(...mine);
  }
  return kept;
}

/** Quotes a phrase for a note: `"siren song"`. */
export const q = (s: string): string => `"${s}"`;
