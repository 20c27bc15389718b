/**
 * Quotes and attribution on PolNeAR: our quotes against the gold Content spans, and for matched quotes
 * whether our speaker names the gold Source. Each article compared alone. Run alone:
 * `tsx eval/polnear.ts [DATA_DIR] [--split test|dev|train] [--limit N] [--json]`.
 */
import type { EvalArgs } from './cli.js';
import { commandLine, isMain, runAlone } from './cli.js';
import { failureNote, runEngine } from './engine.js';
import type { Attribution } from './load/polnear.js';
import { loadPolnear } from './load/polnear.js';
import type { Counts, Range } from './metrics.js';
import { addCounts, overlap, prf, words, ZERO } from './metrics.js';
import type { EvalResult } from './table.js';

const QUOTE_MARK = /["“”]/;
/** Words that do not identify a speaker on their own (titles, articles, pronouns). */
const NOT_A_NAME = new Set(
  'a an the of and his her its their he she they it we i you him them us mr mrs ms dr sen rep gov president former said spokesman spokeswoman'.split(' '),
);

/** The words of a speaker string that can identify it. */
export function nameWords(s: string): Set<string> {
  return new Set(words(s).filter((w) => w.length > 1 && !NOT_A_NAME.has(w)));
}

/**
 * Whether our speaker names the gold source: they share a name word ("Donald Trump" vs "Mr. Trump").
 * @example sameSpeaker('Donald Trump', 'Mr. Trump') // true
 */
export function sameSpeaker(ours: string, gold: string): boolean {
  const g = nameWords(gold);
  return [...nameWords(ours)].some((w) => g.has(w)) || spells(ours, gold) || spells(gold, ours);
}

/** One side writes as an acronym ("the AP", "DNC officials") what the other names in full ("Associated Press"). */
function spells(short: string, long: string): boolean {
  const initials = words(long).filter((w) => !/^(of|and|for|the|on)$/.test(w)).map((w) => w[0]).join('');
  return initials.length >= 2 && (short.match(/\b[A-Z]{2,6}\b/g) ?? []).some((a) => a.toLowerCase() === initials);
}

/** A source that holds a proper name (a capitalised word that is not a title or pronoun): "Mr. Trump", not "he". */
export function isNamed(source: string): boolean {
  return (source.match(/\b\p{Lu}[\p{L}'’.-]+/gu) ?? []).some((w) => !NOT_A_NAME.has(w.toLowerCase().replace(/\.$/, '')));
}

/** Characters a quote shares with a (possibly discontinuous) gold content, and their Jaccard ratio. */
export function contentOverlap(q: Range, content: Range[]): { chars: number; jaccard: number } {
  const chars = content.reduce((s, c) => s + overlap(q, c), 0);
  const union = q.end - q.start + content.reduce((s, c) => s + c.end - c.start, 0) - chars;
  return { chars, jaccard: union > 0 ? chars / union : 0 };
}

/** Quote-to-content matching: any shared character, or at least `minJaccard` of the union. */
export function contentCounts(quotes: Range[], gold: Attribution[], minJaccard = 0): Counts {
  const match = (q: Range, a: Attribution): boolean => {
    const o = contentOverlap(q, a.content);
    return o.chars > 0 && o.jaccard >= minJaccard;
  };
  return {
    predHit: quotes.filter((q) => gold.some((a) => match(q, a))).length,
    pred: quotes.length,
    goldHit: gold.filter((a) => quotes.some((q) => match(q, a))).length,
    gold: gold.length,
  };
}

/** Runs the PolNeAR evaluation. */
export async function run(args: EvalArgs): Promise<EvalResult> {
  const t0 = performance.now();
  const split = args.flags.split ?? 'test';
  let docs = loadPolnear(args.dataDir, split);
  if (args.limit) docs = docs.slice(0, args.limit);
  const engine = await runEngine(docs, (d) => [{ id: d.name, outlet: d.outlet, text: d.text, source: `${d.name}.txt` }], 'polnear');

  const c = { all: ZERO, allStrict: ZERO, direct: ZERO, directStrict: ZERO };
  const sp = { matched: 0, goldSource: 0, named: 0, correct: 0, correctNamed: 0, oursNull: 0 };
  let shifted = 0;
  for (const { item, report } of engine.ok) {
    if (report.articles[0]?.text !== item.text) {
      shifted++;
      continue;
    }
    const gold = item.attributions;
    const goldDirect = gold.filter((a) => a.content.some((c) => QUOTE_MARK.test(item.text.slice(c.start, c.end))));
    const ours = report.quotes;
    const oursDirect = ours.filter((q) => q.kind === 'direct');
    const add = (k: keyof typeof c, x: Counts): void => void (c[k] = addCounts(c[k], x));
    add('all', contentCounts(ours, gold));
    add('allStrict', contentCounts(ours, gold, 0.5));
    add('direct', contentCounts(oursDirect, goldDirect));
    add('directStrict', contentCounts(oursDirect, goldDirect, 0.5));
    for (const q of ours) {
      let best: Attribution | undefined;
      let bestChars = 0;
      for (const a of gold) {
        const o = contentOverlap(q, a.content).chars;
        if (o > bestChars) (best = a), (bestChars = o);
      }
      if (!best) continue;
      sp.matched++;
      const src = best.sourceText;
      if (!src) continue;
      sp.goldSource++;
      const named = isNamed(src);
      if (named) sp.named++;
      if (q.speaker === null) sp.oursNull++;
      else if (sameSpeaker(q.speaker, src)) {
        sp.correct++;
        if (named) sp.correctNamed++;
      }
    }
  }
  const row = (name: string, x: Counts): (string | number)[] => {
    const r = prf(x);
    return [name, x.pred, x.gold, r.precision, r.recall, r.f1];
  };
  const scored = engine.ok.length - shifted;
  const all = prf(c.all);
  const direct = prf(c.direct);
  return {
    name: `Quotes and attribution — PolNeAR (${split} split)`,
    command: commandLine('polnear', args.dataDir, { split, limit: args.limit }),
    seconds: (performance.now() - t0) / 1000,
    figures: {
      articles: scored, goldAttributions: c.all.gold, goldDirect: c.direct.gold, quotes: c.all.pred,
      precision: all.precision, recall: all.recall, f1: all.f1,
      directPrecision: direct.precision, directRecall: direct.recall, directF1: direct.f1,
      strictF1: prf(c.allStrict).f1, directStrictF1: prf(c.directStrict).f1,
      matchedQuotes: sp.matched, withGoldSource: sp.goldSource,
      speakerAccuracy: sp.goldSource ? sp.correct / sp.goldSource : null,
      speakerAccuracyNamed: sp.named ? sp.correctNamed / sp.named : null,
    },
    tables: [
      {
        title: `Content spans: ${scored} articles`,
        columns: ['ours vs gold', 'ours', 'gold', 'precision', 'recall', 'F1'],
        rows: [
          row('all quotes vs all attributions, any overlap', c.all),
          row('all quotes vs all attributions, overlap ≥ 50% of union', c.allStrict),
          row('direct quotes vs quoted contents, any overlap', c.direct),
          row('direct quotes vs quoted contents, overlap ≥ 50% of union', c.directStrict),
        ],
      },
      {
        title: 'Speakers of matched quotes',
        columns: ['matched quotes', 'gold has a source', 'gold source is a name', 'ours: no speaker', 'accuracy (all with source)', 'accuracy (named source)'],
        rows: [[sp.matched, sp.goldSource, sp.named, sp.oursNull,
          sp.goldSource ? sp.correct / sp.goldSource : null, sp.named ? sp.correctNamed / sp.named : null]],
      },
    ],
    notes: [
      'Gold Content spans include paraphrases and beliefs, not only quotations; "quoted contents" are those holding a quotation mark.',
      'Overlap is measured against the gold content pieces (brat spans may be discontinuous). A quote is matched to the gold attribution it overlaps most. Speaker correct: our speaker and the gold Source share a name word (titles, articles and pronouns ignored), so a gold source that is a pronoun or a description ("the newspaper") counts as missed unless our name shares a word with it; "named source" keeps only gold sources with such a word.',
      ...(shifted ? [`${shifted} articles left out: the report text differs from the input.`] : []),
      ...failureNote(engine),
    ],
  };
}

if (isMain(import.meta.url)) void runAlone(run);
