import type { Report } from './schema.js';

export type ReportArticle = Report['articles'][number];
export type ReportFact = Report['facts'][number];
export type ReportQuote = Report['quotes'][number];
export type ReportMention = Report['facts'][number]['mentions'][number];

/** How one article stands towards one fact, as the fact × outlet matrix shows it. */
export type Coverage = 'reported' | 'omitted' | 'conflicting';

/** The marks of the fact × outlet matrix, shared by the text and Markdown reports. */
export const COVERAGE_MARK: Record<Coverage, string> = { reported: '✓', omitted: '—', conflicting: '⚠' };

/** "1 conflict", "2 conflicts". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const ALREADY_QUOTED = /^\s*["“‘'«].*["”’'»][,.!?]?\s*$/s;

/** True when a wording is wrapped in quotation marks already, so it needs no more. */
export function isQuoted(text: string): boolean {
  return ALREADY_QUOTED.test(text);
}

/** An article with the short label (A, B, …) every report cites it by. */
export interface ArticleView {
  index: number;
  label: string;
  article: ReportArticle;
  sentencesInStory: number;
  sentencesOutOfStory: number;
}

/** What only one outlet reports. */
export interface SingleGroup {
  article: ArticleView;
  facts: ReportFact[];
}

/** One speaker and what each outlet lets them say. */
export interface SpeakerGroup {
  speaker: string | null;
  type: string | null;
  /** Quotes per article id, from `speakers` when listed there, else counted from `quotes`. */
  counts: Map<string, number>;
  stances: { article: string; stance: string }[];
  quotes: ReportQuote[];
}

/**
 * Everything the renderers share, derived from the JSON report alone (so a stored report renders
 * the same later). Unknown article ids are tolerated: they get the label "?".
 */
export interface ReportView {
  report: Report;
  articles: ArticleView[];
  byId: Map<string, ArticleView>;
  /** What a consensus fact is reported by: "all 3", or "all 5 in the story" when some article is about another event. */
  consensusLabel: string;
  consensus: ReportFact[];
  partial: ReportFact[];
  single: ReportFact[];
  singles: SingleGroup[];
  speakers: SpeakerGroup[];
  /** Label of an article id: "A", "B", … or "?" for an id the report does not list. */
  label(id: string): string;
  /** Outlet of an article id, or the id itself when unknown. */
  outlet(id: string): string;
  coverage(fact: ReportFact, article: string): Coverage;
  /** Mentions of a fact grouped by article, in article order. */
  wording(fact: ReportFact): { article: string; mentions: ReportMention[] }[];
}

/** Short labels A…Z, then AA, AB, … */
export function articleLabel(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** Builds the shared view of a report. */
export function viewOf(report: Report): ReportView {
  const articles = report.articles.map((article, index) => ({
    index,
    label: articleLabel(index),
    article,
    sentencesInStory: article.sentences.filter((s) => s.inStory).length,
    sentencesOutOfStory: article.sentences.filter((s) => !s.inStory).length,
  }));
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const order = (id: string): number => byId.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
  const inStory = articles.filter((a) => a.sentencesInStory > 0).length;
  const consensusLabel = inStory > 0 && inStory < articles.length ? `all ${inStory} in the story` : `all ${articles.length}`;
  const conflicting = new Set(report.conflicts.flatMap((c) => c.sides.map((s) => `${c.fact}\u0000${s.article}`)));
  return {
    report,
    articles,
    byId,
    consensusLabel,
    consensus: report.facts.filter((f) => f.status === 'consensus'),
    partial: report.facts.filter((f) => f.status === 'partial'),
    single: report.facts.filter((f) => f.status === 'single'),
    singles: singleGroups(report, articles),
    speakers: speakerGroups(report, order),
    label: (id) => byId.get(id)?.label ?? '?',
    outlet: (id) => byId.get(id)?.article.outlet ?? id,
    coverage(fact, article) {
      if (conflicting.has(`${fact.id}\u0000${article}`)) return 'conflicting';
      return fact.articles.includes(article) || fact.mentions.some((m) => m.article === article) ? 'reported' : 'omitted';
    },
    wording(fact) {
      const groups = new Map<string, ReportMention[]>();
      for (const m of fact.mentions) groups.set(m.article, [...(groups.get(m.article) ?? []), m]);
      return [...groups].sort((a, b) => order(a[0]) - order(b[0])).map(([article, mentions]) => ({ article, mentions }));
    },
  };
}

/** Single-source facts per article: from `additions`, plus any single fact no addition lists. */
function singleGroups(report: Report, articles: ArticleView[]): SingleGroup[] {
  const factById = new Map(report.facts.map((f) => [f.id, f]));
  const listed = new Set<string>();
  const groups = articles.map((article) => {
    const ids = report.additions.filter((a) => a.article === article.article.id).flatMap((a) => a.facts);
    ids.forEach((id) => listed.add(id));
    const facts = ids.map((id) => factById.get(id)).filter((f): f is ReportFact => f !== undefined);
    return { article, facts };
  });
  for (const fact of report.facts) {
    if (fact.status !== 'single' || listed.has(fact.id)) continue;
    const group = groups.find((g) => fact.articles.includes(g.article.article.id));
    if (group) group.facts.push(fact);
  }
  return groups;
}

/** Speakers in order of how many quotes they get overall, then by name. */
function speakerGroups(report: Report, order: (id: string) => number): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  const group = (speaker: string | null): SpeakerGroup => {
    const key = speaker ?? '\u0000';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { speaker, type: null, counts: new Map(), stances: [], quotes: [] }));
    return g;
  };
  for (const s of report.speakers) {
    const g = group(s.speaker);
    g.type = s.type;
    g.counts.set(s.article, (g.counts.get(s.article) ?? 0) + s.quotes);
    if (s.stance) g.stances.push({ article: s.article, stance: s.stance });
  }
  const fromStats = new Set(groups.keys());
  for (const q of report.quotes) {
    const g = group(q.speaker);
    g.quotes.push(q);
    if (!fromStats.has(q.speaker ?? '\u0000')) g.counts.set(q.article, (g.counts.get(q.article) ?? 0) + 1);
  }
  const total = (g: SpeakerGroup): number => [...g.counts.values()].reduce((a, b) => a + b, 0);
  for (const g of groups.values()) g.quotes.sort((a, b) => order(a.article) - order(b.article) || a.start - b.start);
  return [...groups.values()].sort(
    (a, b) => Number(a.speaker === null) - Number(b.speaker === null) || total(b) - total(a) || (a.speaker ?? '').localeCompare(b.speaker ?? ''),
  );
}
