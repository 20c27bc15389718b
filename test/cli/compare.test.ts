/**
 * `corroborate compare` as a user runs it: the built CLI (dist/cli/main.js, made by `npm test`'s
 * build step) in a child process, on the bad inputs the issue lists. For each: no crash, no stack
 * trace, a message naming the file, and a non-zero exit only when nothing usable was read.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/report/schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'dist/cli/main.js');
const fixture = (name: string): string => join(root, 'test/fixtures/inputs', name);
const TIMEOUT = 60_000;
/** The 5 MB case runs the whole pipeline on the longest text it analyses. */
const BIG_TIMEOUT = 180_000;
/** A Node stack frame: "    at fn (file.js:1:2)". */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', CORROBORATE_DEBUG: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** What every run must show: no stack trace, no internal error, every stderr line prefixed (usage text aside). */
function expectClean(result: Run): void {
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toContain('internal error');
  if (result.stderr.includes('Usage:')) return;
  for (const line of result.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^corroborate: /);
}

function report(result: Run): Report {
  return ReportSchema.parse(JSON.parse(result.stdout));
}

let dir = '';
const temp = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npx tsc -p tsconfig.build.json" first (npm test does)`);
  dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corroborate compare: bad input', { timeout: TIMEOUT }, () => {
  it('an empty file: exit 1, a message naming it', async () => {
    const empty = temp('empty.txt', '');
    const result = await run(['compare', empty]);
    expectClean(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`corroborate: ${empty} is empty`);
    expect(result.stderr).toContain('no usable article was read');
  });

  it('a binary file: exit 1, a message naming it', async () => {
    const binary = temp('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
    const result = await run(['compare', binary]);
    expectClean(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`corroborate: ${binary} looks like a binary file`);
  });

  it('a missing file and a refused URL beside a good file: exit 0, a message naming each', async () => {
    const missing = join(dir, 'nowhere.txt');
    // A loopback URL without --allow-private is refused before any connection: no network needed.
    const result = await run(['compare', missing, 'http://127.0.0.1:9/story', fixture('storm-a.txt')]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`cannot read ${missing}: no such file`);
    expect(result.stderr).toContain('http://127.0.0.1:9/story: not fetched: 127.0.0.1 is a loopback address');
  });

  it('an empty and a binary file beside good ones: the good ones are compared (exit 0)', async () => {
    const empty = temp('blank.txt', '\n  \n');
    const binary = temp('data.bin', Buffer.from([0, 1, 2, 3, 0, 0]));
    const result = await run(['compare', '--format', 'json', empty, fixture('storm-a.txt'), binary, fixture('storm-b.txt')]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(report(result).articles.map((a) => a.id)).toEqual(['storm-a', 'storm-b']);
    expect(result.stderr).toContain(empty);
    expect(result.stderr).toContain(binary);
  });

  it('a windows-1252 file: accented text comes out right, with a message naming it', async () => {
    const french =
      'Une tempête a inondé mardi la ville portuaire d’Eastmere, privant d’électricité 4 000 foyers, a déclaré le conseil régional.\n' +
      '« Nous n’avons jamais vu l’eau monter aussi haut », a dit la capitaine du port, Rita Olsen.\n';
    const latin = temp('tempete.txt', iconv.encode(french, 'windows-1252'));
    const result = await run(['compare', '--format', 'json', latin, fixture('storm-b.txt')]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`corroborate: ${latin} is not valid UTF-8; read it as windows-1252`);
    const article = report(result).articles.find((a) => a.id === 'tempete');
    expect(article?.text).toBe(french);
  });

  it('a 5 MB article: read, cut to what the analysis takes, with a message naming it (exit 0)', async () => {
    const paragraph = (i: number): string =>
      `Crews cleared debris from street number ${i} on Wednesday, the council said, and ${i % 97} families returned home. ` +
      `Engineers inspected the sea wall section ${i} and found new cracks near the old pier.\n`;
    let text = '';
    for (let i = 0; text.length < 5 * 1024 * 1024; i++) text += paragraph(i);
    const big = temp('big.txt', text);
    const result = await run(['compare', '--format', 'json', big, fixture('storm-b.txt')]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(big);
    expect(report(result).articles.map((a) => a.id)).toContain('big');
  }, BIG_TIMEOUT);

  it('a JSON Lines file with a broken line: the other lines are read, the bad line is named (exit 0)', async () => {
    const result = await run(['compare', '--format', 'json', fixture('articles.jsonl')]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`corroborate: ${fixture('articles.jsonl')}: line 2 is not valid JSON: skipped`);
    expect(result.stderr).toContain(`${fixture('articles.jsonl')}: line 5 has no "text" or "html" field`);
    const json = report(result);
    expect(json.articles.map((a) => [a.id, a.outlet])).toEqual([
      ['herald', 'Coastal Herald'],
      ['gazette', 'Eastmere Gazette'],
    ]);
    expect(json.messages.map((m) => m.code)).toContain('JSONL_BAD_LINE');
  });

  it('only a broken JSON Lines file: exit 1', async () => {
    const broken = temp('broken.jsonl', '{"text": "cut\nnot json either\n');
    const result = await run(['compare', broken]);
    expectClean(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${broken}: line 1 is not valid JSON`);
    expect(result.stderr).toContain(`${broken}: line 2 is not valid JSON`);
  });
});

describe('corroborate compare: inputs and outputs', { timeout: TIMEOUT }, () => {
  it('a single article: a report (exit 0), and --verbose says there is nothing to contrast', async () => {
    const result = await run(['compare', '--verbose', fixture('storm-a.txt')]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().length).toBeGreaterThan(0);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stderr).toContain('only one article');
  });

  it('fifty articles (generated): all read and compared', async () => {
    const files = Array.from({ length: 50 }, (_, i) =>
      temp(
        `outlet-${String(i).padStart(2, '0')}.txt`,
        `A storm flooded the harbour town of Eastmere on Tuesday, and ${1000 + i * 10} homes lost power, outlet ${i} reported.\n` +
          `About ${300 + (i % 5)} residents spent the night in the sports hall, the council said.\n` +
          `The coast road stays closed until the sea wall is repaired, officials said.\n`,
      ),
    );
    const result = await run(['compare', '--format', 'json', ...files]);
    expectClean(result);
    expect(result.code).toBe(0);
    const json = report(result);
    expect(json.articles).toHaveLength(50);
    expect(new Set(json.articles.map((a) => a.outlet)).size).toBe(50);
  });

  it('JSON Lines on stdin with "-": read, and the broken line is named as stdin', async () => {
    const result = await run(['compare', '--format', 'json', '-'], { stdin: readFileSync(fixture('articles.jsonl')) });
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('corroborate: stdin: line 2 is not valid JSON');
    expect(report(result).articles.map((a) => a.id)).toEqual(['herald', 'gazette']);
  });

  it('--format json: the report parses against the schema and has articles and facts with spans', async () => {
    const result = await run(['compare', '--format', 'json', fixture('storm-a.txt'), fixture('storm-b.txt')]);
    expectClean(result);
    expect(result.code).toBe(0);
    const json = report(result);
    expect(json.articles.map((a) => a.id)).toEqual(['storm-a', 'storm-b']);
    expect(json.facts.length).toBeGreaterThan(0);
    for (const fact of json.facts) {
      for (const m of fact.mentions) {
        const article = json.articles.find((a) => a.id === m.article)!;
        expect(article.text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('--out writes the report to the file and nothing to stdout', async () => {
    const out = join(dir, 'story.html');
    const result = await run(['compare', '--format', 'html', '--out', out, fixture('storm-a.txt'), fixture('storm-b.txt')]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('--out into a missing folder: a one-line message, not a crash', async () => {
    const out = join(dir, 'no-such-folder', 'story.md');
    const result = await run(['compare', '--format', 'md', '--out', out, fixture('storm-a.txt')]);
    expectClean(result);
    expect(result.code).toBe(73);
    expect(result.stderr).toContain(`corroborate: cannot write ${out}`);
  });

  it('an HTML page: the article is extracted with its outlet from the page; --outlet overrides it', async () => {
    const page = fixture('news-article.html');
    const result = await run(['compare', '--format', 'json', page, fixture('storm-b.txt')]);
    expectClean(result);
    expect(result.code).toBe(0);
    const article = report(result).articles.find((a) => a.id === 'news-article');
    expect(article).toMatchObject({ outlet: 'Coastal Herald', title: 'Storm floods harbour town, thousands without power' });
    expect(article?.text.split('\n')[0]).toMatch(/^A powerful storm flooded the harbour town/);
    const named = await run(['compare', '--format', 'json', '--outlet', 'Herald Online', page]);
    expect(report(named).articles[0]?.outlet).toBe('Herald Online');
  });

  it('a page without an article: exit 1, a message naming it', async () => {
    const result = await run(['compare', fixture('no-article.html')]);
    expectClean(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`corroborate: ${fixture('no-article.html')}: no article body found`);
  });
});

describe('corroborate: usage', { timeout: TIMEOUT }, () => {
  it('--version and --help exit 0', async () => {
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const help = await run(['compare', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format <format>');
  });

  it('no files: usage on stderr, exit 1', async () => {
    const result = await run(['compare']);
    expectClean(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Usage: corroborate compare');
  });

  it('an unknown format or option is bad usage: exit 2, one line, no stack trace', async () => {
    for (const args of [['compare', '--format', 'xml', fixture('storm-a.txt')], ['compare', '--colour'], ['comapre']]) {
      const result = await run(args);
      expectClean(result);
      expect(result.code).toBe(2);
    }
  });
});
