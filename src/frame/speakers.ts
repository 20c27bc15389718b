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
  for (const view of views) {
    const bySentence = new Map(view.sentences.map((sv) => [sv.sentence.index, sv]));
    const groups = new Map<string, { quotes: Quote[]; texts: string[]; stances: Stance[] }>();
    for (const quote of view.article.quotes) {
      const sv = bySentence.get(quote.sentence);
      if (!sv || !quote.speaker) continue;
      const g = groups.get(quote.speaker) ?? { quotes: [], texts: [], stances: [] };
      groups.set(quote.speaker, g);
      const text = plain(quote.text);
      if (!g.texts.some((t) => t.includes(text) || text.includes(t))) {
        g.quotes.push(quote);
        g.texts.push(text);
      }
      g.stances.push(stanceOf(view, sv, quote));
    }
    for (const [speaker, g] of groups) {
      stats.push({
        article: view.article.id,
        outlet: view.article.outlet,
        speaker,
        type: typeOf(view, g.quotes[0], entities),
        quotes: g.quotes.length,
        stance: agree(g.stances),
      });
    }
  }
  return stats;
}

/** One quote's stance: a cue verb of its sentence, else a clear lean of its own evaluative words. */
export function stanceOf(view: ArticleView, sv: SentenceView, quote: Quote): Stance {
  const inside = (w: Word) => w.start >= quote.start && w.end <= quote.end;
  const outsideAll = (w: Word) => !sv.quotes.some((o) => w.start >= o.start && w.end <= o.end);
  const oneSpeaker = sv.quotes.every((o) => o.speaker === quote.speaker);
  let cue: Stance = null;
  const cueText = quote.cue ? fold(quote.cue) : '';
  for (const m of matchWords(sv.words, LEXICONS.stance)) {
    const w = sv.words[m.from];
    const isCue = m.entry.section.endsWith('-cue') && (outsideAll(w) && oneSpeaker || cueText.includes(w.lower));
    if (!isCue || negated(sv.words, m.from)) continue;
    const s: Stance = m.entry.section === 'supportive-cue' ? 'supportive' : 'critical';
    if (cue && cue !== s) return null;
    cue = s;
  }
  let pos = 0;
  let neg = 0;
  for (const other of view.sentences) {
    if (!other.quotes.includes(quote)) continue;
    for (const m of matchWords(other.words.filter(inside), LEXICONS.stance)) {
      if (negated(other.words.filter(inside), m.from)) continue;
      if (m.entry.section === 'positive') pos++;
      if (m.entry.section === 'negative') neg++;
    }
  }
  const own: Stance = pos >= 2 && neg === 0 || pos >= neg + 3 ? 'supportive' : neg >= 2 && pos === 0 || neg >= pos + 3 ? 'critical' : null;
  if (cue && own && cue !== own) return null;
  return cue ?? own;
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
function typeOf(view: ArticleView, quote: Quote, entities: Entity[]): EntityType {
  const span = quote.speakerSpan;
  const mention = span && view.article.entities.find((m) => m.start < span.end && span.start < m.end);
  const key = fold(quote.speaker ?? '');
  const entity = entities.find((e) => (mention && e.key === mention.entity) || fold(e.name) === key || e.key === quote.speaker)
    ?? entities.find((e) => e.aliases.some((a) => fold(a) === key));
  return entity?.type ?? mention?.type ?? 'other';
}

/** Quote text reduced to words, for spotting the same statement printed twice. */
function plain(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
