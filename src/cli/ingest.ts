import type { Command } from 'commander';
import { message, type Message } from '../model/index.js';
import { allowPrivate, remoteOptions } from './fetch-options.js';
import { useStore, withDb } from './db.js';
import type { IngestResult } from '../stories/index.js';
import { EXIT, printMessages, processTerminal, type Terminal } from './io.js';
import { progressBar } from './progress.js';

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
    .option(...allowPrivate())
    .option('--queue', 'queue the work for `corroborate worker` processes instead (PostgreSQL store)')
    .option('-v, --verbose', 'also print informational messages')
    .action(async (inputs: string[], flags: IngestFlags) => setExit(await (flags.queue ? runEnqueue : runIngest)(inputs, flags, term)));
}

async function runIngest(specs: string[], flags: IngestFlags, term: Terminal): Promise<number> {
  const { isJsonLinesFile, readInputs, readJsonLinesPieces, readUrlList } = await import('../ingest/index.js');
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
  // JSON Lines files are read a piece at a time, whatever their size; the rest at once.
  const streamed = all.filter((s) => s !== '-' && !/^https?:\/\//i.test(s) && isJsonLinesFile(s));
  const rest = all.filter((s) => !streamed.includes(s));
  const read = rest.length
    ? await readInputs(rest, { stdin: term.stdin, remote: remoteOptions(Boolean(flags.allowPrivate), term.env), ...(flags.outlet ? { outlet: flags.outlet } : {}) })
    : { inputs: [], messages: [] };
  const verbose = Boolean(flags.verbose);
  if (read.inputs.length === 0 && streamed.length === 0) {
    printMessages(term, [...listed, ...read.messages, message('NOTHING_TO_COMPARE', 'ingest', { severity: 'error' })], verbose);
    return EXIT.nothing;
  }
  return useStore(flags.db, term, async (store) => {
    const { ensureOutlets, ingest, storyMaker } = await import('../stories/index.js');
    const added = await ensureOutlets(store);
    if (added) term.stderr.write(`corroborate: the store had no outlets: added the starter table (${added} outlets, AllSides leans); \`corroborate outlets import FILE\` edits it\n`);
    const maker = storyMaker();
    const bar = progressBar(term);
    const total = { read: 0, stored: 0, duplicates: 0, copies: 0, newStories: 0 };
    const messages: Message[] = [...listed, ...read.messages];
    const add = (r: IngestResult, count: number) => {
      for (const k of ['stored', 'duplicates', 'copies', 'newStories'] as const) total[k] += r[k];
      total.read += count;
      messages.push(...r.messages);
    };
    const parts = (read.inputs.length ? 1 : 0) + streamed.length;
    if (read.inputs.length) {
      const r = await ingest(store, read.inputs, { maker, onProgress: (done, all) => bar.update(done, done / all / parts) });
      add(r, read.inputs.length);
    }
    for (const [i, file] of streamed.entries()) {
      for await (const piece of readJsonLinesPieces(file)) {
        messages.push(...piece.messages);
        if (piece.inputs.length) add(await ingest(store, piece.inputs, { maker }), piece.inputs.length);
        bar.update(total.read, (parts - streamed.length + i + piece.fraction) / parts);
      }
    }
    bar.end();
    if (total.read === 0) messages.push(message('NOTHING_TO_COMPARE', 'ingest', { severity: 'error' }));
    printMessages(term, messages, verbose);
    if (total.read === 0) return EXIT.nothing;
    const next = await store.nextBatch();
    if (next?.state === 'queued') {
      term.stderr.write(`corroborate: batch ${next.n} is queued for \`corroborate worker\`; stories are made in batch order, so what was stored after it waits for a worker to take it\n`);
    }
    const counts = await store.counts();
    term.stdout.write(
      `stored ${total.stored} new article(s) (${total.duplicates} already stored, ${total.copies} syndicated copies), ` +
        `${total.newStories} new stor${total.newStories === 1 ? 'y' : 'ies'}; the store holds ${counts.articles} articles in ${counts.stories} stories\n`,
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
