import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { message, type Message } from '../model/index.js';
import type { Report } from '../report/schema.js';
import { allowPrivate, FETCH_ENV_HELP, remoteOptions } from './fetch-options.js';
import { EXIT, printMessages, processTerminal, useColor, type Terminal } from './io.js';

/** Report formats `compare` can write. */
export const FORMATS = ['text', 'json', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Options of `corroborate compare`, as commander hands them over. */
export interface CompareFlags {
  format: Format;
  out?: string;
  outlet?: string;
  verbose?: boolean;
  /** Files listing URLs to compare, one a line. */
  urls?: string[];
  allowPrivate?: boolean;
}

const EXAMPLES = `
Inputs: plain text, HTML (.html/.htm or sniffed), JSON Lines (.jsonl/.json: one article a line with
id, outlet, url, title, date, authors, text or html), feeds (RSS, Atom, JSON Feed: each entry is an
article, fetched from its link when the feed has only a summary), OPML lists of feeds, and http(s)
URLs of pages or feeds. "-" reads stdin.

Examples:
  corroborate compare a.txt b.html c.jsonl
  corroborate compare --format html --out story.html a.txt b.html
  cat articles.jsonl | corroborate compare -
  corroborate compare https://one.example/story https://two.example/news/story
  corroborate compare --urls story-urls.txt
  corroborate compare coverage.opml

${FETCH_ENV_HELP}

Exit codes: 0 a report was made, 1 nothing usable was read, 2 bad usage, 70 internal error,
73 the --out file could not be written.`;

/** Adds `corroborate compare [files...]` to the program. */
export function registerCompare(program: Command, setExit: (code: number) => void, term: Terminal = processTerminal()): void {
  program
    .command('compare')
    .description('compare articles about one event from different outlets')
    .argument('[inputs...]', 'article files (text, HTML, JSON Lines, feeds, OPML) or URLs; - for stdin')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('text'))
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .option('--outlet <name>', 'outlet of text and HTML files, and of JSON Lines articles that name none (default: the page\'s site name, else the file name)')
    .option('--urls <file>', 'also read the URLs listed in a file, one a line (# for comments); repeatable', collect)
    .option(...allowPrivate('a local server'))
    .option('-v, --verbose', 'also print informational messages')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], flags: CompareFlags, command: Command) => {
      if (files.length === 0 && !flags.urls?.length) {
        term.stderr.write(command.helpInformation());
        term.stderr.write('corroborate: no input files or URLs given\n');
        return setExit(EXIT.nothing);
      }
      setExit(await runCompare(files, flags, term));
    });
}

/**
 * Reads the inputs, compares them and writes the report. Heavy modules (the NLP pipeline, HTML
 * extraction) load only here, so `--help` stays instant. Returns the exit code.
 */
export async function runCompare(files: string[], flags: CompareFlags, term: Terminal): Promise<number> {
  const verbose = Boolean(flags.verbose);
  const { readInputs, readUrlList } = await import('../ingest/index.js');
  const listed: Message[] = [];
  const specs = [...files];
  for (const list of flags.urls ?? []) {
    const { urls, messages } = await readUrlList(list, term.stdin);
    specs.push(...urls);
    listed.push(...messages);
  }
  const remote = remoteOptions(Boolean(flags.allowPrivate), term.env);
  const read = await readInputs(specs, { stdin: term.stdin, remote, ...(flags.outlet ? { outlet: flags.outlet } : {}) });
  read.messages.unshift(...listed);
  if (read.inputs.length === 0) {
    printMessages(term, [...read.messages, message('NOTHING_TO_COMPARE', 'ingest', { severity: 'error' })], verbose);
    return EXIT.nothing;
  }
  const { compare } = await import('../compare.js');
  const report = compare(read.inputs);
  report.messages = [...read.messages.map(toReportMessage), ...report.messages];
  printMessages(term, report.messages, verbose);
  if (report.articles.length === 0) return EXIT.nothing;
  const { render } = await import('../report/index.js');
  const color = !flags.out && useColor(term);
  const output = render(report, flags.format, { color });
  const text = output.endsWith('\n') ? output : `${output}\n`;
  if (!flags.out) {
    term.stdout.write(text);
    return EXIT.ok;
  }
  try {
    await writeFile(flags.out, text, 'utf8');
  } catch (error) {
    term.stderr.write(`corroborate: ${message('OUTPUT_NOT_WRITTEN', 'report', { file: flags.out, detail: error instanceof Error ? error.message : String(error) }).reason}\n`);
    return EXIT.cantCreate;
  }
  if (verbose) term.stderr.write(`corroborate: wrote the ${flags.format} report to ${flags.out}\n`);
  return EXIT.ok;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function toReportMessage(m: Message): Report['messages'][number] {
  const out: Report['messages'][number] = { severity: m.severity, code: m.code, reason: m.reason, stage: m.stage };
  if (m.file !== undefined) out.file = m.file;
  return out;
}
