import type { AnnotatedArticle, Fact, FramingSpan } from '../model/index.js';
import { rarity } from '../lexicon/rarity.js';
import { headlineQuality, stemOf, tokensOf } from './headline.js';

/** A headline the story title may take: an article's title or the heading of an in-story section. */
interface Candidate {
  text: string;
  /** Index of the article it belongs to. */
  article: number;
}

/**
 * The story's title: of the articles' titles and the headings of their in-story sections, the one
 * whose words the other articles use most (the headline the outlets agree on), unless it quotes
 * someone or uses loaded or opinion words, which count against it. With no headline fit to use,
 * the first summary sentence, cut to a headline's length.
 * @example pickTitle(articles, facts, framing, 'Councillors approved the plan by 31 votes to 17.')
 */
export function pickTitle(articles: AnnotatedArticle[], facts: Fact[], framing: FramingSpan[] = [], lead = ''): string {
  const candidates: Candidate[] = [];
  articles.forEach((a, i) => {
    if (a.copyOf) return;
    if (a.title?.trim()) candidates.push({ text: a.title.trim(), article: i });
    for (const s of a.segments.slice(1)) if (s.inStory && s.heading) candidates.push({ text: s.heading, article: i });
  });
  const vocab = articles.map(vocabulary);
  let best: { text: string; score: number } | null = null;
  for (const c of candidates) {
    const score = agreement(c, vocab, articles) * (process.env.NOQ ? 1 : headlineQuality(c.text));
    if (!best || score > best.score) best = { text: c.text, score };
  }
  if (best && (best.score > 0 || !lead)) return best.text;
  const first = lead || facts[0]?.text || '';
  return first ? clip(first, 12) : 'Untitled story';
}

/** Stems of an article's title and in-story words. */
function vocabulary(a: AnnotatedArticle): Set<string> {
  const out = new Set<string>();
  if (a.title) for (const w of a.title.match(WORD) ?? []) out.add(stemOf(w));
  for (const s of a.sentences) {
    if (!s.inStory) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (!a.tokens[i].stop) out.add(stemOf(a.tokens[i].value));
  }
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * How much of a headline the story's other articles tell, word by word weighted by rarity, per
 * square root of its length: a headline made of what all outlets report scores highest. A story of
 * one article checks the headline against its own text.
 */
function agreement(c: Candidate, vocab: Set<string>[], articles: AnnotatedArticle[]): number {
  const others = vocab.filter((_, i) => i !== c.article && !articles[i].copyOf);
  const against = others.length ? others : [vocab[c.article]];
  const words = tokensOf(c.text).filter((t) => !t.stop && HAS_WORD.test(t.value));
  if (!words.length) return 0;
  let sum = 0;
  for (const t of words) {
    const stem = stemOf(t.value);
    const share = against.filter((v) => v.has(stem)).length / against.length;
    sum += rarity(t.lower) * share;
  }
  return sum / words.length ** Number(process.env.LEN ?? 0.5);
}

/** The first clause of a sentence, at most `max` words, without its final stop. */
function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '');
  const clause = t.split(/,\s/)[0];
  const words = (clause.split(' ').length >= 5 ? clause : t).split(' ');
  return words.length <= max ? words.join(' ') : `${words.slice(0, max).join(' ')}…`;
}
