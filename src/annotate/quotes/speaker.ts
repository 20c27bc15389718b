import type { EntityMention, Quote, Sentence, Span, Token } from '../../model/index.js';
import type { Attribution } from './cues.js';

/**
 * The span of the entity mention that names a quote's speaker: the subject itself when it is a
 * name or description; for "he"/"she" the last person before it, for "it" the last organisation,
 * for "the statement" the speaker of the quote before.
 */
export function speakerSpan(tokens: Token[], a: Attribution, mentions: EntityMention[], quotes: Quote[], s: Sentence): Span | null {
  if (a.subject < 0) return null;
  const t = tokens[a.subject];
  const m = mentions.find((x) => x.start === t.start);
  if (m) return { start: m.start, end: m.end };
  const before = mentions.filter((x) => x.end <= t.start).sort((x, y) => y.start - x.start);
  if (t.lower === 'he' || t.lower === 'she') return pick(before.find((x) => x.type === 'person'));
  if (t.lower === 'it') {
    const previous = [...quotes].reverse().find((q) => q.speakerSpan && q.start < t.start);
    const org = before.find((x) => x.type === 'organization');
    if (previous && org && previous.speakerSpan!.start >= org.start) return previous.speakerSpan;
    return pick(org);
  }
  if (t.lower === 'they') return null;
  // An anaphor: "the statement", "the ministry", "the spokesman".
  const previous = [...quotes].reverse().find((q) => q.speakerSpan && q.sentence <= s.index);
  return previous?.speakerSpan ?? null;
}

const pick = (m: EntityMention | undefined): Span | null => (m ? { start: m.start, end: m.end } : null);
