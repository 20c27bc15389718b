/**
 * `npm run eval:extract -- [--json] [--passes N] [PATH]`: article extraction on the Article
 * Extraction Benchmark (PATH defaults to ../shared/data/aeb), corroborate against Mozilla
 * Readability on the same pages, in the same process: precision, recall and F1 as the benchmark's
 * `evaluate.py` computes them, and pages per second (median of several timed passes, the two
 * extractors taking turns so that machine noise hits both alike).
 */
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/extract/index.js';
import { AebMissing, loadAeb, matchShingles, meanPrf, prf, type AebPage, type Prf, type ShingleMatch } from './load/aeb.js';
import { isMain } from './cli.js';
import { markdownTable } from './table.js';

const DEFAULT_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data/aeb');
const DEFAULT_PASSES = 5;
/** Figures published with the benchmark, same metric (README of the benchmark, latest evaluation). */
const PUBLISHED = 'Published on the same pages and metric: Readability.js 0.947, trafilatura 0.958, best (rs_trafilatura) 0.970.';

type Extractor = (html: string, id: string) => string;

/** Corroborate's extractor, as the CLI runs it. */
const corroborate: Extractor = (html, id) => extractArticle(html, id).input.text ?? '';
/** Readability.js on a linkedom DOM, its `textContent` as the benchmark's own Readability.js runner takes it. */
const readability: Extractor = (html) => {
  try {
    const { document } = parseHTML(html) as unknown as { document: Document };
    return new Readability(document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
};

/** One extractor's figures. */
export interface ExtractorScore extends Prf {
  pagesPerSecond: number;
}

interface Run {
  score: ExtractorScore;
  perPage: { id: string; match: ShingleMatch; text: string }[];
}

function parseArgs(argv: string[]): { path: string; json: boolean; passes: number } {
  let path = DEFAULT_PATH;
  let json = false;
  let passes = DEFAULT_PASSES;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--passes') passes = Number(argv[++i]);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}; usage: npm run eval:extract -- [--json] [--passes N] [PATH]`);
    else path = resolve(process.cwd(), a);
  }
  if (!(passes >= 1)) throw new Error('--passes must be a positive number');
  return { path, json, passes };
}

/** Times one pass of an extractor over all pages; returns pages per second and the texts. */
function pass(extract: Extractor, pages: AebPage[]): { rate: number; texts: string[] } {
  const started = performance.now();
  const texts = pages.map((p) => extract(p.html, p.id));
  return { rate: pages.length / ((performance.now() - started) / 1000), texts };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Runs each extractor once untimed (the texts scored; it also warms up the JIT and loads lazy
 * modules), then `passes` timed passes, the two taking turns.
 */
export function evaluate(pages: AebPage[], passes: number): { corroborate: Run; readability: Run } {
  const texts = { corroborate: pass(corroborate, pages).texts, readability: pass(readability, pages).texts };
  const rates: Record<'corroborate' | 'readability', number[]> = { corroborate: [], readability: [] };
  for (let i = 0; i < passes; i++) {
    // Alternate who goes first, so that neither always runs on a warmer (or more tired) process.
    const order = i % 2 ? (['readability', 'corroborate'] as const) : (['corroborate', 'readability'] as const);
    for (const name of order) rates[name].push(pass(name === 'corroborate' ? corroborate : readability, pages).rate);
  }
  const run = (name: 'corroborate' | 'readability'): Run => {
    const perPage = pages.map((p, i) => ({ id: p.id, match: matchShingles(p.gold, texts[name][i]!), text: texts[name][i]! }));
    return { score: { ...meanPrf(perPage.map((x) => x.match)), pagesPerSecond: median(rates[name]) }, perPage };
  };
  return { corroborate: run('corroborate'), readability: run('readability') };
}

/** A short guess at what went wrong on a page. */
function reason(match: ShingleMatch, text: string): string {
  const s = prf(match);
  if (!text.trim()) return 'nothing extracted';
  if (s.recall < 0.5) return 'missed most of the article';
  if (s.precision < 0.5) return 'took in much more than the article';
  return s.recall < s.precision ? 'missed some paragraphs' : 'kept extra lines';
}

function version(pkg: string): string {
  try {
    return (createRequire(import.meta.url)(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    return '?';
  }
}

function main(): void {
  let args: ReturnType<typeof parseArgs>;
  let pages: AebPage[];
  try {
    args = parseArgs(process.argv.slice(2));
    pages = loadAeb(args.path);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    console.error(e instanceof AebMissing ? `Article Extraction Benchmark missing — ${detail}. Usage: npm run eval:extract -- [--json] [--passes N] [PATH]` : detail);
    process.exit(1);
  }
  const { corroborate: ours, readability: theirs } = evaluate(pages, args.passes);
  if (args.json) {
    console.log(JSON.stringify({ corroborate: ours.score, readability: theirs.score }));
    return;
  }
  const row = (name: string, s: ExtractorScore): (string | number)[] => [name, s.precision, s.recall, s.f1, s.pagesPerSecond];
  const ratio = ours.score.pagesPerSecond / theirs.score.pagesPerSecond;
  const table = markdownTable({
    title: '',
    columns: ['extractor', 'precision', 'recall', 'F1', `pages/s (median of ${args.passes})`],
    rows: [
      row('corroborate', ours.score),
      row(`@mozilla/readability ${version('@mozilla/readability')} on linkedom ${version('linkedom')}`, theirs.score),
      ['corroborate − Readability; speed ratio', ours.score.precision - theirs.score.precision, ours.score.recall - theirs.score.recall, ours.score.f1 - theirs.score.f1, `${ratio.toFixed(2)}×`],
    ],
  });
  const worst = [...ours.perPage].sort((a, b) => prf(a.match).f1 - prf(b.match).f1).slice(0, 10);
  const worstTable = markdownTable({
    title: '',
    columns: ['page', 'F1', 'precision', 'recall', 'why'],
    rows: worst.map((w) => [w.id.slice(0, 16), prf(w.match).f1, prf(w.match).precision, prf(w.match).recall, reason(w.match, w.text)]),
  });
  console.log(
    [
      `## Article extraction: ${pages.length} pages of the Article Extraction Benchmark (${args.path})`,
      '',
      table,
      '',
      `- ${PUBLISHED}`,
      '- Metric as in the benchmark\'s evaluate.py: 4-word shingles of \\w+ tokens (multisets), precision and recall averaged over pages, F1 their harmonic mean.',
      `- Both extractors ran in this one process: one untimed pass each (scored), then ${args.passes} timed passes each, taking turns. Readability is given the page's linkedom DOM and scored on its textContent.`,
      '',
      '### Ten pages where corroborate does worst',
      '',
      worstTable,
    ].join('\n'),
  );
}

if (isMain(import.meta.url)) main();
