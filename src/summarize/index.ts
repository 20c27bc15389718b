import type { Addition, AnnotatedArticle, Fact, FramingSpan, SummarySentence } from '../model/index.js';
import { conceptStats } from './concepts.js';
import { budgetOf, select, SUMMARY_DEFAULTS, type SummaryOptions } from './select.js';
import { pickTitle } from './title.js';
import { unitsOf } from './units.js';

export { SUMMARY_DEFAULTS, type SummaryOptions } from './select.js';

/**
 * Stage 8, summarise: a story title, a short neutral summary and what each outlet adds that no other
 * does. The summary is built from fact mentions: the ones that tell most of what the outlets share
 * (consensus facts first, then the widest partial ones), in the reporter's voice and free of flagged
 * wording where possible, within a word budget that grows with the articles' length; each sentence
 * cites its facts and their articles, and the sentences follow the articles' lead order.
 */
export function summarize(
  articles: AnnotatedArticle[],
  facts: Fact[],
  framing: FramingSpan[],
  options: Partial<SummaryOptions> = {},
): { title: string; summary: SummarySentence[]; additions: Addition[] } {
  const opts = { ...SUMMARY_DEFAULTS, ...options };
  const originals = articles.filter((a) => !a.copyOf);
  const stats = conceptStats(originals);
  const budget = budgetOf(originals.map(storyWords), opts);
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const chosen = select(unitsOf(articles, facts, framing, stats), stats.weight, budget, opts);
  // Reading order: the leads first, as the articles tell the story; the widest fact first among equals.
  chosen.sort((a, b) => a.position - b.position || b.cover - a.cover || order.get(a.article)! - order.get(b.article)!);
  // Cited in the articles' order, as the report lists them.
  const summary = chosen.map((u) => ({ text: u.text, articles: [...u.articles].sort((x, y) => order.get(x)! - order.get(y)!), facts: u.facts }));
  const additions = articles.map((a) => ({
    article: a.id,
    outlet: a.outlet,
    facts: facts.filter((f) => f.status === 'single' && f.articles[0] === a.id).map((f) => f.id),
  }));
  return { title: pickTitle(articles, facts, summary[0]?.text), summary, additions };
}

/** Words of an article's in-story sentences. */
function storyWords(a: AnnotatedArticle): number {
  let n = 0;
  for (const s of a.sentences) {
    if (!s.inStory || s.embed) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (a.tokens[i].type !== 'punctuation') n++;
  }
  return n;
}
