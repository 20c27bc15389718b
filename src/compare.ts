import type { ArticleInput, Message, Story } from './model/index.js';
import { message } from './model/index.js';
import { toArticles } from './ingest/normalize.js';
import { clean } from './clean/index.js';
import { markCopies } from './clean/copies.js';
import { tokenize } from './tokenize/index.js';
import { segment } from './segment/index.js';
import { annotate } from './annotate/index.js';
import { resolveEntities } from './annotate/resolve.js';
import { align } from './align/index.js';
import { findConflicts } from './align/conflicts.js';
import { frame } from './frame/index.js';
import { summarize } from './summarize/index.js';
import { toReport } from './report/json.js';
import type { Report } from './report/schema.js';

/** Options for a comparison; every field has a default in `DEFAULTS`. */
export interface CompareOptions {
  /** Minimum similarity for two sentences of different articles to count as the same fact (0..1). */
  alignThreshold?: number;
  /** Minimum similarity of a roundup section to the story lead for it to stay in the story (0..1). */
  segmentThreshold?: number;
}

export const DEFAULTS: Required<CompareOptions> = { alignThreshold: 0.3, segmentThreshold: 0.2 };

/**
 * Compares articles about one event. The stages run in order; each adds its fields to the document.
 * @example compareStory([{ outlet: 'A', text: '…' }, { outlet: 'B', text: '…' }]).facts
 */
export function compareStory(inputs: ArticleInput[], options: CompareOptions = {}): Story {
  const opts = { ...DEFAULTS, ...options };
  const messages: Message[] = [];
  // 0. Ingest: ids, outlets, text.
  const ingested = toArticles(inputs);
  messages.push(...ingested.messages);
  if (ingested.articles.length === 0) messages.push(message('NOTHING_TO_COMPARE', 'ingest', { severity: 'error' }));
  if (ingested.articles.length === 1) messages.push(message('SINGLE_ARTICLE', 'align', { severity: 'info' }));
  // 1. Clean: boilerplate, tables of contents and repeated blocks are dropped, offsets kept.
  const cleaned = markCopies(ingested.articles.map(clean));
  // 2. Tokenize: tokens, lemmas, parts of speech and sentences, with offsets into the text.
  const tokenized = cleaned.map(tokenize);
  // 3. Segment: roundup pages split into sub-articles; those about other events leave the story.
  const segmented = segment(tokenized, opts.segmentThreshold);
  // 4. Annotate: sentences, entities, numbers, dates, quotes, voice; entities resolved across articles.
  const annotated = segmented.map(annotate);
  const { articles, entities } = resolveEntities(annotated);
  // 5. Align: claims matched across articles into facts.
  const { facts, pairs } = align(articles, entities, opts.alignThreshold);
  // 6. Conflicts: related claims told with incompatible numbers, dates or scope.
  const conflicts = findConflicts(pairs, articles);
  // 7. Framing: loaded wording, opinion, hedges, labels; who gets quoted.
  const { framing, speakers } = frame(articles, entities);
  // 8. Summarise: a title and a neutral summary from shared facts, each sentence citing its sources.
  const { title, summary, additions } = summarize(articles, facts, framing);
  for (const a of articles) messages.push(...a.messages);
  return { title, articles, entities, facts, conflicts, framing, speakers, summary, additions, messages };
}

/** Compares articles about one event and returns the JSON report (the published contract). */
export function compare(inputs: ArticleInput[], options: CompareOptions = {}): Report {
  return toReport(compareStory(inputs, options));
}
