import type { Entity, EntityType, Quote, SpeakerStat } from '../model/index.js';
import type { ArticleView, SentenceView } from './context.js';
import { fold, LEXICONS, sectionSet } from './lexicon.js';
import { matchWords } from './match.js';
import type { Word } from './words.js';

/** Which side a quoted voice takes: only when cue verbs or its own words make that clear. */
export type Stance = 'supportive' | 'critical' | null;

/**
 * Counts, per article, who is quoted (in-story quotes only) and which side each voice takes.
 * A statement repeated in the same article (a post, then the same words quoted in the text) is
 * counted once. Stance comes from cue verbs around the quote ("welcomed", "condemned") and from
 * evaluative words inside it; it is null when the signs are missing or disagree.
 * @example speakers(views, entities) // [{ speaker: 'Kirill Dmitriev', quotes: 1, stance: 'supportive', … }]
 */
export function speakers(views: ArticleView[], entities: Entity[]): SpeakerStat[] {
  const stats: SpeakerStat[] = [];
  const byName = entityIndex(entities);
  for (const view of views) {
    const bySentence = new Map(view.sentences.map((sv) => [sv.sentence.index, sv]));
    const holders = new Map<Quote, SentenceView[]>();
    for (const sv of view.sentences) for (const q of sv.quotes) holders.set(q, [...(holders.get(q) ?? []), sv]);
    const groups = new Map<string, { quotes: Quote[]; texts: string[]; stances: Stance[] }>();
    for (const quote of view.article.quotes) {
      const sv = bySentence.get(quote.sentence);
      if (!sv || !quote.speaker) continue;
      const g = groups.get(quote.speaker) ?? { quotes: [], texts: [], stances: [] };
      groups.set(quote.speaker, g);
      addStatement(g, quote);
      g.stances.push(stanceOf(sv, holders.get(quote) ?? [sv], quote));
    }
    for (const [speaker, g] of groups) {
      // A speaker whose quotes all had no words to compare holds none.
      if (!g.quotes.length) continue;
      stats.push({
        article: view.article.id,
        outlet: view.article.outlet,
        speaker,
        type: typeOf(view, g.quotes[0], byName),
        quotes: g.quotes.length,
        stance: agree(g.stances),
      });
    }
  }
  return stats;
}

/**
 * Adds a quote unless the same words were already counted; a longer statement that contains earlier
 * ones (the full post after fragments of it were quoted in the text) replaces them.
 */
function addStatement(g: { quotes: Quote[]; texts: string[] }, quote: Quote): void {
  const text = plain(quote.text);
  if (!text || g.texts.some((t) => t === text || (long(text) && t.includes(text)))) return;
  for (let i = g.texts.length - 1; i >= 0; i--) {
    if (long(g.texts[i]) && text.includes(g.texts[i])) {
      g.texts.splice(i, 1);
      g.quotes.splice(i, 1);
    }
  }
  g.quotes.push(quote);
  g.texts.push(text);
}

/**
 * One quote's stance: a cue verb of its sentence `sv` ("welcomed", "condemned"), else a clear lean
 * of the evaluative words inside the quote, read from the sentences that hold it.
 */
export function stanceOf(sv: SentenceView, holders: SentenceView[], quote: Quote): Stance {
  const cue = cueStance(sv, quote);
  let pos = 0;
  let neg = 0;
  for (const other of holders) {
    const words = other.words.filter((w) => w.start >= quote.start && w.end <= quote.end);
    for (const m of matchWords(words, LEXICONS.stance)) {
      if (negated(words, m.from)) continue;
      if (m.entry.section === 'positive' || m.entry.section === 'supportive-cue') pos++;
      if (m.entry.section === 'negative' || m.entry.section === 'critical-cue') neg++;
    }
  }
  const own: Stance = (pos >= 2 && neg === 0) || pos >= neg + 3 ? 'supportive' : (neg >= 2 && pos === 0) || neg >= pos + 3 ? 'critical' : null;
  if (cue === undefined || (cue && own && cue !== own)) return null;
  return cue ?? own;
}

/**
 * The stance of the cue verbs around a quote: its own cue, or a stance verb outside the quotes when
 * the sentence quotes nobody else. Undefined when two cues disagree.
 */
function cueStance(sv: SentenceView, quote: Quote): Stance | undefined {
  const outsideAll = (w: Word) => !sv.quotes.some((o) => w.start >= o.start && w.end <= o.end);
  const oneSpeaker = sv.quotes.every((o) => o.speaker === quote.speaker);
  const cueText = quote.cue ? fold(quote.cue) : '';
  let cue: Stance = null;
  for (const m of matchWords(sv.words, LEXICONS.stance)) {
    if (!m.entry.section.endsWith('-cue')) continue;
    const w = sv.words[m.from];
    const isCue = (outsideAll(w) && oneSpeaker) || (cueText !== '' && cueText.includes(w.lower));
    if (!isCue || negated(sv.words, m.from)) continue;
    const s: Stance = m.entry.section === 'supportive-cue' ? 'supportive' : 'critical';
    if (cue && cue !== s) return undefined;
    cue = s;
  }
  return cue;
}

function negated(words: Word[], at: number): boolean {
  const negators = sectionSet(LEXICONS.stance, 'negator');
  for (let j = Math.max(0, at - 3); j < at; j++) if (negators.has(words[j].lower)) return true;
  return false;
}

/** The speaker's stance across quotes: the one side all its clear quotes take, else null. */
function agree(stances: Stance[]): Stance {
  const sides = new Set(stances.filter((s) => s !== null));
  return sides.size === 1 ? [...sides][0] : null;
}

/** Entity type of the speaker: the mention at the speaker's words, else the story entity by name. */
function typeOf(view: ArticleView, quote: Quote, byName: Map<string, Entity>): EntityType {
  const span = quote.speakerSpan;
  const mention = span ? view.article.entities.find((m) => m.start < span.end && span.start < m.end) : undefined;
  const entity = (mention && byName.get(mention.entity)) ?? byName.get(fold(quote.speaker ?? ''));
  return entity?.type ?? mention?.type ?? 'other';
}

/** Story entities by key, canonical name and alias (names win over aliases). */
function entityIndex(entities: Entity[]): Map<string, Entity> {
  const map = new Map<string, Entity>();
  for (const e of entities) for (const a of e.aliases) map.set(fold(a), e);
  for (const e of entities) map.set(fold(e.name), e);
  for (const e of entities) map.set(e.key, e);
  return map;
}

/** Four words or more: short fragments ("the agreement") may recur in different statements. */
const long = (text: string): boolean => text.split(' ').length >= 4;

/** Quote text reduced to words, for spotting the same statement printed twice. */
function plain(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
