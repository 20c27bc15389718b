/**
 * One row of `npm run bench:scale`, in its own process so that its peak RSS is its own:
 * `tsx bench/scale-run.ts --db URL --articles N FILE` ingests the first N articles of FILE (gzip
 * or plain JSON Lines, read a piece at a time as `corroborate ingest` reads it) into a new store and
 * prints one JSON object.
 */
import { readJsonLinesPieces } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { ingest, storyMaker } from '../src/stories/index.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const db = flag('db');
  const limit = Number(flag('articles'));
  const file = args[0];
  if (!db || !(limit > 0) || !file) throw new Error('usage: tsx bench/scale-run.ts --db URL --articles N FILE');
  const store = await openStore(db);
  const maker = storyMaker();
  const t0 = performance.now();
  let articles = 0;
  let last = t0;
  try {
    for await (const piece of readJsonLinesPieces(file)) {
      const inputs = piece.inputs.slice(0, limit - articles);
      const r = await ingest(store, inputs, { maker });
      articles += r.stored + r.duplicates;
      const now = performance.now();
      if (now - last > 10_000) {
        process.stderr.write(`  ${store.kind}: ${articles} articles, ${((articles * 1000) / (now - t0)).toFixed(0)}/s\n`);
        last = now;
      }
      if (articles >= limit) break;
    }
    const seconds = (performance.now() - t0) / 1000;
    const counts = await store.counts();
    const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    if (process.env.BENCH_DEBUG) process.stderr.write(`${JSON.stringify(process.memoryUsage())}\n`);
    process.stdout.write(`${JSON.stringify({ articles, stories: counts.stories, seconds, peakRssMB })}\n`);
  } finally {
    await store.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:scale: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
