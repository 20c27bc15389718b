import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { REPO_ROOT } from '../eval/cli.js';
import { openStore } from '../src/store/index.js';
import type { ScaleRow } from './scale.js';
import { freshSchema, HEAP_MB } from './scale.js';

const CLI = 'dist/cli/main.js';

/** One workers run: its row, and its stories as "count:hash of their article sets". */
export interface WorkersRun {
  row: ScaleRow;
  stories: string;
}

/** The first `n` lines of a JSON Lines file (gzip or not), written to `out`. */
async function head(file: string, n: number, out: string): Promise<void> {
  const stream = createReadStream(file);
  const lines: string[] = [];
  for await (const line of createInterface({ input: file.endsWith('.gz') ? stream.pipe(createGunzip()) : stream, crlfDelay: Infinity })) {
    if (line.trim()) lines.push(line);
    if (lines.length >= n) break;
  }
  stream.destroy();
  writeFileSync(out, `${lines.join('\n')}\n`);
}

/** Runs `corroborate worker --once` `k` times at once; resolves to the largest peak RSS they printed. */
function workers(db: string, k: number): Promise<number> {
  const one = () =>
    new Promise<number>((done, fail) => {
      const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, 'worker', '--once', '-q', '--db', db], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', fail);
      child.on('close', (code) => (code === 0 ? done(Number(/peak RSS (\d+) MB/.exec(out)?.[1] ?? 0)) : fail(new Error(`worker exited with ${code}`))));
    });
  return Promise.all(Array.from({ length: k }, one)).then((rss) => Math.max(...rss));
}

/** Stories of a store as "count:hash": the same articles grouped alike give the same string. */
async function storiesOf(db: string): Promise<string> {
  const store = await openStore(db);
  try {
    const list = await store.listStories({ limit: 1_000_000 });
    const sets = list.map((s) => [...s.articles].sort().join(',')).sort();
    return `${list.length}:${createHash('sha1').update(sets.join('|')).digest('hex').slice(0, 12)}`;
  } finally {
    await store.close();
  }
}

/**
 * Queues the first `n` articles with `corroborate ingest --queue`, then times `k` workers emptying
 * the queue, for each `k` of `counts`, each on a new PostgreSQL schema.
 */
export async function runWorkers(server: string, file: string, n: number, counts: number[], dir: string): Promise<WorkersRun[]> {
  if (!existsSync(join(REPO_ROOT, CLI))) throw new Error(`${CLI} not found: build first (npm run build)`);
  const part = join(dir, `workers-${n}.jsonl`);
  await head(file, n, part);
  const runs: WorkersRun[] = [];
  for (const k of counts) {
    await freshSchema(server, 'bench_workers');
    const db = `${server}?schema=bench_workers`;
    const queued = spawnSync(process.execPath, [CLI, 'ingest', '--queue', '--db', db, part], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (queued.status !== 0) throw new Error(`ingest --queue failed: ${queued.stderr}`);
    const t0 = performance.now();
    const peakRssMB = await workers(db, k);
    const seconds = (performance.now() - t0) / 1000;
    const stories = await storiesOf(db);
    const row: ScaleRow = {
      store: `postgres, ${k} worker${k === 1 ? '' : 's'}`, articles: n, stories: Number(stories.split(':')[0]),
      seconds: Math.round(seconds * 10) / 10, articlesPerSecond: Math.round(n / seconds), peakRssMB,
    };
    runs.push({ row, stories });
  }
  return runs;
}
