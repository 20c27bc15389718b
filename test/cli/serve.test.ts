/**
 * `corroborate serve` as a user runs it: the built CLI ingests the seed articles into a fresh SQLite
 * file, serves on a free port, answers the API, and stops cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-cli-'));
const seeds = ['000_c0e403f38f26b5c2', '001_a07d8bf6c2edf1f1'].map((f) => join(root, 'examples/seeds', `${f}.txt`));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corroborate serve', () => {
  it('ingests the files given, serves the API on the port it prints, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', join(dir, 'serve.db'), ...seeds], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d;
        const m = /serving (http:\/\/127\.0\.0\.1:\d+\/) \(1 story\)/.exec(stdout);
        if (m) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error(`exited before serving: ${stderr}`)));
    });
    expect(stderr).toMatch(/ingested 2 new article\(s\)/);
    const { stories } = (await (await fetch(`${url}api/stories`)).json()) as { stories: Array<{ id: string; articles: string[] }> };
    expect(stories).toHaveLength(1);
    expect(stories[0].articles.sort()).toEqual(['000_c0e403f38f26b5c2', '001_a07d8bf6c2edf1f1']);
    const res = await fetch(`${url}api/stories/${stories[0].id}/report`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const report = (await res.json()) as { articles: unknown[]; facts: Array<{ status: string }> };
    expect(report.articles).toHaveLength(2);
    expect(report.facts.some((f) => f.status === 'consensus')).toBe(true);
    const started = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(3000);
  }, 120_000);

  it('says so and exits 1 when the port is taken', async () => {
    const first = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', join(dir, 'a.db')], { cwd: root });
    const port = await new Promise<string>((resolve) => {
      let out = '';
      first.stdout.on('data', (d: Buffer) => {
        out += d;
        const m = /:(\d+)\//.exec(out);
        if (m) resolve(m[1]);
      });
    });
    const second = spawn(process.execPath, [CLI, 'serve', '--port', port, '--db', join(dir, 'b.db')], { cwd: root });
    let stderr = '';
    second.stderr.on('data', (d: Buffer) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    first.kill('SIGINT');
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}`));
    expect(await new Promise((resolve) => first.on('exit', resolve))).toBe(0);
  }, 60_000);
});
