import type { Command } from 'commander';
import { allowPrivate, remoteOptions } from './fetch-options.js';
import { useStore, withDb } from './db.js';
import { EXIT, processTerminal, type Terminal } from './io.js';

interface WorkerFlags {
  db?: string;
  once?: boolean;
  concurrency: string;
  allowPrivate?: boolean;
  quiet?: boolean;
}

/** Adds `corroborate worker`: one of many processes sharing ingest work through PostgreSQL. */
export function registerWorker(program: Command, setExit: (code: number) => void, term: Terminal = processTerminal()): void {
  withDb(program.command('worker'))
    .description('work on the ingest queue of a PostgreSQL store (`corroborate ingest --queue` fills it); run as many as you like')
    .option('--once', 'stop when no work is left instead of waiting for more')
    .option('--concurrency <n>', 'jobs this process runs at once', '1')
    .option(...allowPrivate())
    .option('-q, --quiet', 'no line per batch')
    .action(async (flags: WorkerFlags) => setExit(await runWorkerCommand(flags, term)));
}

async function runWorkerCommand(flags: WorkerFlags, term: Terminal): Promise<number> {
  const url = flags.db || term.env.CORROBORATE_DB || '';
  const { isPostgresUrl } = await import('../store/index.js');
  if (!isPostgresUrl(url)) {
    term.stderr.write('corroborate: workers share their work through PostgreSQL: give --db postgres://… (or set CORROBORATE_DB)\n');
    return EXIT.usage;
  }
  const concurrency = Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    term.stderr.write(`corroborate: --concurrency must be a whole number ≥ 1, got "${flags.concurrency}"\n`);
    return EXIT.usage;
  }
  return useStore(url, term, async (store) => {
    await (await import('../stories/index.js')).ensureOutlets(store);
    const { openQueue, runWorker } = await import('../queue/index.js');
    const boss = await openQueue(url);
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const log = (line: string) => term.stderr.write(`corroborate worker ${process.pid}: ${line}\n`);
    if (!flags.quiet) log(flags.once ? 'working until the queue is empty' : 'waiting for work (Ctrl-C to stop)');
    try {
      const t = await runWorker(store, boss, { once: flags.once, concurrency, signal: stop.signal, log: flags.quiet ? undefined : log, read: { remote: remoteOptions(Boolean(flags.allowPrivate), term.env) } });
      const rss = Math.round(process.resourceUsage().maxRSS / 1024);
      term.stdout.write(`worker ${process.pid}: ${t.jobs} job(s), ${t.stored} article(s) stored, ${t.duplicates} already stored, ${t.assigned} put into stories, ${t.failed} failed; peak RSS ${rss} MB\n`);
      return EXIT.ok;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await boss.stop({ graceful: true, wait: true, close: true });
    }
  });
}
