/**
 * `npm run bench -- [DATA_DIR] [--json] [--skip-cli]`: how fast compare() is. Prints a Markdown table
 * to paste in the README. (a) the CLI from cold on the two seed articles, (b) compare() warm
 * in-process on the same, (c) 20- and 50-article stories from allsides-37k.jsonl.gz.
 * Machines are noisy: every figure is a median of several runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { ArticleInput } from '../src/model/index.js';
import { errorText, isMain, parseArgs, REPO_ROOT } from '../eval/cli.js';
import type { CompareFn } from '../eval/engine.js';
import { loadEngine } from '../eval/engine.js';
import { median } from '../eval/metrics.js';
import type { Table } from '../eval/table.js';
import { fmt, markdownTable } from '../eval/table.js';
import type { PickedStory } from './pick.js';
import { pickStory, readAllsides } from './pick.js';

const SEEDS = ['examples/seeds/000_c0e403f38f26b5c2.txt', 'examples/seeds/001_a07d8bf6c2edf1f1.txt'];
const CLI = 'dist/cli/main.js';

/** One line of the benchmark table. */
interface Row {
  measure: string;
  ms: number | null;
  detail: string;
  goal: string;
}

/** Wall time of `fn` in milliseconds. */
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** (a) The CLI from cold: a new node process each run. */
function cliCold(runs: number): Row {
  const measure = `seeds, CLI cold: \`node ${CLI} compare --format json\` (${runs} runs)`;
  if (!existsSync(join(REPO_ROOT, CLI))) {
    return { measure, ms: null, detail: `${CLI} not found: build first (npx tsc -p tsconfig.build.json)`, goal: '≤ 1500 ms' };
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'compare', '--format', 'json', ...SEEDS], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = performance.now() - t0;
    if (r.status !== 0) {
      return { measure, ms: null, detail: `exit ${r.status}: ${(r.stderr || r.stdout || '').trim().split('\n')[0]}`, goal: '≤ 1500 ms' };
    }
    times.push(ms);
  }
  return { measure, ms: median(times), detail: `min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))}`, goal: '≤ 1500 ms' };
}

/** True when some file under src/ is newer than the built CLI (the cold figure would time old code). */
function distStale(): boolean {
  const built = statSync(join(REPO_ROOT, CLI)).mtimeMs;
  const files = readdirSync(join(REPO_ROOT, 'src'), { recursive: true }) as string[];
  return files.some((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && statSync(join(REPO_ROOT, 'src', f)).mtimeMs > built);
}

/** Median of `runs` timed calls after `warmups` untimed ones. */
function warm(compare: CompareFn, inputs: ArticleInput[], warmups: number, runs: number): { median: number; min: number; max: number } {
  for (let i = 0; i < warmups; i++) compare(inputs);
  const times = Array.from({ length: runs }, () => time(() => compare(inputs)));
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

const words = (inputs: ArticleInput[]): number => inputs.reduce((s, a) => s + (a.text?.split(/\s+/).length ?? 0), 0);

/** (c) A picked story: first call, then warm median. */
function storyRows(compare: CompareFn, story: PickedStory, runs: number): Row[] {
  const inputs: ArticleInput[] = story.articles.map((a) => ({ id: a.id, outlet: a.outlet, title: a.title, date: a.date, text: a.text, source: `allsides:${a.id}` }));
  const n = inputs.length;
  const what = `${n} articles (${words(inputs).toLocaleString('en')} words; topic ${story.topic}, ${story.from}…${story.to})`;
  const first = time(() => compare(inputs));
  const w = warm(compare, inputs, 1, runs);
  return [
    { measure: `${what}, first call`, ms: first, detail: 'engine already loaded', goal: '' },
    { measure: `${n} articles, warm (${runs} runs after 1 warm-up)`, ms: w.median, detail: `min ${fmt(w.min)}, max ${fmt(w.max)}`, goal: '' },
  ];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const rows: Row[] = [];
  const notes: string[] = [];
  if (args.flags['skip-cli'] === undefined) {
    rows.push(cliCold(7));
    if (existsSync(join(REPO_ROOT, CLI)) && distStale()) notes.push('dist/ is older than src/: the CLI row timed the last build. Rebuild: npx tsc -p tsconfig.build.json');
  }

  const t0 = performance.now();
  const compare = await loadEngine();
  const loadMs = performance.now() - t0;
  const seeds: ArticleInput[] = SEEDS.map((s) => ({ text: readFileSync(join(REPO_ROOT, s), 'utf8'), source: s }));
  const first = time(() => compare(seeds));
  rows.push({ measure: 'seeds, in-process cold: import (TypeScript via tsx) + first compare()', ms: loadMs + first, detail: `import ${fmt(loadMs)}, first call ${fmt(first)}`, goal: '' });
  const w = warm(compare, seeds, 3, 20);
  rows.push({ measure: 'seeds, in-process warm: compare() (20 runs after 3 warm-ups)', ms: w.median, detail: `min ${fmt(w.min)}, max ${fmt(w.max)}`, goal: '≤ 200 ms' });

  const seedsRssMb = process.resourceUsage().maxRSS / 1024;
  const allsides = resolve(args.dataDir, 'allsides-37k.jsonl.gz');
  if (!existsSync(allsides)) notes.push(`allsides-37k.jsonl.gz not found in ${args.dataDir}: the 20- and 50-article runs were skipped.`);
  else {
    const articles = await readAllsides(allsides);
    for (const [n, runs] of [[20, 5], [50, 3]] as const) {
      const story = pickStory(articles, n);
      if (story) rows.push(...storyRows(compare, story, runs));
      else notes.push(`no topic has ${n} articles from distinct outlets`);
    }
  }
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}`;
  const table: Table = {
    title: 'compare() speed',
    columns: ['measure', 'median ms', 'detail', 'goal'],
    rows: rows.map((r) => [r.measure, r.ms === null ? 'not run' : r.ms, r.detail, r.goal ? `${r.goal}${r.ms === null ? '' : r.ms <= Number(r.goal.replace(/\D/g, '')) ? ' ✓' : ' ✗'}` : '']),
  };
  if (args.json) {
    console.log(JSON.stringify({ machine, peakRssMb: peakMb, seedsRssMb, rows, notes }, null, 2));
    return;
  }
  console.log(`## Benchmark\n\n\`npm run bench\` on ${machine}. Peak memory (RSS): ${fmt(seedsRssMb)} MB after the seed runs, ${fmt(peakMb)} MB at the end (the AllSides corpus is held in memory to pick stories).\n`);
  console.log(markdownTable(table));
  for (const n of notes) console.log(`\n- ${n}`);
}

if (isMain(import.meta.url)) {
  main().catch((e) => {
    console.error(errorText(e));
    process.exit(1);
  });
}
