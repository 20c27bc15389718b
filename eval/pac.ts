/**
 * PAC (Partisan-Event dataset): each story's left and right articles go through compare(). No gold
 * alignment: descriptive figures, and how often our framing spans touch the event words annotated as
 * partisan, counter-partisan or neutral. Run alone: `tsx eval/pac.ts [DATA_DIR] [--limit N] [--json]`.
 */
import type { Report } from '../src/report/schema.js';
import type { EvalArgs } from './cli.js';
import { commandLine, isMain, runAlone } from './cli.js';
import { failureNote, runEngine } from './engine.js';
import { loadPac } from './load/pac.js';
import { mean, median, overlap, wordRanges } from './metrics.js';
import type { EvalResult } from './table.js';

const KINDS = ['loaded', 'opinion', 'hedge', 'label'] as const;

/** Sums per side (Left, Right) of the per-article figures. */
interface Side {
  articles: number;
  words: number;
  quotes: number;
  speakers: number;
  byVoice: Record<'reporter' | 'quoted', number>;
  byKind: Record<(typeof KINDS)[number], number>;
}

const emptySide = (): Side => ({ articles: 0, words: 0, quotes: 0, speakers: 0, byVoice: { reporter: 0, quoted: 0 }, byKind: { loaded: 0, opinion: 0, hedge: 0, label: 0 } });

/** Runs the PAC description. */
export async function run(args: EvalArgs): Promise<EvalResult> {
  const t0 = performance.now();
  let stories = loadPac(args.dataDir);
  if (args.limit) stories = stories.slice(0, args.limit);
  const engine = await runEngine(stories, (s) => s.docs.map((d) => ({ id: d.id, outlet: d.outlet, title: d.title, date: d.date, text: d.text, source: `${d.id}.json` })), 'pac');

  const per = { ms: [] as number[], facts: [] as number[], consensus: [] as number[], partial: [] as number[], single: [] as number[], share: [] as number[], conflicts: [] as number[] };
  const sides = new Map<string, Side>();
  const events = new Map<string, { n: number; framed: number }>();
  for (const { item, report, ms } of engine.ok) {
    const count = (s: string): number => report.facts.filter((f) => f.status === s).length;
    per.ms.push(ms);
    per.facts.push(report.facts.length);
    per.consensus.push(count('consensus'));
    per.partial.push(count('partial'));
    per.single.push(count('single'));
    if (report.facts.length) per.share.push(count('consensus') / report.facts.length);
    per.conflicts.push(report.conflicts.length);
    for (const doc of item.docs) {
      const article = report.articles.find((a) => a.id === doc.id);
      if (!article) continue;
      const side = sides.get(doc.side) ?? emptySide();
      sides.set(doc.side, side);
      tallyArticle(side, report, doc.id, article.text);
      if (article.text !== doc.text) continue;
      const framed = report.framing.filter((f) => f.article === doc.id);
      for (const e of doc.events) {
        const t = events.get(e.partisanship) ?? { n: 0, framed: 0 };
        events.set(e.partisanship, t);
        t.n++;
        if (framed.some((f) => overlap(f, e) > 0)) t.framed++;
      }
    }
  }
  const k = (side: Side, x: number): number => (x / Math.max(1, side.words)) * 1000;
  const sideRows = [...sides].sort().map(([name, s]) => [
    name, s.articles, s.words / Math.max(1, s.articles), s.quotes / Math.max(1, s.articles), s.speakers / Math.max(1, s.articles),
    k(s, s.byVoice.reporter), k(s, s.byVoice.quoted), ...KINDS.map((kind) => k(s, s.byKind[kind])),
  ]);
  const allFacts = per.facts.reduce((a, b) => a + b, 0);
  const allConsensus = per.consensus.reduce((a, b) => a + b, 0);
  return {
    name: 'Left vs right coverage — PAC (descriptive)',
    command: commandLine('pac', args.dataDir, { limit: args.limit }),
    seconds: (performance.now() - t0) / 1000,
    figures: {
      stories: engine.ok.length, medianMsPerStory: median(per.ms), meanMsPerStory: mean(per.ms), factsPerStory: mean(per.facts),
      consensusShare: allFacts ? allConsensus / allFacts : null, conflictsPerStory: mean(per.conflicts),
      ...Object.fromEntries([...events].map(([label, t]) => [`eventsFramed.${label}`, t.n ? t.framed / t.n : null])),
    },
    tables: [
      {
        title: `Per story: ${engine.ok.length} stories (median / mean)`,
        columns: ['', 'ms', 'facts', 'consensus', 'partial', 'single', 'consensus share', 'conflicts'],
        rows: [
          ['median', ...[per.ms, per.facts, per.consensus, per.partial, per.single, per.share, per.conflicts].map(median)],
          ['mean', ...[per.ms, per.facts, per.consensus, per.partial, per.single, per.share, per.conflicts].map(mean)],
        ],
      },
      {
        title: 'Per article, by side (framing spans per 1,000 words)',
        columns: ['side', 'articles', 'words', 'quotes', 'speakers', 'reporter voice', 'quoted voice', ...KINDS],
        rows: sideRows,
      },
      {
        title: 'Annotated event words that a framing span touches, by partisanship label',
        columns: ['label', 'events', 'inside a framing span', 'share'],
        rows: [...events].sort((a, b) => b[1].n - a[1].n).map(([label, t]) => [label, t.n, t.framed, t.n ? t.framed / t.n : null]),
      },
    ],
    notes: [
      `Timing is compare() in-process on both articles of a story (median ${median(per.ms).toFixed(0)} ms).`,
      'Speakers: distinct speaker names among the article\'s quotes. Side: the article\'s relative ideology within its story.',
      'Event labels (Zou et al. 2023) mark event words reported in a partisan or counter-partisan way; a higher share for partisan events than neutral ones means framing spans land on partisan reporting.',
      ...failureNote(engine),
    ],
  };
}

function tallyArticle(side: Side, report: Report, id: string, text: string): void {
  side.articles++;
  side.words += wordRanges(text).length;
  const quotes = report.quotes.filter((q) => q.article === id);
  side.quotes += quotes.length;
  side.speakers += new Set(quotes.map((q) => q.speaker).filter((s) => s)).size;
  for (const f of report.framing.filter((x) => x.article === id)) {
    side.byVoice[f.voice]++;
    side.byKind[f.kind]++;
  }
}

if (isMain(import.meta.url)) void runAlone(run);
