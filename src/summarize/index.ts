import type { Addition, AnnotatedArticle, Fact, FactMention, FramingSpan, SummarySentence } from '../model/index.js';
import { pickTitle } from './title.js';

/** How many sentences the neutral summary holds at most. */
export const SUMMARY_SENTENCES = 5;

/**
 * Stage 8, summarise: a story title, a short neutral summary built from the facts most outlets
 * share (consensus first, then the widest partial facts), every sentence citing its articles and
 * worded from a mention free of flagged framing; then what each outlet adds that no other does.
 */
export function summarize(articles: AnnotatedArticle[], facts: Fact[], framing: FramingSpan[]): { title: string; summary: SummarySentence[]; additions: Addition[] } {
  const shared = facts.filter((f) => f.status !== 'single');
  const pool = shared.length ? shared : facts;
  const chosen = [...pool]
    .sort((a, b) => b.articles.length - a.articles.length || a.rank - b.rank)
    .slice(0, SUMMARY_SENTENCES)
    .sort((a, b) => a.rank - b.rank);
  const summary = chosen.map((f) => ({ text: sentenceOf(neutralMention(f, articles, framing)), articles: f.articles, facts: [f.id] }));
  const additions = articles.map((a) => ({
    article: a.id,
    outlet: a.outlet,
    facts: facts.filter((f) => f.status === 'single' && f.articles[0] === a.id).map((f) => f.id),
  }));
  return { title: pickTitle(articles, facts), summary, additions };
}

/** The mention of a fact told in the reporter's voice with the least flagged wording, shortest first. */
function neutralMention(f: Fact, articles: AnnotatedArticle[], framing: FramingSpan[]): FactMention {
  const score = (m: FactMention) => {
    const art = articles.find((a) => a.id === m.article)!;
    const voice = art.sentences[m.sentence]?.voice === 'quoted' ? 1 : 0;
    const flagged = framing.filter((s) => s.article === m.article && s.start < m.end && s.end > m.start).length;
    return flagged * 10 + voice * 5 + m.text.length / 400;
  };
  return [...f.mentions].sort((a, b) => score(a) - score(b))[0];
}

/** A clause as a sentence: capital first letter, closing punctuation, no dangling commas or quotes. */
export function sentenceOf(m: FactMention): string {
  let t = m.text.trim().replace(/^(and|but|while|during which|with|as|after which)\s+/i, '').replace(/[,;:\s]+$/, '');
  t = t.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const open = (t.match(/[“]/g) ?? []).length - (t.match(/[”]/g) ?? []).length;
  if (open > 0) t += '”';
  return /[.!?]["”’]?$/.test(t) ? t : `${t}.`;
}
