import type { Command } from 'commander';
import { useStore, sinceDate, withDb } from './db.js';
import { EXIT, processTerminal, type Terminal } from './io.js';

interface StoriesFlags {
  db?: string;
  since?: string;
  outlet?: string;
  lean?: 'left' | 'center' | 'right';
  oneSided?: boolean;
  minSources?: string;
  query?: string;
  limit?: string;
  json?: boolean;
}

/** Adds `corroborate stories`: stories newest first, with source counts and coverage by lean. */
export function registerStories(program: Command, setExit: (code: number) => void, term: Terminal = processTerminal()): void {
  withDb(program.command('stories'))
    .description('list stories, newest first, with source counts and coverage by lean')
    .option('--since <when>', 'only stories seen since then: 12h, 2d, 1w or a date')
    .option('--outlet <name>', 'only stories with an article from this outlet (name or domain)')
    .option('--lean <lean>', 'only stories with a source of this lean (left, center, right)')
    .option('--one-sided', 'only stories whose coverage comes overwhelmingly from one side')
    .option('--min-sources <n>', 'only stories covered by at least this many independent outlets')
    .option('-q, --query <words>', 'only stories matching these words')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', "print JSON: each story's id, title and articles' ids")
    .action(async (flags: StoriesFlags) => setExit(await runStories(flags, term)));
}

async function runStories(flags: StoriesFlags, term: Terminal): Promise<number> {
  const since = flags.since ? sinceDate(flags.since) : undefined;
  if (since === null) {
    term.stderr.write(`corroborate: --since "${flags.since}" is neither a duration (12h, 2d, 1w) nor a date\n`);
    return EXIT.usage;
  }
  const minSources = flags.minSources === undefined ? undefined : Number(flags.minSources);
  if (minSources !== undefined && !(Number.isInteger(minSources) && minSources >= 1)) {
    term.stderr.write(`corroborate: --min-sources "${flags.minSources}" is not a whole number of 1 or more\n`);
    return EXIT.usage;
  }
  return useStore(flags.db, term, async (store) => {
    const stories = await store.listStories({
      ...(minSources ? { minSources } : {}),
      ...(since ? { since } : {}),
      ...(flags.outlet ? { outlet: flags.outlet } : {}),
      ...(flags.lean ? { lean: flags.lean } : {}),
      ...(flags.query ? { query: flags.query } : {}),
      oneSided: Boolean(flags.oneSided),
      limit: Number(flags.limit) || 50,
    });
    if (flags.json) {
      term.stdout.write(`${JSON.stringify(stories.map((s) => ({ ...s, articles: s.articles })), null, 2)}\n`);
      return EXIT.ok;
    }
    if (!stories.length) term.stdout.write('no stories\n');
    for (const s of stories) {
      const c = s.coverage;
      const flag = s.oneSided ? ` · one-sided (${s.oneSided})` : '';
      const leans = `lean: ${c.left} left, ${c.center} centre, ${c.right} right${c.unknown ? `, ${c.unknown} unknown` : ''}`;
      term.stdout.write(`${s.id}  ${s.title ?? '(untitled)'}\n    ${s.lastSeen?.slice(0, 10) ?? '—'} · ${s.sources} ${s.sources === 1 ? 'source' : 'sources'} · ${leans}${flag}\n`);
    }
    return EXIT.ok;
  });
}
