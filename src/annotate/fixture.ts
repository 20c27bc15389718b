import type { AnnotatedArticle, ArticleInput, Entity, EntityMention, Quote } from '../model/index.js';
import { toArticles } from '../ingest/normalize.js';
import { clean } from '../clean/index.js';
import { tokenize } from '../tokenize/index.js';
import { segment } from '../segment/index.js';
import { annotate } from './index.js';
import { resolveEntities } from './resolve.js';

/**
 * Test helper: runs the stages up to entity resolution on short invented texts, the way
 * `compareStory` does, and offers look-ups by text. Not used by the engine.
 */
export function annotateTexts(...texts: (string | ArticleInput)[]): { articles: AnnotatedArticle[]; entities: Entity[] } {
  const inputs = texts.map((t, i) => (typeof t === 'string' ? { id: `a${i}`, outlet: `Outlet ${i}`, text: t } : t));
  const segmented = segment(toArticles(inputs).articles.map(clean).map(tokenize), 0);
  return resolveEntities(segmented.map(annotate));
}

/** The mentions of an article whose text is exactly `text`. */
export const mentionsOf = (art: AnnotatedArticle, text: string): EntityMention[] => art.entities.filter((m) => m.text === text);

/** The quote of an article whose text contains `part`. */
export function quoteWith(art: AnnotatedArticle, part: string): Quote | undefined {
  return art.quotes.find((q) => q.text.includes(part));
}

/** The speaker of the quote holding `part` in `text` read as one article. */
export const speakerOf = (text: string, part: string): string | null | undefined => quoteWith(annotateTexts(text).articles[0], part)?.speaker;

/** The canonical name of the entity a mention belongs to. */
export function entityName(result: { entities: Entity[] }, m: EntityMention | undefined): string | undefined {
  return m ? result.entities.find((e) => e.key === m.entity)?.name : undefined;
}
