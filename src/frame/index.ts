import type { AnnotatedArticle, Entity, FramingSpan, SpeakerStat } from '../model/index.js';
import { viewArticle } from './context.js';
import { hedges } from './hedges.js';
import { labels } from './labels.js';
import { loaded } from './loaded.js';
import { opinion } from './opinion.js';
import { dropOverlaps } from './spans.js';
import { speakers } from './speakers.js';

/**
 * Stage 6, framing: loaded wording, opinion in the reporter's voice, hedges, labels that differ
 * across outlets; who is quoted and which side they take. Only in-story sentences count.
 * Spans come back in article order, then by position.
 */
export function frame(articles: AnnotatedArticle[], entities: Entity[]): { framing: FramingSpan[]; speakers: SpeakerStat[] } {
  const views = articles.map(viewArticle);
  const found = views.flatMap((v) => [...loaded(v), ...opinion(v), ...hedges(v)]);
  found.push(...labels(views, entities));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const framing = dropOverlaps(found).sort(
    (a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind),
  );
  return { framing, speakers: speakers(views, entities) };
}
