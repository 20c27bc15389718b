import type { AnnotatedArticle, Fact, FramingSpan, Span } from '../model/index.js';
import { rarity } from '../lexicon/rarity.js';
import { conceptsOf, tokenRange, type Concepts, type ConceptStats } from './concepts.js';
import { citedBy } from './citations.js';
import { mostlyQuoted, repair } from './repair.js';
import { bareWords } from '../text/bare.js';

/** A candidate summary sentence: one fact mention (or its whole sentence), worded and weighed. */
export interface Unit {
  /** Ids of the facts it states, and of the articles that say what it says (see `citedBy`). */
  facts: string[];
  articles: string[];
  /** Where its words come from. */
  article: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  words: number;
  concepts: Concepts;
  /** Position of its sentence among the article's in-story sentences (0 = the lead). */
  position: number;
  /** How many independent articles it cites (a syndicated copy and its original count once). */
  cover: number;
  /** 0..1: how fit the wording is for a neutral summary (voice, flagged wording, fragments). */
  quality: number;
  /**
   * A fragment that no trimming mends ("Ng law enforcement officers from detaining …", a paragraph
   * a scraper broke mid-word), or a source's words without their attribution: the summary takes it
   * only when nothing else is left, however many outlets tell its fact.
   */
  lastResort: boolean;
}

/** Kinds of framing that a neutral summary should not repeat in its own voice. */
const FRAMES = new Set(['loaded', 'opinion', 'label']);
/** How much a unit loses when none of its words are shared with another outlet. */
const OWN_WORDING = 0.7;
/** A sentence that opens with a pronoun leans on one the summary may not have kept. */
const PRONOUN_START = /^(?:he|she|it|it's|it’s|they|this|these|those|his|her|its|their)\b/i;
/**
 * Addressing the reader ("Imagine if you took your car…") or speaking as the writer ("Well, we
 * should probably rethink …") is a columnist's voice, not a report's.
 */
const PERSONAL = /\b(?:[Yy]ou|[Yy]ours?|[Ii]magine|[Ww]e|us|[Oo]urs?|[Mm]y|me)\b|(?<!\bWar )\bI\b/;
/** Quality of a fragment that no trimming mends, kept only for want of anything better. */
const FRAGMENT = 0.3;
/**
 * What may stand between a quotation's words and a unit's ends: marks, brackets, stops, spaces, and
 * at the start a transcript's speaker label ("THE PRESIDENT: ").
 */
const OPENING = /^(?:[\s"“‘'«(]*|[A-Z][A-Z.'’ -]{1,40}:\s*)$/;
const CLOSING = /^[\s"”’'».,!?;:)]*$/;

/**
 * Every way the summary may word each fact: each mention as a sentence of its own (unless it is a
 * fragment that no trimming mends: "with further talks set to begin…"), and, when the mention is
 * only part of its sentence, the whole sentence, which then cites every fact told in it.
 */
export function unitsOf(articles: AnnotatedArticle[], facts: Fact[], framing: FramingSpan[], stats: ConceptStats): Unit[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const positions = new Map(articles.map((a) => [a.id, storyPositions(a)]));
  const inSentence = new Map<string, Fact[]>();
  for (const f of facts) {
    for (const m of f.mentions) {
      const key = `${m.article}#${m.sentence}`;
      const list = inSentence.get(key) ?? [];
      if (!list.includes(f)) list.push(f);
      inSentence.set(key, list);
    }
  }
  const quoted = quotedWords(articles);
  const units = new Map<string, Unit>();
  for (const f of facts) {
    for (const m of f.mentions) {
      const a = byId.get(m.article);
      const s = a?.sentences[m.sentence];
      if (!a || !s) continue;
      const position = positions.get(a.id)!.get(m.sentence) ?? m.sentence;
      const add = (u: Unit, told: Fact[]): void => {
        const key = `${a.id}:${u.start}-${u.end}`;
        if (units.has(key)) return;
        const cited = citedBy(a.id, u, told);
        // A syndicated copy is no independent coverage: the outlets it copies count once.
        const cover = new Set(cited.map((id) => byId.get(id)?.copyOf ?? id)).size;
        const unit = weigh({ ...u, articles: cited, cover }, a, framing, stats);
        units.set(key, quoted(unit.text) ? { ...unit, lastResort: true } : unit);
      };
      const clause = build(a, m.sentence, m, [f], position);
      const part = m.start > s.start || m.end < s.end;
      if (clause.ok || !part) add(clause.unit, [f]);
      const whole = inSentence.get(`${a.id}#${m.sentence}`) ?? [f];
      if (part) add(build(a, m.sentence, s, whole, position).unit, whole);
    }
  }
  return [...units.values()];
}

/**
 * A test of whether a text is, word for word, part of what some article of the story prints as a
 * direct quotation or a post: "James Comey is a proven LEAKER & LIAR." printed bare by one outlet is
 * the president's tweet that others quote, not something the summary may say in its own voice.
 */
function quotedWords(articles: AnnotatedArticle[]): (text: string) => boolean {
  // One string, a line per quotation: a bare text holds no line break, so no match spans two.
  const quotes = articles.flatMap((a) => a.quotes.filter((q) => q.kind !== 'reported').map((q) => bareWords(q.text))).join('\n');
  return (text) => {
    const t = bareWords(text);
    return t.length >= 20 && quotes.includes(t);
  };
}

/** Index of each in-story sentence among the article's in-story sentences. */
function storyPositions(a: AnnotatedArticle): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of a.sentences) if (s.inStory && !a.blocks[s.block]?.heading) out.set(s.index, out.size);
  return out;
}

/** The unit for a span of a sentence that tells these facts; `ok` as `repair` says. */
function build(a: AnnotatedArticle, sentence: number, span: Span, facts: Fact[], position: number): { unit: Unit; ok: boolean } {
  const [from, to] = tokenRange(a, span, sentence);
  const { text, ok } = repair(a.text, span, a.tokens.slice(from, to));
  const unit: Unit = {
    facts: facts.map((f) => f.id),
    articles: [a.id],
    article: a.id,
    sentence,
    start: span.start,
    end: span.end,
    text,
    words: text.split(/\s+/).filter(Boolean).length,
    concepts: conceptsOf(a.tokens, from, to),
    position,
    cover: 1,
    quality: ok ? 1 : FRAGMENT,
    lastResort: !ok,
  };
  return { unit, ok };
}

/**
 * Lowers a unit's quality for a source's voice, flagged wording, questions, the first or second person, and
 * wording of its own: words no other outlet uses are where one outlet's slant shows.
 */
function weigh(u: Unit, a: AnnotatedArticle, framing: FramingSpan[], stats: ConceptStats): Unit {
  let q = u.quality * (1 - OWN_WORDING * ownShare(u.concepts, stats));
  if (a.sentences[u.sentence]?.voice === 'quoted') q *= 0.8;
  if (mostlyQuoted(u.text)) q *= 0.5;
  for (const f of framing) {
    if (f.article !== a.id || f.start >= u.end || f.end <= u.start) continue;
    if (FRAMES.has(f.kind)) q *= f.voice === 'reporter' ? 0.3 : 0.85;
    else q *= 0.9;
  }
  if (/\?["”’]?$/.test(u.text)) q *= 0.4;
  if (PRONOUN_START.test(u.text)) q *= 0.7;
  if (PERSONAL.test(u.text.replace(/[“"][^”"]*[”"]/g, ''))) q *= 0.5;
  return { ...u, quality: q, lastResort: u.lastResort || insideQuotation(u, a) };
}

/**
 * True when the unit's words all belong to one quotation (direct or a post), attribution left
 * outside: "10,000 Federal workers now on Island doing a fantastic job.”, the second sentence of a
 * quoted tweet, would be said in the summary's own voice; so would a unit that opens inside a
 * quotation, whatever follows it.
 */
function insideQuotation(u: Unit, a: AnnotatedArticle): boolean {
  return a.quotes.some((q) => q.kind !== 'reported' && q.start <= u.end && q.end >= u.start
    && ((OPENING.test(a.text.slice(u.start, Math.max(u.start, q.start))) && CLOSING.test(a.text.slice(Math.min(u.end, q.end), u.end)))
      // The second sentence of a quotation, attribution after it: "Hillary Clinton has been awarded
      // 699.57 state delegate equivalents, …,” Andy McGuire, Iowa Democratic Party chair, said."
      || (q.start < u.start - 1 && q.end > u.start)));
}

/** Share of a unit's content words (by rarity) that no other article of the story uses. */
function ownShare(concepts: Concepts, stats: ConceptStats): number {
  if (stats.articles < 2) return 0;
  let own = 0;
  let all = 0;
  for (const c of concepts) {
    if (c.includes(' ')) continue;
    const w = rarity(c);
    all += w;
    if (stats.outlets(c) < 2) own += w;
  }
  return all ? own / all : 0;
}

