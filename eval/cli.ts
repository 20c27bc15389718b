import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EngineUnavailable } from './engine.js';
import type { EvalResult } from './table.js';
import { printResult } from './table.js';

/** The repository root (the folder above eval/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the corpora are when no folder is given: `../shared/data` beside the repository. */
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/data');

/** Flags that take no value. */
const SWITCHES = new Set(['skip-cli']);

/** Options every evaluation script reads from its command line. */
export interface EvalArgs {
  dataDir: string;
  json: boolean;
  /** Upper bound on documents or stories, for a quicker run; undefined means the script's default. */
  limit?: number;
  /** Seed of the deterministic sample. */
  seed: number;
  /** Other `--name value` flags, for options of one script (e.g. `--split dev`). */
  flags: Record<string, string>;
}

/**
 * Reads `[DATA_DIR] [--json] [--limit N] [--seed N] [--name value…]`.
 * @example parseArgs(['../data', '--json', '--limit', '50'])
 */
export function parseArgs(argv: string[]): EvalArgs {
  const flags: Record<string, string> = {};
  let dataDir = DEFAULT_DATA_DIR;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2);
      flags[name] = inline ?? (SWITCHES.has(name) ? 'true' : argv[++i] ?? '');
    } else dataDir = resolve(process.cwd(), a);
  }
  const limit = flags.limit === undefined ? undefined : Number(flags.limit);
  if (limit !== undefined && !(limit > 0)) throw new Error(`--limit must be a positive number, got "${flags.limit}"`);
  return { dataDir, json, limit, seed: flags.seed === undefined ? 1 : Number(flags.seed), flags };
}

/**
 * The command that reproduces a result: `npx tsx eval/<name>.ts` with the options that were not defaults.
 * @example commandLine('ptc', DEFAULT_DATA_DIR, {limit: 50}) // 'npx tsx eval/ptc.ts --limit 50'
 */
export function commandLine(name: string, dataDir: string, options: Record<string, string | number | undefined>): string {
  const opts = Object.entries(options).filter(([, v]) => v !== undefined).map(([k, v]) => `--${k} ${v}`);
  return [`npx tsx eval/${name}.ts`, ...(dataDir === DEFAULT_DATA_DIR ? [] : [dataDir]), ...opts].join(' ');
}

/** Thrown when a corpus folder or file is not where it should be; runners print it and skip or exit 1. */
export class CorpusMissing extends Error {}

/** Checks that `rel` exists under the data folder and returns its absolute path. */
export function corpusPath(dataDir: string, rel: string, corpus: string): string {
  const p = resolve(dataDir, rel);
  if (!existsSync(p)) {
    throw new CorpusMissing(`${corpus}: ${p} not found. Pass the data folder: npm run eval -- /path/to/shared/data`);
  }
  return p;
}

/** True when the module whose `import.meta.url` is given is the script node was started with. */
export function isMain(metaUrl: string): boolean {
  return process.argv[1] !== undefined && metaUrl === pathToFileURL(resolve(process.argv[1])).href;
}

/** Runs one evaluation as a script: prints its tables (or JSON), exits 1 with a clear message on failure. */
export async function runAlone(run: (args: EvalArgs) => Promise<EvalResult>): Promise<void> {
  let args: EvalArgs;
  try {
    args = parseArgs(process.argv.slice(2));
    const result = await run(args);
    if (args.json) console.log(JSON.stringify(result, null, 2));
    else printResult(result);
  } catch (e) {
    console.error(errorText(e));
    process.exit(1);
  }
}

/** One line explaining an error, without a stack for the expected kinds. */
export function errorText(e: unknown): string {
  if (e instanceof CorpusMissing) return `corpus missing — ${e.message}`;
  if (e instanceof EngineUnavailable) return `eval stopped: ${e.message}`;
  if (e instanceof Error) return e.stack ?? e.message;
  return String(e);
}
