/**
 * Story clustering: `npm run eval:cluster -- [DATA_DIR] [--json] [--only neus,ecbplus,pac]
 * [--needles neus|ecbplus|both] [--seed N] [--baseline-threshold T] [--option name=value,…]`.
 * Every document of a corpus goes through one clusterer in a shuffled (seeded) order, and the
 * stories found are scored against the gold grouping with B-cubed and the adjusted Rand index,
 * next to the plain baseline (TF-IDF cosine, average linkage, one threshold). `--needles` also
 * mixes a corpus's documents into the 37k AllSides articles and scores the needles only (about
 * 30 s per corpus). `--option` overrides clusterer defaults, for exploring only.
 */
import { existsSync } from 'node:fs';
import { DEFAULTS } from '../src/cluster/index.js';
import type { ClusterInput, ClusterOptions } from '../src/cluster/index.js';
import { commandLine, CorpusMissing, errorText, isMain, parseArgs } from './cli.js';
import type { EvalArgs } from './cli.js';
import { averageLinkage, cut, similarPairs, tfidfVectors } from './cluster-baseline.js';
import { arrival, clusterAll, mixNeedles, NEEDLE_SPREAD, score } from './cluster-stream.js';
import type { Score } from './cluster-stream.js';
import { allsidesDocs, ecbDocs, neusDocs, pacDocs } from './load/stories.js';
import type { LabelledDoc } from './load/stories.js';
import type { EvalResult } from './table.js';
import { printResult } from './table.js';

/** What `--json` prints for one corpus. */
export interface CorpusResult extends Score {
  documents: number;
  goldStories: number;
  /** Seconds the clusterer took, and articles per second (loading and scoring left out). */
  seconds: number;
  articlesPerSecond: number;
  baseline: Score & { threshold: number };
  /** The baseline at the threshold that is best on this corpus: an upper bound no real run would have. */
  baselineTuned: Score & { threshold: number };
}

/** The baseline's fixed threshold (the TF-IDF threshold of eval/ecbplus.ts's sentence baseline too). */
export const BASELINE_THRESHOLD = 0.3;
/** Thresholds tried for the baseline row that is best on each corpus. */
export const SWEEP = Array.from({ length: 33 }, (_, i) => Math.round(1000 * (0.1 + i * 0.025)) / 1000);

/** The baseline at the fixed threshold and at the best threshold of a sweep. */
export function baseline(docs: LabelledDoc[], threshold: number): Pick<CorpusResult, 'baseline' | 'baselineTuned'> {
  const vectors = tfidfVectors(docs.map((d) => `${d.title ?? ''}\n${d.text}`));
  const floor = Math.min(threshold, SWEEP[0]);
  const merges = averageLinkage(docs.length, similarPairs(vectors, floor), floor);
  const gold = docs.map((d) => d.gold);
  const at = (t: number): Score & { threshold: number } => ({ threshold: t, ...score(cut(docs.length, merges, t), gold) });
  const tuned = SWEEP.map(at).reduce((a, b) => (b.f1 > a.f1 ? b : a));
  return { baseline: at(threshold), baselineTuned: tuned };
}

/** Clusters one corpus with corroborate and with the baseline. */
export function evaluate(docs: LabelledDoc[], args: EvalArgs, options: Partial<ClusterOptions>): CorpusResult {
  const order = arrival(docs, args.seed);
  const { labels, seconds } = clusterAll(order, options);
  const threshold = args.flags['baseline-threshold'] ? Number(args.flags['baseline-threshold']) : BASELINE_THRESHOLD;
  return {
    documents: docs.length,
    goldStories: new Set(docs.map((d) => d.gold)).size,
    ...score(docs.map((d) => labels.get(d.id)!), docs.map((d) => d.gold)),
    seconds,
    articlesPerSecond: docs.length / seconds,
    ...baseline(docs, threshold),
  };
}

/** What the needles run reports: scores over the needles only, and the whole run's size and time. */
export interface NeedleResult extends Score {
  documents: number;
  haystack: number;
  goldStories: number;
  seconds: number;
  articlesPerSecond: number;
  /** Needles that joined a story holding AllSides articles (maybe rightly: AllSides covers the same news). */
  joinedHaystack: number;
}

/** Mixes needles into the AllSides articles (in date order) and scores the needles' stories only. */
export async function needles(dataDir: string, docs: LabelledDoc[], seed: number, options: Partial<ClusterOptions>): Promise<NeedleResult> {
  const hay: ClusterInput[] = [];
  for await (const a of allsidesDocs(dataDir)) hay.push(a);
  const mixed = mixNeedles<ClusterInput>(arrival(hay, seed), docs, seed);
  const { labels, seconds } = clusterAll(mixed, options);
  const withHay = new Set(hay.map((a) => labels.get(a.id)!));
  return {
    documents: docs.length,
    haystack: hay.length,
    goldStories: new Set(docs.map((d) => d.gold)).size,
    ...score(docs.map((d) => labels.get(d.id)!), docs.map((d) => d.gold)),
    seconds,
    articlesPerSecond: mixed.length / seconds,
    joinedHaystack: docs.filter((d) => withHay.has(labels.get(d.id)!)).length,
  };
}

const CORPORA: Record<string, (dataDir: string) => LabelledDoc[]> = { neus: neusDocs, ecbplus: ecbDocs, pac: pacDocs };

/** Options given as `--option name=value,name=value` (for exploring; reported figures use the defaults). */
function optionFlags(flag: string | undefined): Partial<ClusterOptions> {
  const out: Record<string, number> = {};
  for (const pair of flag?.split(',') ?? []) {
    const [k, v] = pair.split('=');
    if (!(k in DEFAULTS) || !Number.isFinite(Number(v))) throw new Error(`--option: unknown option or bad value "${pair}"; options are ${Object.keys(DEFAULTS).join(', ')}`);
    out[k] = Number(v);
  }
  return out as Partial<ClusterOptions>;
}

const row = (corpus: string, system: string, s: Score, docs: number, gold: number, seconds: number | null): (string | number | null)[] =>
  [corpus, system, docs, gold, s.clusters, s.precision, s.recall, s.f1, s.ari, seconds];

/** Every corpus asked for, scored: per-corpus results (what `--json` prints) and the printable tables. */
export async function collect(args: EvalArgs): Promise<{ results: Record<string, CorpusResult | NeedleResult>; report: EvalResult }> {
  if (!existsSync(args.dataDir)) throw new CorpusMissing(`data folder ${args.dataDir} not found. Pass it: npm run eval:cluster -- /path/to/shared/data`);
  const options = optionFlags(args.flags.option);
  // Under `npm run eval -- --only …`, --only names evaluations, not corpora: keep the corpora it names, if any.
  const named = args.flags.only?.split(',').filter((c) => c in CORPORA);
  const only = named?.length ? named : Object.keys(CORPORA);
  const needleSets = args.flags.needles === 'both' ? ['neus', 'ecbplus'] : args.flags.needles?.split(',') ?? [];
  for (const name of [...only, ...needleSets]) if (!CORPORA[name]) throw new Error(`unknown corpus "${name}"; corpora are ${Object.keys(CORPORA).join(', ')}`);
  const results: Record<string, CorpusResult | NeedleResult> = {};
  const rows: (string | number | null)[][] = [];
  const notes: string[] = [];
  const t0 = performance.now();
  for (const name of only) {
    if (!args.json) console.error(`clustering ${name}…`);
    const r = evaluate(CORPORA[name](args.dataDir), args, options);
    results[name] = r;
    rows.push(row(name, 'corroborate', r, r.documents, r.goldStories, r.seconds));
    rows.push(row(name, `baseline, t = ${r.baseline.threshold}`, r.baseline, r.documents, r.goldStories, null));
    rows.push(row(name, `baseline, t = ${r.baselineTuned.threshold} (best on ${name})`, r.baselineTuned, r.documents, r.goldStories, null));
    notes.push(`${name}: clusterer ${r.seconds.toFixed(2)} s, ${Math.round(r.articlesPerSecond)} articles/s`);
  }
  for (const name of needleSets) {
    if (!args.json) console.error(`clustering ${name} mixed into the AllSides 37k articles…`);
    const r = await needles(args.dataDir, CORPORA[name](args.dataDir), args.seed, options);
    results[`${name}+allsides`] = r;
    rows.push(row(`${name} in allsides-37k`, 'corroborate', r, r.documents, r.goldStories, r.seconds));
    notes.push(`${name} in allsides-37k: ${r.documents + r.haystack} articles clustered in ${r.seconds.toFixed(1)} s (${Math.round(r.articlesPerSecond)} articles/s); scores over the ${r.documents} needles only; ${r.joinedHaystack} needles joined a story holding AllSides articles`);
  }
  notes.push(`arrival order shuffled with seed ${args.seed}, dated articles in date order; a needle story's articles are spread over ${NEEDLE_SPREAD} AllSides articles at a seeded place`);
  notes.push('baseline: TF-IDF cosine of whole documents (IDF of the corpus itself), average linkage; "best on" is the threshold that suits that corpus, which no real run could know');
  const figures: Record<string, number> = {};
  for (const [name, r] of Object.entries(results)) for (const k of ['precision', 'recall', 'f1', 'ari'] as const) figures[`${name}.${k}`] = r[k];
  const report: EvalResult = {
    name: 'Story clustering',
    command: commandLine('cluster', args.dataDir, { only: args.flags.only, needles: args.flags.needles, seed: args.flags.seed }),
    seconds: (performance.now() - t0) / 1000,
    figures,
    tables: [{ title: 'B-cubed and adjusted Rand index against the gold stories', columns: ['corpus', 'system', 'documents', 'gold stories', 'stories found', 'B³ P', 'B³ R', 'B³ F1', 'ARI', 'clusterer s'], rows }],
    notes,
  };
  return { results, report };
}

/** The evaluation in the shape `eval/run.ts` expects. */
export async function run(args: EvalArgs): Promise<EvalResult> {
  return (await collect(args)).report;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { results, report } = await collect(args);
  if (args.json) console.log(JSON.stringify(results, null, 2));
  else printResult(report);
}

if (isMain(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(errorText(e));
    process.exit(1);
  });
}
