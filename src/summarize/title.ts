import type { AnnotatedArticle, Fact } from '../model/index.js';
import { rarity } from '../lexicon/rarity.js';
import { headlineQuality, stemOf, tidyHeadline, tokensOf } from './headline.js';

/** A headline the story title may take: an article's title or the heading of an in-story section. */
interface Candidate {
  text: string;
  /** Index of the article it belongs to. */
  article: number;
  /** A section's heading rather than the article's title. */
  section: boolean;
}

/** A section heading labels part of one article; an article's title sums up the whole: it counts this much. */
const SECTION = 0.7;
/** An opinion piece's headline argues; a news headline reports: it counts this much. */
const OPINION = 0.5;
/** A page address filed under opinion: "/opinion/", "/opinions/", "/editorials/", "/commentary/", "/op-ed/". */
const OPINION_URL = /\/(?:opinions?|editorials?|commentary|op-?eds?|columns?|columnists?)\//i;

/** Below this headline quality (see `headlineQuality`) the lead sentence makes a better title. */
const MIN_QUALITY = 0.2;

/**
 * The story's title: of the titles of the articles in the story and the headings of their in-story
 * sections, the one whose words the other articles use most (the headline the outlets agree on);
 * quoting someone, asking, loaded and opinion words, or an address under /opinion/ count against
 * it. With no headline fit to use, the `lead` (the summary's first sentence), cut to a headline's length.
 * @example pickTitle(articles, facts) // 'Harbourton votes to ban private cars from old town'
 */
export function pickTitle(articles: AnnotatedArticle[], facts: Fact[], lead = ''): string {
  const inStory = articles.map((a) => !a.copyOf && a.sentences.some((s) => s.inStory));
  if (!inStory.some(Boolean)) articles.forEach((a, i) => (inStory[i] = !a.copyOf));
  const candidates: Candidate[] = [];
  articles.forEach((a, i) => {
    if (!inStory[i]) return;
    if (a.title?.trim()) candidates.push({ text: tidyHeadline(a.title), article: i, section: false });
    for (const s of a.segments.slice(1)) if (s.inStory && s.heading) candidates.push({ text: tidyHeadline(s.heading), article: i, section: true });
  });
  const vocab = articles.map((a, i) => (inStory[i] ? vocabulary(a) : null));
  let best: { text: string; score: number; quality: number } | null = null;
  for (const c of candidates) {
    if (!c.text) continue;
    const quality = headlineQuality(c.text) * (c.section ? SECTION : 1) * (OPINION_URL.test(articles[c.article].url ?? '') ? OPINION : 1);
    const score = agreement(c, vocab) * quality;
    if (!best || score > best.score) best = { text: c.text, score, quality };
  }
  if (best && ((best.score > 0 && best.quality >= MIN_QUALITY) || !lead)) return best.text;
  const first = lead || facts[0]?.text || '';
  return first ? clip(first, 14) : 'Untitled story';
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
 * How much of a headline the story's other articles tell: the share of its words, weighted by
 * rarity, that they use, so a headline made of what all outlets report scores highest. A story of
 * one article checks the headline against its own text.
 */
function agreement(c: Candidate, vocab: (Set<string> | null)[]): number {
  const others = vocab.filter((v, i): v is Set<string> => v !== null && i !== c.article);
  const against = others.length ? others : [vocab[c.article] ?? new Set<string>()];
  const words = tokensOf(c.text).filter((t) => !t.stop && HAS_WORD.test(t.value));
  if (!words.length) return 0;
  let sum = 0;
  let all = 0;
  for (const t of words) {
    const stem = stemOf(t.value);
    const share = against.filter((v) => v.has(stem)).length / against.length;
    sum += rarity(t.lower) * share;
    all += rarity(t.lower);
  }
  return all ? sum / all : 0;
}

/** Words a cut headline should not end on. */
const DANGLING = /^(?:the|a|an|of|to|from|in|on|at|for|with|by|and|or|but|as|that|which|who|its|their|his|her)$/i;

/** The first clause of a sentence as a headline: without its final stop, cut to `max` words. */
function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '');
  const clause = t.split(/,\s/)[0];
  const words = (clause.split(' ').length >= 5 ? clause : t).split(' ');
  if (words.length <= max) return words.join(' ');
  const cut = words.slice(0, max);
  while (cut.length > 1 && DANGLING.test(cut[cut.length - 1])) cut.pop();
  return `${cut.join(' ')}…`;
}
