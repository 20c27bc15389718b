/**
 * Neutral summary on NeuS: the three reports of each AllSides roundup go through compare(); our summary
 * is scored with ROUGE against the human neutral summary, next to lead baselines. Run alone:
 * `tsx eval/neus.ts [DATA_DIR] [--split test|val|train] [--limit N] [--json]`.
 */
import type { EvalArgs } from './cli.js';
import { commandLine, isMain, runAlone } from './cli.js';
import { failureNote, runEngine } from './engine.js';
import { loadNeus } from './load/neus.js';
import { mean, rouge, words } from './metrics.js';
import type { EvalResult } from './table.js';

/** First sentence of a text (a plain splitter: enough for leads of news reports). */
export function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9]|\s*$)/.exec(text.trim());
  return (m ? m[0] : text).trim();
}

/** ROUGE scores of one system over the stories, averaged. */
class RougeTally {
  r1: number[] = [];
  r2: number[] = [];
  rL: number[] = [];
  len: number[] = [];
  add(candidate: string, reference: string): void {
    const r = rouge(candidate, reference);
    this.r1.push(r.r1);
    this.r2.push(r.r2);
    this.rL.push(r.rL);
    this.len.push(words(candidate).length);
  }
  row(name: string): (string | number)[] {
    return [name, mean(this.r1), mean(this.r2), mean(this.rL), mean(this.len)];
  }
}

/** Runs the NeuS evaluation. */
export async function run(args: EvalArgs): Promise<EvalResult> {
  const t0 = performance.now();
  const split = args.flags.split ?? 'test';
  let stories = loadNeus(args.dataDir, split);
  if (args.limit) stories = stories.slice(0, args.limit);
  const engine = await runEngine(
    stories,
    (s) => s.reports.map((r, i) => ({ id: `report-${i + 1}`, outlet: `report ${i + 1}`, title: r.title, text: r.body, source: `${split}:${s.index + 1}#${i + 1}` })),
    'neus',
  );
  const sum = { ours: new RougeTally(), lead1: new RougeTally(), lead3: new RougeTally() };
  const title = { ours: new RougeTally(), first: new RougeTally() };
  const status = { consensus: 0, partial: 0, single: 0 };
  const shares: number[] = [];
  let empty = 0;
  for (const { item, report } of engine.ok) {
    const target = item.target.body;
    const ours = report.summary.map((s) => s.text).join(' ');
    if (!ours.trim()) empty++;
    sum.ours.add(ours, target);
    sum.lead1.add(firstSentence(item.reports[0].body), target);
    sum.lead3.add(item.reports.map((r) => firstSentence(r.body)).join(' '), target);
    title.ours.add(report.title, item.target.title);
    title.first.add(item.reports[0].title, item.target.title);
    for (const f of report.facts) status[f.status]++;
    if (report.facts.length) shares.push(report.facts.filter((f) => f.status === 'consensus').length / report.facts.length);
  }
  const facts = status.consensus + status.partial + status.single;
  const n = engine.ok.length;
  const cols = ['system', 'ROUGE-1', 'ROUGE-2', 'ROUGE-L', 'words'];
  return {
    name: `Neutral summary — NeuS (${split} split)`,
    command: commandLine('neus', args.dataDir, { split, limit: args.limit }),
    seconds: (performance.now() - t0) / 1000,
    figures: {
      stories: n, rouge1: mean(sum.ours.r1), rouge2: mean(sum.ours.r2), rougeL: mean(sum.ours.rL),
      lead1Rouge1: mean(sum.lead1.r1), lead1Rouge2: mean(sum.lead1.r2), lead1RougeL: mean(sum.lead1.rL),
      lead3Rouge1: mean(sum.lead3.r1), lead3Rouge2: mean(sum.lead3.r2), lead3RougeL: mean(sum.lead3.rL),
      titleRouge1: mean(title.ours.r1), emptySummaries: empty,
      facts, consensusFacts: status.consensus, consensusShare: facts ? status.consensus / facts : null,
      meanConsensusSharePerStory: mean(shares), msPerStory: mean(engine.ok.map((o) => o.ms)),
    },
    tables: [
      {
        title: `Summary vs the human neutral summary: ${n} stories (F1, averaged over stories)`,
        columns: cols,
        rows: [sum.ours.row('corroborate summary'), sum.lead1.row('lead: first sentence of report 1'), sum.lead3.row('lead: first sentence of each report')],
      },
      { title: 'Title vs the human neutral title', columns: cols, rows: [title.ours.row('corroborate title'), title.first.row('title of report 1')] },
      {
        title: 'Facts',
        columns: ['facts per story', 'consensus', 'partial', 'single', 'consensus share (pooled)', 'consensus share (mean per story)', 'empty summaries'],
        rows: [[facts / Math.max(1, n), status.consensus, status.partial, status.single, facts ? status.consensus / facts : null, mean(shares), empty]],
      },
    ],
    notes: [
      `The human summaries average ${mean(engine.ok.map((o) => words(o.item.target.body).length)).toFixed(1)} words.`,
      'Each story: three reports (title + lead paragraph, left/centre/right in a random order, so "report 1" is a random side). Titles go in the `title` field, bodies in `text`.',
      'ROUGE here: lower-cased words, no stemming, no stop-word removal; ROUGE-L is the LCS of the whole texts. Figures are close to, not identical with, the rouge-score package.',
      ...failureNote(engine),
    ],
  };
}

if (isMain(import.meta.url)) void runAlone(run);
