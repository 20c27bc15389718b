/**
 * `corroborate compare` and `corroborate extract` on URLs, URL lists and feeds, as a user runs them:
 * the built CLI (dist/cli/main.js) in a child process, against the test web server on 127.0.0.1.
 * The server is a loopback address, so every fetching run passes --allow-private, and one run checks
 * that without it the URL is refused. Nothing leaves the machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { fixture, startServer, type TestServer } from '../server/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'dist/cli/main.js');
const TIMEOUT = 60_000;
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
/** Short waits, so that the slow and failing cases stay quick. */
const FAST = { CORROBORATE_FETCH_TIMEOUT_MS: '5000', CORROBORATE_FETCH_RETRY_MS: '20' };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', CORROBORATE_DEBUG: '', ...FAST, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end('');
  });
}

function expectClean(result: Run): void {
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toContain('internal error');
  for (const line of result.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^corroborate: /);
}

const report = (result: Run): Report => ReportSchema.parse(JSON.parse(result.stdout));

let server: TestServer;
let dir = '';
const url = (path: string): string => `${server.base}${path}`;
const temp = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npx tsc -p tsconfig.build.json" first (npm test does)`);
  dir = mkdtempSync(join(tmpdir(), 'corroborate-fetch-'));
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('corroborate compare URL …', { timeout: TIMEOUT }, () => {
  it('fetches three pages of one story and compares them like files', async () => {
    const pages = ['/pages/herald.html', '/pages/gazette.html', '/pages/post.html'].map(url);
    const result = await run(['compare', '--allow-private', '--format', 'json', ...pages]);
    expectClean(result);
    expect(result.code).toBe(0);
    const json = report(result);
    expect(json.articles.map((a) => [a.id, a.outlet])).toEqual([
      ['herald', 'Coastal Herald'],
      ['gazette', 'Eastmere Gazette'],
      ['post', 'Evening Post'],
    ]);
    expect(json.articles[0]!.text).toMatch(/^A powerful storm flooded the harbour town of Eastmere/);
    expect(json.articles.map((a) => a.text).join('\n')).not.toMatch(/Most read|We use cookies|Related stories|Share on X|Reader one/);
    expect(json.facts.length).toBeGreaterThan(0);
  });

  it('without --allow-private, refuses the loopback server with a message naming the URL (exit 1)', async () => {
    const page = url('/pages/herald.html');
    const result = await run(['compare', page]);
    expectClean(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`corroborate: ${page}: not fetched: 127.0.0.1 is a loopback address; pass --allow-private to fetch from it`);
    expect(result.stderr).toContain('corroborate: no usable article was read');
  });

  it('names each URL that fails (404, image, redirect loop, timeout) and compares the rest', async () => {
    const bad = ['/missing', '/photo.png', '/loop/a', '/slow'].map(url);
    const result = await run(['compare', '--allow-private', '--format', 'json', ...bad, url('/pages/herald.html')], { CORROBORATE_FETCH_TIMEOUT_MS: '400' });
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`cannot fetch ${bad[0]}: not found (HTTP 404)`);
    expect(result.stderr).toContain(`${bad[1]}: the server sent image/png, not a web page or feed: skipped`);
    expect(result.stderr).toContain(`cannot fetch ${bad[2]}: more than 5 redirects`);
    expect(result.stderr).toContain(`cannot fetch ${bad[3]}: no complete answer within 400 ms`);
    expect(report(result).articles.map((a) => a.id)).toEqual(['herald']);
  });

  it('--urls reads a list with comments, names a bad line, and fetches the rest', async () => {
    const list = temp('urls.txt', `# Eastmere storm\n${url('/pages/herald.html')}\n\n${url('/moved')}  # same page, moved\nnot-a-url\n${url('/flaky?cli')}\n`);
    const result = await run(['compare', '--allow-private', '--format', 'json', '--urls', list]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`corroborate: ${list}:5: "not-a-url" is not an http or https URL: skipped`);
    const json = report(result);
    expect(json.articles).toHaveLength(3);
    expect(server.hits.get('/flaky?cli')).toBe(2);
  });
});

describe('corroborate compare on feeds', { timeout: TIMEOUT }, () => {
  it('an RSS, an Atom and a JSON Feed file: one article per entry, outlets from the feeds', async () => {
    const feeds = ['herald.rss', 'gazette.atom', 'post.json'].map((name) => temp(name, fixture(name, server.base)));
    const result = await run(['compare', '--allow-private', '--format', 'json', ...feeds]);
    expectClean(result);
    expect(result.code).toBe(0);
    const json = report(result);
    expect(json.articles.map((a) => a.outlet)).toEqual(['Coastal Herald', 'Eastmere Gazette', 'Evening Post']);
    expect(json.articles[0]!.text).toContain('about 300 residents spent the night in the sports hall');
  });

  it('an OPML list by URL: every feed and entry is read', async () => {
    const result = await run(['compare', '--allow-private', '--format', 'json', url('/feeds/list.opml')]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(report(result).articles.map((a) => a.outlet)).toEqual(['Coastal Herald', 'Eastmere Gazette', 'Evening Post']);
  });
});

describe('corroborate extract', { timeout: TIMEOUT }, () => {
  it('extract URL --json prints the article input, the messages and the language', async () => {
    const result = await run(['extract', '--allow-private', '--json', url('/pages/herald.html')]);
    expectClean(result);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { input: Record<string, unknown>; messages: { code: string }[]; language: string };
    expect(json.input).toMatchObject({ title: 'Storm floods harbour town, thousands without power', outlet: 'Coastal Herald', authors: ['Ann Lee'], date: '2024-03-05T09:30:00Z' });
    expect(json.input.text).toMatch(/^A powerful storm flooded/);
    expect(json.input.text).not.toContain('Most read');
    expect(json.language).toBe('en-GB');
    expect(json.messages.map((m) => m.code)).toContain('HTML_EXTRACTED');
  });

  it('extract FILE prints the metadata, then the text', async () => {
    const page = temp('gazette.html', fixture('pages/gazette.html', server.base));
    const result = await run(['extract', page]);
    expectClean(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Title: {4}Sea wall breaks as storm hits Eastmere\nOutlet: {3}Eastmere Gazette\nAuthors: {2}Dee Moss\n/);
    expect(result.stdout).toContain('\n\nEastmere was flooded on Tuesday');
    expect(result.stdout).not.toContain('We use cookies');
  });

  it('extract of a refused, a missing and a feed URL: a message naming it, exit 1', async () => {
    const refused = await run(['extract', url('/pages/post.html')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${url('/pages/post.html')}: not fetched: 127.0.0.1 is a loopback address`);
    const missing = await run(['extract', '--allow-private', url('/missing')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`corroborate: cannot fetch ${url('/missing')}: not found (HTTP 404)\n`);
    const feed = await run(['extract', '--allow-private', url('/feeds/herald.rss')]);
    expectClean(feed);
    expect(feed.code).toBe(1);
    expect(feed.stderr).toContain('it is a feed, not a page');
  });

  it('help names the new inputs and options', async () => {
    const compare = await run(['compare', '--help']);
    expect(compare.stdout).toContain('--urls <file>');
    expect(compare.stdout).toContain('--allow-private');
    expect(compare.stdout).toContain('corroborate compare --urls story-urls.txt');
    const extract = await run(['extract', '--help']);
    expect(extract.code).toBe(0);
    expect(extract.stdout).toContain('corroborate extract saved-page.html');
  });
});
