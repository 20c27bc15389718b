#!/usr/bin/env node
/**
 * The `corroborate` command. Each subcommand lives in its own file; this one only wires them up and
 * makes sure a user never sees a stack trace: usage errors exit 2, internal errors exit 70 with one
 * line (the stack only with CORROBORATE_DEBUG=1).
 */
import { Command, CommanderError } from 'commander';
import { packageVersion } from '../version.js';
import { registerCompare } from './compare.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerOutlets } from './outlets.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerStories } from './stories.js';
import { registerStory } from './story.js';
import { registerWorker } from './worker.js';
import { runCapped } from './heap.js';
import { printInternalError, EXIT } from './io.js';


/**
 * Builds the program; subcommands made with `.command()` inherit its error and output settings.
 * Each command reports its exit code through `setExit`.
 */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('corroborate')
    .description('Compare how different news outlets cover one event: shared facts, omissions, conflicts, quotes and wording.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(prefixLines(text)) })
    .showHelpAfterError('corroborate: add --help for usage');
  registerCompare(program, setExit);
  registerExtract(program, setExit);
  registerIngest(program, setExit);
  registerStories(program, setExit);
  registerStory(program, setExit);
  registerSearch(program, setExit);
  registerOutlets(program, setExit);
  registerWorker(program, setExit);
  registerServe(program, setExit);
  return program;
}

/** Commander's "error: …" lines (and its "Did you mean …?") as `corroborate: …` lines. */
function prefixLines(text: string): string {
  const lines = text.trimEnd().split('\n').filter((l) => l.trim());
  return lines.map((l) => `corroborate: ${l.replace(/^error: /, '').trim()}\n`).join('');
}

/** Runs the command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await buildProgram((c) => (code = c)).parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with code 0; a bare `corroborate` shows help with 1; anything else is bad usage.
      const helpOrVersion = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return helpOrVersion ? error.exitCode : EXIT.usage;
    }
    printInternalError(error);
    return EXIT.internal;
  }
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (`corroborate compare … | head`): stop quietly, as other tools do.
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  printInternalError(error);
  process.exit(EXIT.internal);
});
process.on('uncaughtException', (error) => {
  printInternalError(error);
  process.exit(EXIT.internal);
});
process.on('unhandledRejection', (error) => {
  printInternalError(error);
  process.exit(EXIT.internal);
});

process.exitCode = (await runCapped(process.argv)) ?? (await main(process.argv));
