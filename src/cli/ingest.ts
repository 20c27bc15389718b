import type { Command } from 'commander';
import { message, type Message } from '../model/index.js';
import { remoteOptions } from './fetch-options.js';
import { useStore, withDb } from './db.js';
import { EXIT, printMessages, processTerminal, type Terminal } from './io.js';

interface IngestFlags {
  db?: string;
  outlet?: string;
  urls?: string[];
  allowPrivate?: boolean;
  verbose?: boolean;
  queue?: boolean;
}

/** Adds `corroborate ingest [inputs...]`: store articles and group them into stories. */
export function registerIngest(program: Command, setExit: (code: number) => void, term: Terminal = processTerminal()): void {
  withDb(program.command('ingest'))
    .description('store articles (files, feeds, OPML, URLs) and group them into stories as they arrive')
    .argument('[inputs...]', 'article files, feeds, OPML lists or URLs; - for stdin')
    .option('--outlet <name>', 'outlet of text and HTML files that name none')
    .option('--urls <file>', 'also read the URLs listed in a file, one a line; repeatable', (v: string, p: string[] = []) => [...p, v])
    .option('--allow-private', 'fetch from private, loopback and link-local addresses too')
    .option('--queue', 'queue the work for `corroborate worker` processes instead (PostgreSQL store)')
    .option('-v, --verbose', 'also print informational messages')
    .action(async (inputs: string[], flags: IngestFlags) => setExit(await (flags.queue ? runEnqueue : runIngest)(inputs, flags, term)));
}

async function runIngest(specs: string[], flags: IngestFlags, term: Terminal): Promise<number> {
  const { readInputs, readUrlList } = await import('../ingest/index.js');
  const all = [...specs];
  const listed: Message[] = [];
  for (const list of flags.urls ?? []) {
    const { urls, messages } = await readUrlList(list, term.stdin);
    all.push(...urls);
    listed.push(...messages);
  }
  if (all.length === 0) {
    term.stderr.write('corroborate: no input files or URLs given\n');
    return EXIT.nothing;
  }
  const read = await readInputs(all, { stdin: term.stdin, remote: remoteOptions(Boolean(flags.allowPrivate), term.env), ...(flags.outlet ? { outlet: flags.outlet } : {}) });
  const verbose = Boolean(flags.verbose);
  if (read.inputs.length === 0) {
    printMessages(term, [...listed, ...read.messages, message('NOTHING_TO_COMPARE', 'ingest', { severity: 'error' })], verbose);
    return EXIT.nothing;
  }
  return useStore(flags.db, term, async (store) => {
    const { ingest } = await import('../stories/index.js');
    const progress = progressLine(term);
    const r = await ingest(store, read.inputs, { onProgress: progress });
    if ((term.stderr as { isTTY?: boolean }).isTTY) term.stderr.write('\n');
    printMessages(term, [...listed, ...read.messages, ...r.messages], verbose);
    const counts = await store.counts();
    term.stdout.write(
      `stored ${r.stored} new article(s) (${r.duplicates} already stored, ${r.copies} syndicated copies), ` +
        `${r.newStories} new stor${r.newStories === 1 ? 'y' : 'ies'}; the store holds ${counts.articles} articles in ${counts.stories} stories\n`,
    );
    return EXIT.ok;
  });
}

/** `ingest --queue`: files are read here and queued as batches, URLs are queued for the workers to fetch. */
async function runEnqueue(specs: string[], flags: IngestFlags, term: Terminal): Promise<number> {
  const url = flags.db || term.env.CORROBORATE_DB || '';
  const { isPostgresUrl } = await import('../store/index.js');
  if (!isPostgresUrl(url)) {
    term.stderr.write('corroborate: --queue needs a PostgreSQL store, where workers share the work: give --db postgres://…\n');
    return EXIT.usage;
  }
  const all = [...specs];
  for (const list of flags.urls ?? []) all.push(...(await (await import('../ingest/index.js')).readUrlList(list, term.stdin)).urls);
  if (all.length === 0) {
    term.stderr.write('corroborate: no input files or URLs given\n');
    return EXIT.nothing;
  }
  return useStore(url, term, async (store) => {
    const { openQueue, enqueue } = await import('../queue/index.js');
    const boss = await openQueue(url);
    try {
      const q = await enqueue(store, boss, all, { stdin: term.stdin, ...(flags.outlet ? { outlet: flags.outlet } : {}) });
      printMessages(term, q.messages, Boolean(flags.verbose));
      term.stdout.write(`queued ${q.batches} batch(es): ${q.articles} article(s) read from files, ${q.urls} URL(s) to fetch; start \`corroborate worker\` to work on them\n`);
      return q.batches ? EXIT.ok : EXIT.nothing;
    } finally {
      await boss.stop({ graceful: false, close: true });
    }
  });
}

/** A progress bar with rate and ETA on a terminal, plain log lines every 1,000 articles otherwise. */
function progressLine(term: Terminal): (done: number, total: number) => void {
  const start = Date.now();
  let logged = 0;
  return (done, total) => {
    const seconds = (Date.now() - start) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    if ((term.stderr as { isTTY?: boolean }).isTTY) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      term.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} · ${rate.toFixed(0)}/s · ETA ${eta}s `);
    } else if (done - logged >= 1000 || done === total) {
      logged = done;
      term.stderr.write(`corroborate: ingested ${done}/${total} (${rate.toFixed(0)} articles/s)\n`);
    }
  };
}
