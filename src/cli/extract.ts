import type { Command } from 'commander';
import type { ArticleInput, Message } from '../model/index.js';
import { allowPrivate, FETCH_ENV_HELP, fetchOptions } from './fetch-options.js';
import { EXIT, printMessages, processTerminal, type Terminal } from './io.js';

/** Options of `corroborate extract`, as commander hands them over. */
export interface ExtractFlags {
  json?: boolean;
  allowPrivate?: boolean;
  verbose?: boolean;
}

const EXAMPLES = `
Prints the article corroborate finds in one web page, with its metadata, so that anyone can check
a page by hand. With --json: {"input": {title, outlet, authors, date, url, language, text, source},
"messages": [...], "language"}.

Examples:
  corroborate extract saved-page.html
  corroborate extract https://news.example/2024/03/storm --json
  curl -s https://news.example/story | corroborate extract -

${FETCH_ENV_HELP}

Exit codes: 0 an article was found, 1 none was (or the page could not be read), 2 bad usage.`;

/** Adds `corroborate extract <input>` to the program. */
export function registerExtract(program: Command, setExit: (code: number) => void, term: Terminal = processTerminal()): void {
  program
    .command('extract')
    .description('show the article text and metadata extracted from one web page (file or URL)')
    .argument('<input>', 'an HTML file, - for stdin, or an http(s) URL')
    .option('--json', 'print the extraction as JSON')
    .option(...allowPrivate('a local server'))
    .option('-v, --verbose', 'also print informational messages')
    .addHelpText('after', EXAMPLES)
    .action(async (input: string, flags: ExtractFlags) => setExit(await runExtract(input, flags, term)));
}

/** Reads the page, extracts its article and prints it. Returns the exit code. */
export async function runExtract(spec: string, flags: ExtractFlags, term: Terminal): Promise<number> {
  const { readPage } = await import('../ingest/index.js');
  const read = await readPage(spec, { stdin: term.stdin, fetch: fetchOptions(Boolean(flags.allowPrivate), term.env) });
  const messages: Message[] = [...read.messages];
  let input: ArticleInput = { source: read.page?.source ?? spec, text: '' };
  let language: string | null = null;
  if (read.page) {
    const { extractArticle } = await import('../extract/index.js');
    const extraction = extractArticle(read.page.html, read.page.source);
    input = extraction.input;
    input.url ??= read.page.url;
    language = extraction.language;
    messages.push(...extraction.messages);
  }
  const found = Boolean(input.text?.trim());
  printMessages(term, messages, Boolean(flags.verbose));
  if (flags.json) term.stdout.write(`${JSON.stringify({ input, messages, language }, null, 2)}\n`);
  else if (read.page) term.stdout.write(describe(input, language));
  return found ? EXIT.ok : EXIT.nothing;
}

/** The extraction as a person reads it: metadata lines, a blank line, then the text. */
export function describe(input: ArticleInput, language: string | null): string {
  const text = input.text ?? '';
  const paragraphs = text ? text.split('\n').filter((l) => l.trim()).length : 0;
  const rows: [string, string | undefined][] = [
    ['Title', input.title],
    ['Outlet', input.outlet],
    ['Authors', input.authors?.join(', ')],
    ['Date', input.date],
    ['URL', input.url],
    ['Language', language ?? input.language],
    ['Source', input.source],
    ['Text', `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${text.length} characters`],
  ];
  const head = rows.map(([name, value]) => `${`${name}:`.padEnd(10)}${value?.trim() ? value : '-'}`).join('\n');
  return `${head}\n\n${text.trim() ? `${text.trimEnd()}\n` : ''}`;
}
