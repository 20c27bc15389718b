import type { Report } from '../report/schema.js';
import type { Store } from '../store/types.js';
import { compare } from '../compare.js';
import { packageVersion } from '../version.js';

/** What a cached report was computed by: a report of another version of corroborate is stale. */
export const ENGINE = `corroborate ${packageVersion()}`;

/**
 * The comparison report of a stored story: the cached one when neither the story nor the engine has
 * changed since it was computed, else computed now from the story's articles and cached. Null for
 * an unknown story.
 */
export async function storyReport(store: Store, id: string): Promise<Report | null> {
  const story = await store.getStory(id);
  if (!story) return null;
  const cached = await store.getComparison(id, ENGINE);
  if (cached) return cached;
  const articles = await store.getArticles(story.articles);
  const report = compare(
    articles.map((a) => ({ id: a.id, outlet: a.outlet, title: a.title ?? undefined, url: a.url ?? undefined, date: a.date ?? undefined, authors: a.authors, text: a.text, source: a.source })),
  );
  await store.putComparison(id, story.version, report, ENGINE);
  return report;
}
