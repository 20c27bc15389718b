import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { FORMATS, type Format } from './compare.js';
import { useStore, withDb } from './db.js';
import { EXIT, processTerminal, useColor, type Terminal } from './io.js';

interface StoryFlags {
  db?: string;
  format: Format;
  out?: string;
}

/** Adds `corroborate story <id>`: the comparison report of a stored story. */
export function registerStory(program: Command, setExit: (code: number) => void, term: Terminal = processTerminal()): void {
  withDb(program.command('story'))
    .description("print a stored story's comparison (computed on demand, cached until the story changes)")
    .argument('<id>', 'story id, as `corroborate stories` lists it')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('text'))
    .option('-o, --out <file>', 'write the report to a file')
    .action(async (id: string, flags: StoryFlags) => setExit(await runStory(id, flags, term)));
}

async function runStory(id: string, flags: StoryFlags, term: Terminal): Promise<number> {
  return useStore(flags.db, term, async (store) => {
    const { storyReport } = await import('../stories/index.js');
    const report = await storyReport(store, id);
    if (!report) {
      term.stderr.write(`corroborate: no story "${id}" in the store; \`corroborate stories\` lists them\n`);
      return EXIT.nothing;
    }
    const { render } = await import('../report/index.js');
    const text = render(report, flags.format, { color: !flags.out && useColor(term) });
    if (!flags.out) term.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    else await writeFile(flags.out, text, 'utf8');
    return EXIT.ok;
  });
}
