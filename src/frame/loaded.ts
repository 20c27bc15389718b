import type { FramingSpan } from '../model/index.js';
import { namingVerb } from './attribution.js';
import type { ArticleView } from './context.js';
import { LEXICONS, sectionSet, type Lexicon } from './lexicon.js';
import { matchWords } from './match.js';
import { extendToHead, mergeRuns, q, toSpan, type Candidate } from './spans.js';
import type { Word } from './words.js';

/** Modifiers that always take their noun with them: "so-called reforms", "self-styled leader". */
const TAKES_HEAD = new Set(['so-called', 'so called', 'self-styled', 'self-proclaimed', 'self-appointed', 'wannabe', 'pseudo']);
const MONGER = /mongers?$|mongering$/;
const PARTISAN = /^(pro|anti)-[a-z]/;
const POSSESSIVE = new Set(["'s", "'"]);

/**
 * Finds loaded wording in an article's in-story sentences, in any voice: lexicon words and phrases,
 * "-monger" words, and pro-/anti- compounds used as a characterisation ("the party's pro-gun agenda").
 * @example loaded(view) // [{ text: 'pro-war stance', kind: 'loaded', voice: 'reporter', … }]
 */
export function loaded(view: ArticleView, lex: Lexicon = LEXICONS.loaded, partisan: Lexicon = LEXICONS.partisan): FramingSpan[] {
  const heads = sectionSet(partisan, 'head');
  const neutral = sectionSet(partisan, 'neutral');
  const spans: FramingSpan[] = [];
  for (const sv of view.sentences) {
    const words = sv.words;
    const cands: Candidate[] = [];
    for (const m of matchWords(words, lex)) {
      if (m.to - m.from === 1 && words[m.from].inName) continue;
      const phrase = m.entry.phrase;
      if (TAKES_HEAD.has(phrase) && words[m.to]?.upper) continue; // "the so-called Tubbs Fire" names it
      const last = words[m.to - 1];
      const to = TAKES_HEAD.has(phrase) || last.pos === 'ADJ' ? extendToHead(words, m.to) : MONGER.test(last.lower) ? withNoun(words, m.to) : m.to;
      cands.push({ from: m.from, to, note: `loaded wording ${q(phrase)} (${m.entry.section})` });
    }
    words.forEach((w, i) => {
      if (w.punct) return;
      if (MONGER.test(w.lower) && !cands.some((c) => c.from <= i && i < c.to)) {
        cands.push({ from: i, to: withNoun(words, i + 1), note: `loaded wording ${q(w.lower)} ("-monger" label)` });
      }
      const p = partisanAt(words, i, heads, neutral);
      if (p) cands.push(p);
    });
    for (const c of mergeRuns(words, cands)) {
      const span = toSpan(view, sv, c, 'loaded');
      const verb = span.voice === 'reporter' ? namingVerb(words, c.from) : null;
      if (verb) Object.assign(span, { voice: 'quoted', speaker: sv.sentence.speaker, note: `${span.note}; a source's characterisation after ${q(verb)}` });
      spans.push(span);
    }
  }
  return spans;
}

/** "warmongers party", "fearmongering campaign": a "-monger" word takes the noun it modifies. */
function withNoun(words: Word[], to: number): number {
  const next = words[to];
  return next && !next.punct && (next.pos === 'NOUN' || next.pos === 'PROPN') ? to + 1 : to;
}

/** A pro-/anti- compound before a stance noun, or after a possessive, as one characterising phrase. */
function partisanAt(words: Word[], i: number, heads: Set<string>, neutral: Set<string>): Candidate | null {
  const w = words[i];
  if (!PARTISAN.test(w.lower) || neutral.has(w.lower) || neutral.has(w.lower.split('-').slice(0, 2).join('-'))) return null;
  const next = words[i + 1];
  const headed = next && !next.punct && next.keys.some((k) => heads.has(k));
  const owned = next && next.pos === 'NOUN' && possessed(words, i);
  if (!headed && !owned) return null;
  const why = headed ? `before ${q(next.lower)}` : 'after a possessive';
  return { from: i, to: i + 2, note: `partisan label ${q(w.lower)} ${why} characterises an actor's position` };
}

/** The compound follows a genitive "X's", possibly with adjectives between ("the EU's longstanding"). */
function possessed(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (POSSESSIVE.has(words[j].lower)) return true;
    if (words[j].pos !== 'ADJ' && words[j].pos !== 'ADV') return false;
  }
  return false;
}
