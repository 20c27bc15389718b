/**
 * Fact alignment on ECB+: do sentences of different articles that report the same happening land in
 * the same fact? Gold: two annotated sentences of different documents of one sub-event that mention
 * the same cross-document event chain. Run alone: `tsx eval/ecbplus.ts [DATA_DIR] [--group-size N]
 * [--groups-per-event 1] [--mixed 3] [--limit N] [--seed 1] [--threshold 0.3] [--json]`.
 */
import type { ArticleInput } from '../src/model/index.js';
import type { EvalArgs } from './cli.js';
import { commandLine, isMain, runAlone } from './cli.js';
import { failureNote, runEngine } from './engine.js';
import type { Prepared } from './ecbplus-pairs.js';
import { candidatePairs, counts, crossEvent, key, makeGroups, mixedGroups, predictedLinks, prepare } from './ecbplus-pairs.js';
import { loadEcbPlus } from './load/ecbplus.js';
import type { Counts } from './metrics.js';
import { addCounts, cosine, idf, prf, tfidfVector, words, ZERO } from './metrics.js';
import type { EvalResult, Table } from './table.js';

/** Runs the ECB+ alignment evaluation. */
export async function run(args: EvalArgs): Promise<EvalResult> {
  const t0 = performance.now();
  const size = args.flags['group-size'] ? Number(args.flags['group-size']) : Infinity;
  const perEvent = Number(args.flags['groups-per-event'] ?? 1);
  const threshold = Number(args.flags.threshold ?? 0.3);
  const docs = loadEcbPlus(args.dataDir);
  let groups = makeGroups(docs, size, perEvent, args.seed);
  if (args.limit) groups = groups.slice(0, args.limit);
  const prepared = groups.map((g) => g.map(prepare));

  const inputsOf = (g: Prepared[]): ArticleInput[] => g.map((p) => ({ id: p.doc.name, outlet: p.doc.name, text: p.text, source: `${p.doc.name}.xml` }));
  const engine = await runEngine(prepared, inputsOf, 'ecbplus');

  // Baseline: TF-IDF cosine between the two sentences, IDF over every sentence of the corpus.
  const idfs = idf(docs.flatMap((d) => [...d.sentences.values()].map((s) => words(s.join(' ')))));
  const vectors = new Map<string, Map<string, number>>();
  for (const d of docs) for (const [n, s] of d.sentences) vectors.set(key(d.name, n), tfidfVector(words(s.join(' ')), idfs));

  const scopes = ['selected', 'all'] as const;
  const totals = new Map<string, Counts>();
  const tally = (name: string, c: Counts): void => void totals.set(name, addCounts(totals.get(name) ?? ZERO, c));
  let facts = 0;
  for (const { item, report } of engine.ok) {
    const links = predictedLinks(report, new Map(item.map((p) => [p.doc.name, p])));
    facts += report.facts.length;
    for (const scope of scopes) {
      const pairs = candidatePairs(item, scope);
      tally(`${scope}/engine`, counts(pairs, (p) => links.has(`${p.a}|${p.b}`)));
      tally(`${scope}/tfidf`, counts(pairs, (p) => cosine(vectors.get(p.a)!, vectors.get(p.b)!) >= threshold));
      tally(`${scope}/all`, counts(pairs, () => true));
    }
  }
  // Confusable events: a topic's two events in one comparison; links across them are false.
  const mixK = Number(args.flags.mixed ?? 3);
  let mixedGroupsRun = 0;
  if (mixK > 0) {
    let mixed = mixedGroups(docs, mixK, args.seed);
    if (args.limit) mixed = mixed.slice(0, args.limit);
    const mixedRun = await runEngine(mixed.map((g) => g.map(prepare)), inputsOf, 'ecbplus mixed');
    mixedGroupsRun = mixedRun.ok.length;
    for (const { item, report } of mixedRun.ok) {
      const links = predictedLinks(report, new Map(item.map((p) => [p.doc.name, p])));
      const pairs = candidatePairs(item, 'selected');
      const cross = pairs.filter(crossEvent);
      tally('mixed/engine', counts(pairs, (p) => links.has(`${p.a}|${p.b}`)));
      tally('mixed/tfidf', counts(pairs, (p) => cosine(vectors.get(p.a)!, vectors.get(p.b)!) >= threshold));
      tally('mixed/all', counts(pairs, () => true));
      tally('cross/engine', counts(cross, (p) => links.has(`${p.a}|${p.b}`)));
      tally('cross/tfidf', counts(cross, (p) => cosine(vectors.get(p.a)!, vectors.get(p.b)!) >= threshold));
      tally('cross/all', counts(cross, () => true));
    }
  }
  const get = (k: string): Counts => totals.get(k) ?? ZERO;
  const row = (name: string, c: Counts): (string | number)[] => {
    const r = prf(c);
    return [name, r.precision, r.recall, r.f1, c.pred];
  };
  const table = (scope: string, title: string): Table => ({
    title: `${title}: ${get(`${scope}/all`).pred} sentence pairs, ${get(`${scope}/all`).gold} gold links`,
    columns: ['system', 'precision', 'recall', 'F1', 'links predicted'],
    rows: [
      row('corroborate (same fact)', get(`${scope}/engine`)),
      row(`TF-IDF cosine ≥ ${threshold}`, get(`${scope}/tfidf`)),
      row('every pair linked', get(`${scope}/all`)),
    ],
  });
  const figures: EvalResult['figures'] = {
    groups: engine.ok.length, documents: engine.ok.reduce((s, o) => s + o.item.length, 0), facts, tfidfThreshold: threshold,
    msPerGroup: engine.ok.reduce((a, o) => a + o.ms, 0) / Math.max(1, engine.ok.length),
  };
  for (const scope of scopes) {
    for (const sys of ['engine', 'tfidf']) {
      const r = prf(get(`${scope}/${sys}`));
      Object.assign(figures, { [`${scope}.${sys}.precision`]: r.precision, [`${scope}.${sys}.recall`]: r.recall, [`${scope}.${sys}.f1`]: r.f1 });
    }
    figures[`${scope}.pairs`] = get(`${scope}/all`).pred;
    figures[`${scope}.gold`] = get(`${scope}/all`).gold;
  }
  if (mixedGroupsRun) {
    const m = prf(get('mixed/engine'));
    Object.assign(figures, { 'mixed.engine.precision': m.precision, 'mixed.engine.recall': m.recall, 'mixed.engine.f1': m.f1 });
    const cross = get('cross/engine');
    figures['cross.engine.falseLinkShare'] = get('cross/all').pred ? (cross.pred - cross.predHit) / get('cross/all').pred : 0;
  }
  return {
    name: 'Fact alignment — ECB+ (sentence-pair links)',
    command: commandLine('ecbplus', args.dataDir, { 'group-size': args.flags['group-size'], 'groups-per-event': args.flags['groups-per-event'], mixed: args.flags.mixed, threshold: args.flags.threshold, limit: args.limit, seed: args.flags.seed }),
    seconds: (performance.now() - t0) / 1000,
    figures,
    tables: [
      table('selected', `${engine.ok.length} groups (${size < Infinity ? `≤${size} documents` : 'every document'} of one sub-event), annotated sentences`),
      table('all', 'Same groups, every sentence'),
      ...(mixedGroupsRun ? [
        table('mixed', `Confusable events: ${mixedGroupsRun} groups of ${mixK} + ${mixK} documents from a topic's two events, annotated sentences`),
        {
          title: 'Same mixed groups: pairs across the two events (every link here is false)',
          columns: ['system', 'cross-event pairs', 'linked', 'share linked'],
          rows: (['engine', 'tfidf'] as const).map((sys) => {
            const c = get(`cross/${sys}`);
            return [sys === 'engine' ? 'corroborate (same fact)' : `TF-IDF cosine ≥ ${threshold}`, get('cross/all').pred, c.pred - c.predHit, c.pred ? (c.pred - c.predHit) / get('cross/all').pred : 0];
          }),
        },
      ] : []),
    ],
    notes: [
      'Annotated sentences: those listed in ECBplus_coreference_sentences.csv (the README advises scoring only these); the engine always sees whole documents, one sentence per line.',
      'Every sentence: gold links still come from the annotations, which are sparse outside the listed sentences, so precision there is a lower bound.',
      'Confusable events (--mixed K, 0 to skip): ECB+ pairs two real events of one kind per topic; compare() gets K documents of each, as a story wrongly grouped would. A few chains span both events (gold links across them are not counted as false).',
      'Gold: two sentences share a cross-document ACTION/NEG chain. Links are unordered sentence pairs from different documents of one group.',
      ...failureNote(engine),
    ],
  };
}

if (isMain(import.meta.url)) void runAlone(run);
