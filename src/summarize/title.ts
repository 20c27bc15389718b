import type { AnnotatedArticle, Fact, FramingSpan } from '../model/index.js';

/**
 * The story's title: of the articles' titles and the headings of their in-story sections, the one
 * that shares most words with the shared facts; else the lead fact, cut to a headline's length.
 */
export function pickTitle(articles: AnnotatedArticle[], facts: Fact[], _framing: FramingSpan[] = []): string {
  const candidates: string[] = [];
  for (const a of articles) {
    if (a.title) candidates.push(a.title);
    for (const s of a.segments.slice(1)) if (s.inStory && s.heading) candidates.push(s.heading);
  }
  const shared = facts.filter((f) => f.status !== 'single');
  const words = new Set((shared.length ? shared : facts).slice(0, 8).flatMap((f) => wordsOf(f.text)));
  const scored = candidates.map((c) => ({ c, score: wordsOf(c).filter((w) => words.has(w)).length / Math.sqrt(wordsOf(c).length + 1) }));
  scored.sort((a, b) => b.score - a.score);
  if (scored.length && scored[0].score > 0) return scored[0].c;
  const lead = facts.slice().sort((a, b) => b.articles.length - a.articles.length || a.rank - b.rank)[0];
  if (!lead) return 'Untitled story';
  return clip(lead.text, 90);
}

const wordsOf = (s: string) => s.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
