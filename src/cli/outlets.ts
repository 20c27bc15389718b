import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { useStore, withDb } from './db.js';
import { EXIT, processTerminal, type Terminal } from './io.js';

/** Adds `corroborate outlets import [file]` and `corroborate outlets list`. */
export function registerOutlets(program: Command, setExit: (code: number) => void, term: Terminal = processTerminal()): void {
  const outlets = program.command('outlets').description('outlet metadata: name, domains, lean, country, owner');
  withDb(outlets.command('import'))
    .description('add or update outlets from a CSV file (default: the starter table from AllSides, Apache-2.0)')
    .argument('[file]', 'CSV with a header: name, domains, lean, country, owner')
    .action(async (file: string | undefined, flags: { db?: string }) => setExit(await runImport(file, flags.db, term)));
  withDb(outlets.command('list'))
    .description('list the outlets in the store')
    .option('--json', 'print JSON')
    .action(async (flags: { db?: string; json?: boolean }) =>
      setExit(
        await useStore(flags.db, term, async (store) => {
          const list = await store.listOutlets();
          if (flags.json) term.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          else for (const o of list) term.stdout.write(`${o.name}\t${o.domains.join(' ')}\t${o.lean ?? '—'}\n`);
          return EXIT.ok;
        }),
      ),
    );
}

async function runImport(file: string | undefined, db: string | undefined, term: Terminal): Promise<number> {
  const { parseOutlets, STARTER_OUTLETS } = await import('../store/index.js');
  let text: string;
  try {
    text = await readFile(file ?? STARTER_OUTLETS, 'utf8');
  } catch (error) {
    term.stderr.write(`corroborate: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.nothing;
  }
  const { outlets, problems } = parseOutlets(text);
  for (const p of problems) term.stderr.write(`corroborate: ${file ?? 'outlets.csv'}:${p.line}: ${p.reason}\n`);
  if (!outlets.length) return EXIT.nothing;
  return useStore(db, term, async (store) => {
    const r = await store.importOutlets(outlets);
    term.stdout.write(`outlets: ${r.added} added, ${r.updated} updated\n`);
    return EXIT.ok;
  });
}
