import type { AnnotatedArticle, EntityMention, Quote, SegmentedArticle, Sentence } from '../model/index.js';
import { message } from '../model/index.js';
import { findCharacterisations } from './characterisations.js';
import { findDates } from './dates.js';
import { findDescriptions, findGroups } from './descriptions.js';
import { findNames, midSentenceCapitals } from './names.js';
import { findNumbers } from './numbers.js';
import { findQuotes } from './quotes/index.js';
import { kinAsPeople, retypeByReference, surnamesAsPeople } from './evidence.js';
import { addContextRoles } from './roles.js';
import { isGivenName } from './types.js';

/**
 * Stage 4, annotate: entity mentions (names and role descriptions), numbers with what they count,
 * dates resolved against the article's date, quotes with speakers and cues, and the voice of every
 * sentence. Entities are resolved across articles afterwards by `resolveEntities`.
 */
export function annotate(article: SegmentedArticle): AnnotatedArticle {
  const { tokens, sentences, text } = article;
  const index = new Map(tokens.map((t, i) => [t.start, i]));
  const entities: EntityMention[] = [];
  const midCaps = midSentenceCapitals(tokens, sentences);
  // Surnames of the people a heading names by given name and surname ("… nominee James Mattis").
  const headed = new Set<string>();
  for (const s of sentences) {
    // Headlines capitalise every word, so names are looked for in the body only.
    if (article.blocks[s.block].heading) {
      for (const m of findNames(tokens, s, midCaps)) if (m.type === 'person' && /^\S+ \S+$/.test(m.text) && isGivenName(tokens[index.get(m.start)!])) headed.add(m.text.split(' ')[1].toLowerCase());
      continue;
    }
    const names = findNames(tokens, s, midCaps);
    const descriptions = findDescriptions(tokens, s, names);
    const labels = findCharacterisations(tokens, s, [...names, ...descriptions]);
    entities.push(...names, ...descriptions, ...labels, ...findGroups(tokens, s, [...names, ...descriptions, ...labels]));
  }
  entities.sort((a, b) => a.start - b.start);
  addContextRoles(tokens, entities, index);
  retypeByReference(tokens, sentences, entities, index);
  surnamesAsPeople(tokens, sentences.filter((s) => !article.blocks[s.block].heading), entities, index, headed);
  kinAsPeople(tokens, entities, index);
  const numbers = sentences.flatMap((s) => findNumbers(tokens, s)).map((n) => ({ ...n, text: text.slice(n.start, n.end) }));
  const dates = sentences.flatMap((s) => findDates(tokens, s, article.date)).map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
  const quotes = findQuotes(article, entities);
  const messages = [...article.messages];
  if (!article.date && dates.some((d) => d.iso === null))
    messages.push(message('DATE_UNKNOWN', 'annotate', { file: article.source, severity: 'info' }));
  const unknown = quotes.filter((q) => !q.speaker && q.kind !== 'reported').length;
  if (unknown) messages.push(message('SPEAKER_UNKNOWN', 'annotate', { file: article.source, detail: `${unknown} quote(s)`, severity: 'info' }));
  return { ...article, sentences: withVoice(sentences, quotes), entities, numbers, dates, quotes, messages };
}

/** A sentence is in a source's voice when quotes cover at least half of it. */
function withVoice(sentences: Sentence[], quotes: Quote[]): Sentence[] {
  return sentences.map((s) => {
    let covered = 0;
    let speaker: string | null = null;
    let most = 0;
    for (const q of quotes) {
      const overlap = Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
      covered += overlap;
      if (overlap > most) [most, speaker] = [overlap, q.speaker];
    }
    return covered >= 0.5 * (s.end - s.start) ? { ...s, voice: 'quoted' as const, speaker } : s;
  });
}
