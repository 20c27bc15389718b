/**
 * Loaded language on PTC (SemEval-2020 Task 11): our `loaded` framing spans against the gold
 * `Loaded_Language` spans, each article compared alone. Run alone:
 * `tsx eval/ptc.ts [DATA_DIR] [--limit N] [--json]`.
 */
import type { EvalArgs } from './cli.js';
import { commandLine, isMain, runAlone } from './cli.js';
import { failureNote, runEngine } from './engine.js';
import { lexiconSpans, readLexicon } from './lexicon.js';
import { loadPtc } from './load/ptc.js';
import type { Counts, Range } from './metrics.js';
import { addCounts, charCreditCounts, prf, spanCounts, tokenCounts, wordRanges, ZERO } from './metrics.js';
import type { EvalResult, Table } from './table.js';

type Scorer = 'span' | 'char' | 'token';

/** Counts for one system over all articles, by the three ways of matching. */
class Tally {
  counts: Record<Scorer, Counts> = { span: ZERO, char: ZERO, token: ZERO };
  add(text: string, pred: Range[], gold: Range[]): void {
    this.counts.span = addCounts(this.counts.span, spanCounts(pred, gold));
    this.counts.char = addCounts(this.counts.char, charCreditCounts(pred, gold));
    this.counts.token = addCounts(this.counts.token, tokenCounts(text, pred, gold));
  }
  row(name: string): (string | number)[] {
    const s = prf(this.counts.span);
    const c = prf(this.counts.char);
    const t = prf(this.counts.token);
    return [name, this.counts.span.pred, s.precision, s.recall, s.f1, c.f1, t.precision, t.recall, t.f1];
  }
}

const COLUMNS = ['system', 'spans', 'span P', 'span R', 'span F1', 'char-credit F1', 'token P', 'token R', 'token F1'];

/** Runs the PTC loaded-language evaluation. */
export async function run(args: EvalArgs): Promise<EvalResult> {
  const t0 = performance.now();
  let articles = loadPtc(args.dataDir);
  if (args.limit) articles = articles.slice(0, args.limit);
  const lexicon = readLexicon(args.dataDir);
  const engine = await runEngine(articles, (a) => [{ id: a.id, outlet: 'ptc', text: a.text, source: `article${a.id}.txt` }], 'ptc');

  const loaded = { engine: new Tally(), reporter: new Tally(), any: new Tally(), lexicon: new Tally() };
  const wide = { engine: new Tally(), lexicon: new Tally() };
  let goldLoaded = 0;
  let words = 0;
  let shifted = 0;
  const kinds = new Map<string, number>();
  for (const { item, report } of engine.ok) {
    if (report.articles[0]?.text !== item.text) {
      shifted++;
      continue;
    }
    const gold = item.spans.filter((s) => s.technique === 'Loaded_Language');
    const goldWide = item.spans.filter((s) => s.technique === 'Loaded_Language' || s.technique === 'Name_Calling,Labeling');
    goldLoaded += gold.length;
    words += wordRanges(item.text).length;
    for (const f of report.framing) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    const ours = report.framing.filter((f) => f.kind === 'loaded');
    loaded.engine.add(item.text, ours, gold);
    loaded.reporter.add(item.text, ours.filter((f) => f.voice === 'reporter'), gold);
    loaded.any.add(item.text, report.framing.filter((f) => f.kind !== 'hedge'), gold);
    wide.engine.add(item.text, report.framing.filter((f) => f.kind === 'loaded' || f.kind === 'label'), goldWide);
    if (lexicon) {
      const lex = lexiconSpans(item.text, lexicon);
      loaded.lexicon.add(item.text, lex, gold);
      wide.lexicon.add(item.text, lex, goldWide);
    }
  }
  const scored = engine.ok.length - shifted;
  const tables: Table[] = [
    {
      title: `Loaded_Language: ${scored} articles, ${goldLoaded} gold spans`,
      columns: COLUMNS,
      rows: [
        loaded.engine.row('corroborate `loaded`'),
        loaded.reporter.row('corroborate `loaded`, reporter voice only'),
        loaded.any.row('corroborate `loaded` + `opinion` + `label`'),
        ...(lexicon ? [loaded.lexicon.row('baseline: bias-lexicon word match')] : []),
      ],
    },
    {
      title: 'Loaded_Language + Name_Calling,Labeling vs our `loaded` + `label`',
      columns: COLUMNS,
      rows: [wide.engine.row('corroborate `loaded` + `label`'), ...(lexicon ? [wide.lexicon.row('baseline: bias-lexicon word match')] : [])],
    },
  ];
  const e = prf(loaded.engine.counts.span);
  const t = prf(loaded.engine.counts.token);
  return {
    name: 'Loaded language — PTC (SemEval-2020 Task 11)',
    command: commandLine('ptc', args.dataDir, { limit: args.limit }),
    seconds: (performance.now() - t0) / 1000,
    figures: {
      articles: scored, goldSpans: goldLoaded, predictedSpans: loaded.engine.counts.span.pred,
      spanPrecision: e.precision, spanRecall: e.recall, spanF1: e.f1, tokenF1: t.f1,
      charCreditF1: prf(loaded.engine.counts.char).f1,
      lexiconSpanF1: lexicon ? prf(loaded.lexicon.counts.span).f1 : null, lexiconTokenF1: lexicon ? prf(loaded.lexicon.counts.token).f1 : null,
      predictedPer1000Words: (loaded.engine.counts.span.pred / Math.max(1, words)) * 1000,
      goldPer1000Words: (goldLoaded / Math.max(1, words)) * 1000,
    },
    tables,
    notes: [
      'Span P/R: a predicted span counts when it overlaps a gold span by one character or more, and a gold span when some prediction overlaps it.',
      'Char-credit F1: partial credit by the share of characters covered, as in the SemEval-2020 Task 11 SI scorer. Token: words inside spans.',
      `Framing spans by kind over all articles: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}. Loaded spans per 1,000 words: ours ${fmt1((loaded.engine.counts.span.pred / Math.max(1, words)) * 1000)}, gold ${fmt1((goldLoaded / Math.max(1, words)) * 1000)}.`,
      'Baseline: words matching a lemma of the Recasens et al. (2013) bias lexicon (neus/data/lexicons), read from the data folder.',
      ...(shifted ? [`${shifted} articles left out: the report text differs from the input, so gold offsets do not apply.`] : []),
      ...failureNote(engine),
    ],
  };
}

const fmt1 = (x: number): string => x.toFixed(1);

if (isMain(import.meta.url)) void runAlone(run);
