import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import type { ArticleInput } from '../../src/model/index.js';

const STORIES = new URL('../fixtures/stories/', import.meta.url).pathname;

/**
 * Every article of the golden stories (several events, several outlets each) and the sample
 * inputs, in a fixed order: enough to make several stories, and to make the order matter.
 */
export async function fixtureArticles(): Promise<ArticleInput[]> {
  const files: string[] = [];
  for (const dir of readdirSync(STORIES).sort()) {
    for (const f of readdirSync(join(STORIES, dir)).sort()) if (/\.(txt|jsonl)$/.test(f)) files.push(join(STORIES, dir, f));
  }
  files.push(new URL('../fixtures/inputs/articles.jsonl', import.meta.url).pathname);
  const { inputs } = await readInputs(files);
  const named = inputs.map((input) => ({ ...input, outlet: input.outlet ?? input.source?.split('/').pop()?.replace(/\.\w+$/, '') }));
  // Round robin over the folders: the first article of each event, then the second of each…, so
  // that the articles of one event arrive apart, in different batches.
  const groups = new Map<string, ArticleInput[]>();
  for (const a of named) {
    const key = (a.source ?? '').split('/').slice(0, -1).join('/');
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const out: ArticleInput[] = [];
  for (let i = 0; out.length < named.length; i++) for (const g of groups.values()) if (g[i]) out.push(g[i]);
  return out;
}

/** A store's stories as sorted lists of article ids: the same grouping gives the same value. */
export function grouping(stories: { articles: string[] }[]): string[] {
  return stories.map((s) => [...s.articles].sort().join(',')).sort();
}
