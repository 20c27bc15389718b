/**
 * `npm run bench:scale -- [--json] [FILE] [--sizes 5000,10000,all] [--pg URL] [--pg-sizes 5000,10000]
 * [--workers 5000] [--skip-pg]`: how ingest (read, normalise, store, group into stories) grows with
 * the number of articles, on SQLite and on PostgreSQL, and how 1 and 2 `corroborate worker`
 * processes share it. FILE defaults to ../shared/data/allsides-37k.jsonl.gz. Each row runs in its own
 * process (its peak RSS is its own) on a new store. A benchmark, not a test: it prints a table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { REPO_ROOT, isMain } from '../eval/cli.js';
import { markdownTable } from '../eval/table.js';
import { runWorkers } from './scale-workers.js';

/** The old-space cap of each run, in MB: V8 otherwise grows its heap far past the live set. */
export const HEAP_MB = 768;
const DEFAULT_FILE = resolve(REPO_ROOT, '../shared/data/allsides-37k.jsonl.gz');
const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';

/** One row of the table, as `--json` prints it. */
export interface ScaleRow {
  store: string;
  articles: number;
  stories: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMB: number;
}

/** Ingests the first `n` articles of `file` into `db` in a child process. */
function runOne(db: string, n: number, file: string, store: string): ScaleRow {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', 'bench/scale-run.ts', '--db', db, '--articles', String(n), file], {
    cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${store}, ${n} articles: the run failed (exit ${r.status})`);
  const o = JSON.parse(r.stdout.trim().split('\n').pop()!) as { articles: number; stories: number; seconds: number; peakRssMB: number };
  return { store, articles: o.articles, stories: o.stories, seconds: round(o.seconds), articlesPerSecond: Math.round(o.articles / o.seconds), peakRssMB: o.peakRssMB };
}

const round = (x: number): number => Math.round(x * 10) / 10;

/** Drops a schema and its queue's, so that a run starts on an empty PostgreSQL store; false when the server is unreachable. */
export async function freshSchema(server: string, schema: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_queue" CASCADE`);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function sizes(value: string | undefined, fallback: string, all: number): number[] {
  return (value ?? fallback).split(',').map((s) => (s.trim() === 'all' ? all : Number(s))).filter((n) => n > 0);
}

async function main(argv: string[]): Promise<void> {
  const flags: Record<string, string> = {};
  let file = DEFAULT_FILE;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--skip-pg') flags['skip-pg'] = 'true';
    else if (argv[i].startsWith('--')) flags[argv[i].slice(2)] = argv[++i] ?? '';
    else file = resolve(argv[i]);
  }
  if (!existsSync(file)) throw new Error(`${file} not found. Pass the file: npm run bench:scale -- /path/to/allsides-37k.jsonl.gz`);
  const ALL = 1_000_000_000;
  const rows: ScaleRow[] = [];
  const notes: string[] = [];
  const log = (row: ScaleRow) => {
    rows.push(row);
    if (!json) process.stderr.write(`  ${row.store}: ${row.articles} articles in ${row.seconds} s (${row.articlesPerSecond}/s, ${row.peakRssMB} MB)\n`);
  };
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-scale-'));
  try {
    for (const n of sizes(flags.sizes, '5000,10000,all', ALL)) log(runOne(join(dir, `scale-${n}.db`), n, file, 'sqlite'));
    const server = flags.pg ?? DEFAULT_PG;
    if (flags['skip-pg']) notes.push('PostgreSQL rows skipped (--skip-pg).');
    else if (!(await freshSchema(server, 'bench_scale'))) notes.push(`PostgreSQL rows skipped: ${server} is unreachable.`);
    else {
      for (const n of sizes(flags['pg-sizes'], '5000,10000', ALL)) {
        await freshSchema(server, 'bench_scale');
        log(runOne(`${server}?schema=bench_scale`, n, file, 'postgres'));
      }
      const n = Number(flags.workers ?? 5000);
      if (n > 0) {
        const runs = await runWorkers(server, file, n, [1, 2], dir);
        for (const r of runs) log(r.row);
        notes.push(runs.every((r) => r.stories === runs[0].stories)
          ? `1 and 2 workers made the same ${runs[0].stories.split(':')[0]} stories (same articles in each).`
          : 'WARNING: 1 and 2 workers made different stories.');
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const table = {
    title: 'Ingest at scale: read, normalise, store and group into stories',
    columns: ['store', 'articles', 'stories', 'seconds', 'articles/s', 'peak RSS (MB)'],
    rows: rows.map((r) => [r.store, r.articles, r.stories, r.seconds.toFixed(1), r.articlesPerSecond, r.peakRssMB]),
  };
  console.log(`## bench:scale\n\n\`npm run bench:scale${argv.length ? ` -- ${argv.join(' ')}` : ''}\`\n\n${markdownTable(table)}\n`);
  console.log(`- Goal for all ${rows.find((r) => r.store === 'sqlite' && r.articles > 30000)?.articles ?? 'the'} articles: ≤ 300 s and ≤ 1024 MB peak RSS. Each run: node --max-old-space-size=${HEAP_MB}.`);
  for (const n of notes) console.log(`- ${n}`);
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(`bench:scale: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
