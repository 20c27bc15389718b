import type { Command } from 'commander';
import { useStore, withDb } from './db.js';
import { EXIT, processTerminal, type Terminal } from './io.js';

/** Adds `corroborate search <words>`: full-text search over stored articles and stories. */
export function registerSearch(program: Command, setExit: (code: number) => void, term: Terminal = processTerminal()): void {
  withDb(program.command('search'))
    .description('full-text search over stored articles and stories')
    .argument('<words...>', 'what to look for')
    .option('--limit <n>', 'at most this many of each', '20')
    .option('--json', 'print JSON')
    .action(async (words: string[], flags: { db?: string; limit: string; json?: boolean }) =>
      setExit(
        await useStore(flags.db, term, async (store) => {
          const found = await store.search(words.join(' '), { limit: Number(flags.limit) || 20 });
          if (flags.json) term.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
          else {
            term.stdout.write(`STORIES (${found.stories.length})\n`);
            for (const s of found.stories) term.stdout.write(`  ${JSON.stringify(s)}\n`);
            term.stdout.write(`ARTICLES (${found.articles.length})\n`);
            for (const a of found.articles) term.stdout.write(`  ${JSON.stringify(a)}\n`);
          }
          return EXIT.ok;
        }),
      ),
    );
}
