import type { CleanArticle } from '../model/index.js';
import { message } from '../model/index.js';
import { fingerprint } from './repeats.js';

/** Share of an article's paragraphs found in an earlier article for it to count as a copy of it. */
export const COPY_SHARE = 0.6;

/**
 * Marks syndicated copies: an article most of whose kept paragraphs appear word for word in an
 * earlier article of the story (a wire story republished, perhaps with a paragraph of its own) gets
 * `copyOf` that article's id and a message, so that it is not counted as independent coverage.
 */
export function markCopies(articles: CleanArticle[]): CleanArticle[] {
  const prints = articles.map((a) => new Set(a.blocks.filter((b) => !b.dropped && !b.heading).map((b) => fingerprint(a.text.slice(b.start, b.end))).filter((p) => p.length > 40)));
  return articles.map((a, i) => {
    if (prints[i].size === 0) return a;
    for (let j = 0; j < i; j++) {
      if (articles[j].copyOf) continue;
      let shared = 0;
      for (const p of prints[i]) if (prints[j].has(p)) shared++;
      if (shared / prints[i].size >= COPY_SHARE) {
        const note = message('SYNDICATED_COPY', 'clean', { file: a.source, detail: articles[j].source, severity: 'info' });
        return { ...a, copyOf: articles[j].id, messages: [...a.messages, note] };
      }
    }
    return a;
  });
}
