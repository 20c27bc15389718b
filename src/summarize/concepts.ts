import type { AnnotatedArticle, Span, Token } from '../model/index.js';
import { rarity } from '../lexicon/rarity.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);

/** What a summary sentence can tell: its content words and the word pairs it says them in. */
export type Concepts = Set<string>;

const keyOf = (t: Token): string => (t.type === 'number' ? t.lower : t.lemma || t.lower).toLowerCase();
const isContent = (t: Token): boolean => !t.stop && CONTENT_POS.has(t.pos) && (t.lemma.length > 1 || t.type === 'number');

/**
 * The concepts of a token range: content-word lemmas ("vote", "expel") and pairs of neighbouring
 * words with at least one content word ("expel troops", "the ceasefire"). Pairs reward wording that
 * other outlets share, not just vocabulary.
 */
export function conceptsOf(tokens: Token[], from: number, to: number): Concepts {
  const out: Concepts = new Set();
  let prev: { key: string; content: boolean } | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.type === 'punctuation' || !/\p{L}|\d/u.test(t.value)) {
      prev = null;
      continue;
    }
    const cur = { key: keyOf(t), content: isContent(t) };
    if (cur.content) out.add(cur.key);
    if (prev && (prev.content || cur.content)) out.add(`${prev.key} ${cur.key}`);
    prev = cur;
  }
  return out;
}

/** Token indices `[from, to)` of a character span, searched inside a sentence's token range. */
export function tokenRange(article: AnnotatedArticle, span: Span, sentence: number): [number, number] {
  const s = article.sentences[sentence];
  const lo = s ? s.tokenStart : 0;
  const hi = s ? s.tokenEnd : article.tokens.length;
  let from = hi;
  let to = lo;
  for (let i = lo; i < hi; i++) {
    const t = article.tokens[i];
    if (t.start >= span.start && t.end <= span.end) {
      from = Math.min(from, i);
      to = i + 1;
    }
  }
  return from < to ? [from, to] : [lo, lo];
}

/** What the summary knows of the story's concepts: their worth, and how many outlets use each. */
export interface ConceptStats {
  /** Rarity in general English times how many outlets tell it (see `conceptStats`). */
  weight: (c: string) => number;
  /** How many of the articles use the concept. */
  outlets: (c: string) => number;
  /** How many articles the figures come from. */
  articles: number;
}

/**
 * How much each concept is worth in a summary of these articles: its rarity in general English,
 * times how many outlets tell it. With several outlets, a concept only one of them uses keeps a
 * small weight (`alone`): the summary should say what the outlets share.
 */
export function conceptStats(articles: AnnotatedArticle[], alone = 0.15): ConceptStats {
  const df = new Map<string, number>();
  for (const a of articles) {
    const seen: Concepts = new Set();
    for (const s of a.sentences) {
      if (!s.inStory || s.embed) continue;
      for (const c of conceptsOf(a.tokens, s.tokenStart, s.tokenEnd)) seen.add(c);
    }
    for (const c of seen) df.set(c, (df.get(c) ?? 0) + 1);
  }
  const many = articles.length > 1;
  const weight = (c: string): number => {
    const n = df.get(c) ?? 1;
    const share = many ? (n > 1 ? n - 1 : alone) : 1;
    return share * (c.includes(' ') ? 0.5 : rarity(c));
  };
  return { weight, outlets: (c) => df.get(c) ?? 0, articles: articles.length };
}
