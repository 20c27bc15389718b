import { InvalidArgumentError, type Command } from 'commander';
import type { Store } from '../store/types.js';
import { allowPrivate, remoteOptions } from './fetch-options.js';
import { useStore, withDb } from './db.js';
import { EXIT, printMessages, processTerminal, type Terminal } from './io.js';

interface ServeFlags {
  db?: string;
  port: number;
  host: string;
  allowPrivate?: boolean;
  verbose?: boolean;
}

/** Adds `corroborate serve`: the web pages and the JSON API over the store, until SIGINT/SIGTERM. */
export function registerServe(program: Command, setExit: (code: number) => void, term: Terminal = processTerminal()): void {
  withDb(program.command('serve'))
    .description('serve the stories in a browser and as a JSON API (/api/, /openapi.json); files given are ingested first')
    .argument('[inputs...]', 'article files, feeds, OPML lists or URLs to ingest before serving')
    .option('-p, --port <n>', 'port to listen on; 0 picks a free one', parsePort, 8080)
    .option('--host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option(...allowPrivate('inputs and posted URLs'))
    .option('-v, --verbose', 'also print informational messages')
    .action(async (inputs: string[], flags: ServeFlags) => setExit(await runServe(inputs, flags, term)));
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}

async function runServe(specs: string[], flags: ServeFlags, term: Terminal): Promise<number> {
  const remote = remoteOptions(Boolean(flags.allowPrivate), term.env);
  return useStore(flags.db, term, async (store) => {
    await (await import('../stories/index.js')).ensureOutlets(store);
    if (specs.length && !(await ingestFirst(store, specs, remote, flags, term))) return EXIT.nothing;
    const { createApp } = await import('../serve/app.js');
    const { DEFAULT_MAX_BODY_BYTES } = await import('../serve/context.js');
    const { listen } = await import('../serve/node.js');
    const app = createApp({ store, maxBodyBytes: DEFAULT_MAX_BODY_BYTES, remote });
    let server;
    try {
      server = await listen(app, { port: flags.port, host: flags.host });
    } catch (error) {
      term.stderr.write(`corroborate: cannot listen on ${flags.host}:${flags.port}: ${(error as Error).message}\n`);
      return EXIT.nothing;
    }
    const { stories } = await store.counts();
    term.stdout.write(`corroborate: serving ${server.url} (${stories} stor${stories === 1 ? 'y' : 'ies'})\n`);
    await stopSignal();
    await server.close();
    return EXIT.ok;
  });
}

/** Stories compared right after the files given are ingested. */
const WARM_STORIES = 10;

/** Ingests the files and URLs given on the command line; false when none of them gave an article. */
async function ingestFirst(store: Store, specs: string[], remote: ReturnType<typeof remoteOptions>, flags: ServeFlags, term: Terminal): Promise<boolean> {
  const { readInputs } = await import('../ingest/index.js');
  const { ingest } = await import('../stories/index.js');
  const read = await readInputs(specs, { stdin: term.stdin, remote });
  if (read.inputs.length === 0) {
    printMessages(term, [...read.messages, { severity: 'error', reason: 'no usable article was read' }], Boolean(flags.verbose));
    return false;
  }
  const r = await ingest(store, read.inputs);
  printMessages(term, [...read.messages, ...r.messages], Boolean(flags.verbose));
  term.stderr.write(`corroborate: ingested ${r.stored} new article(s) (${r.duplicates} already stored), ${r.newStories} new stor${r.newStories === 1 ? 'y' : 'ies'}\n`);
  // Compare the newest stories now: their pages open at once, and stories of untitled texts get their headlines.
  const { storyReport } = await import('../stories/index.js');
  for (const story of await store.listStories({ limit: WARM_STORIES })) await storyReport(store, story.id);
  return true;
}

/** Resolves on the first SIGINT or SIGTERM. */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
