/**
 * Word choice on NewsWCL50: the five articles of each event (far left to far right) go through
 * compare(); we count how many coded word-choice mentions our framing spans touch, and how much
 * framing each outlet gets. Run alone: `tsx eval/newswcl50.ts [DATA_DIR] [--limit N] [--json]`.
 */
import type { EvalArgs } from './cli.js';
import { commandLine, isMain, runAlone } from './cli.js';
import { failureNote, runEngine } from './engine.js';
import type { WclDoc } from './load/newswcl50.js';
import { loadNewsWcl50 } from './load/newswcl50.js';
import { overlap, wordRanges } from './metrics.js';
import type { EvalResult } from './table.js';

const OUTLETS = ['LL', 'L', 'M', 'R', 'RR'];
const KINDS = ['loaded', 'opinion', 'hedge', 'label'] as const;

/** Runs the NewsWCL50 evaluation. */
export async function run(args: EvalArgs): Promise<EvalResult> {
  const t0 = performance.now();
  const docs = loadNewsWcl50(args.dataDir);
  let events = [...new Set(docs.map((d) => d.event))].map((e) => docs.filter((d) => d.event === e));
  if (args.limit) events = events.slice(0, args.limit);
  const id = (d: WclDoc): string => `${d.event}_${d.outlet}`;
  const engine = await runEngine(events, (ev) => ev.map((d) => ({ id: id(d), outlet: d.outlet, text: d.text, source: `${id(d)}.conll` })), 'newswcl50');

  const byType = new Map<string, { n: number; hit: number }>();
  const byOutlet = new Map<string, { articles: number; words: number; kinds: Record<string, number>; onCoded: number; spans: number }>();
  const labels: string[] = [];
  let unplaced = 0;
  let shifted = 0;
  for (const { item, report } of engine.ok) {
    for (const d of item) {
      const article = report.articles.find((a) => a.id === id(d));
      if (!article || article.text !== d.text) {
        shifted++;
        continue;
      }
      unplaced += d.unplaced;
      const spans = report.framing.filter((f) => f.article === id(d));
      const o = byOutlet.get(d.outlet) ?? { articles: 0, words: 0, kinds: {}, onCoded: 0, spans: 0 };
      byOutlet.set(d.outlet, o);
      o.articles++;
      o.words += wordRanges(d.text).length;
      for (const f of spans) {
        o.kinds[f.kind] = (o.kinds[f.kind] ?? 0) + 1;
        o.spans++;
        if (d.mentions.some((m) => overlap(m, f) > 0)) o.onCoded++;
        if (f.kind === 'label') labels.push(f.text);
      }
      for (const m of d.mentions) {
        const t = byType.get(m.codeType) ?? { n: 0, hit: 0 };
        byType.set(m.codeType, t);
        t.n++;
        if (spans.some((f) => overlap(m, f) > 0)) t.hit++;
      }
    }
  }
  const total = [...byType.values()].reduce((a, t) => ({ n: a.n + t.n, hit: a.hit + t.hit }), { n: 0, hit: 0 });
  const per1000 = (x: number, words: number): number => (x / Math.max(1, words)) * 1000;
  const outletRows = OUTLETS.filter((o) => byOutlet.has(o)).map((name) => {
    const o = byOutlet.get(name)!;
    return [name, o.articles, o.spans / o.articles, per1000(o.spans, o.words), ...KINDS.map((k) => per1000(o.kinds[k] ?? 0, o.words)), o.spans ? o.onCoded / o.spans : null];
  });
  const labelCounts = new Map<string, number>();
  for (const l of labels) labelCounts.set(l.toLowerCase(), (labelCounts.get(l.toLowerCase()) ?? 0) + 1);
  const topLabels = [...labelCounts].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const spansAll = [...byOutlet.values()].reduce((a, o) => a + o.spans, 0);
  const onCoded = [...byOutlet.values()].reduce((a, o) => a + o.onCoded, 0);
  return {
    name: 'Word choice — NewsWCL50',
    command: commandLine('newswcl50', args.dataDir, { limit: args.limit }),
    seconds: (performance.now() - t0) / 1000,
    figures: {
      events: engine.ok.length, codedMentions: total.n, unplacedMentions: unplaced, codedRecall: total.n ? total.hit / total.n : null,
      propertyRecall: byType.get('PROPERTY') ? byType.get('PROPERTY')!.hit / byType.get('PROPERTY')!.n : null,
      framingSpans: spansAll, framingOnCoded: spansAll ? onCoded / spansAll : null, labelSpans: labels.length,
    },
    tables: [
      {
        title: `Coded mentions touched by a framing span: ${engine.ok.length} events`,
        columns: ['code type', 'mentions', 'touched', 'recall'],
        rows: [...[...byType].sort((a, b) => b[1].n - a[1].n).map(([t, x]) => [t, x.n, x.hit, x.n ? x.hit / x.n : null]), ['all', total.n, total.hit, total.n ? total.hit / total.n : null]],
      },
      {
        title: 'Framing spans by outlet (per 1,000 words unless said)',
        columns: ['outlet', 'articles', 'spans per article', 'all', ...KINDS, 'share on a coded mention'],
        rows: outletRows,
      },
      { title: `Label spans found: ${labels.length} (most frequent)`, columns: ['label', 'count'], rows: topLabels },
    ],
    notes: [
      'Outlets: LL far left, L left, M centre, R right, RR far right. Articles are rebuilt from NewsWCL50.conll (one paragraph a line); coded mentions placed by their words.',
      'The codes mark every mention of the compared concepts (actors, countries, …), not only loaded ones; PROPERTY and ACTOR-I are the closest to word-choice bias. Recall is descriptive: there is no gold for which mentions are loaded.',
      ...(unplaced ? [`${unplaced} coded mentions could not be placed in the rebuilt text and are left out.`] : []),
      ...(shifted ? [`${shifted} articles left out: report text differs from the input.`] : []),
      ...failureNote(engine),
    ],
  };
}

if (isMain(import.meta.url)) void runAlone(run);
