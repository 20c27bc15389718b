import type { FramingSpan } from '../model/index.js';
import { namingVerb } from './attribution.js';
import type { ArticleView, SentenceView } from './context.js';
import { LEXICONS, sectionSet } from './lexicon.js';
import { matchWords, type Match } from './match.js';
import { mergeRuns, q, toSpan, type Candidate } from './spans.js';

const ADVERBIAL = new Set(['adverb', 'intensifier']);

/**
 * Finds opinion stated in the reporter's own voice: evaluative words, judgement modals
 * ("should never have"), intensifiers. Inside quotations sources are entitled to opinions, so only
 * reporter-voice spans are returned, and none after a reporting verb the annotator left unquoted.
 * @example opinion(view) // [{ text: 'Unfortunately', kind: 'opinion', voice: 'reporter', … }]
 */
export function opinion(view: ArticleView): FramingSpan[] {
  const spans: FramingSpan[] = [];
  for (const sv of view.sentences) {
    if (sv.sentence.voice === 'quoted' && sv.quotes.length === 0) continue;
    const cands: Candidate[] = [];
    for (const m of matchWords(sv.words, LEXICONS.opinion)) {
      if (isMannerUse(sv, m) || afterReportingVerb(sv, m.from) || namingVerb(sv.words, m.from)) continue;
      cands.push({ from: m.from, to: m.to, note: `opinion in the reporter's voice: ${q(m.entry.phrase)} (${m.entry.section})` });
    }
    for (const c of mergeRuns(sv.words, cands)) {
      const span = toSpan(view, sv, c, 'opinion');
      if (span.voice === 'reporter') spans.push(span);
    }
  }
  return spans;
}

/** "spoke clearly", "behaved naturally": an adverb right after a verb describes the manner, not a view. */
function isMannerUse(sv: SentenceView, m: Match): boolean {
  if (!ADVERBIAL.has(m.entry.section) || m.to - m.from !== 1) return false;
  const prev = sv.words[m.from - 1];
  const next = sv.words[m.to];
  return !!prev && prev.pos === 'VERB' && !(next && next.lower === ',');
}

/** A reporting verb ("said", "argued") earlier in the sentence, outside any quote: a source's view. */
function afterReportingVerb(sv: SentenceView, at: number): boolean {
  const verbs = sectionSet(LEXICONS.reporting, 'verb');
  for (let j = 0; j < at; j++) {
    const w = sv.words[j];
    if ((w.pos === 'VERB' || w.pos === 'AUX') && w.keys.some((k) => verbs.has(k))) return true;
    if (w.lower === 'according' && sv.words[j + 1]?.lower === 'to') return true;
  }
  return false;
}
