/**
 * `corroborate ingest`, `stories`, `story`, `search` and `outlets` as a user runs them: the built CLI
 * on a fresh SQLite file, with the repo's own golden story texts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'corroborate-stories-'));
const db = join(dir, 'test.db');
const story = (name: string) => join(root, 'test/fixtures/stories', name);
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args, '--db', db], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corroborate ingest and stories', () => {
  const ferry = ['continental', 'varesk-daily', 'halden-radio'].map((f) => join(story('number-conflict'), `${f}.txt`));
  const seeds = ['000_c0e403f38f26b5c2', '001_a07d8bf6c2edf1f1'].map((f) => join(root, 'examples/seeds', `${f}.txt`));

  it('stores articles once and groups the two events into two stories', () => {
    const first = run('ingest', ...ferry, ...seeds);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/stored 5 new article\(s\)/);
    const again = run('ingest', ...ferry);
    expect(again.stdout).toMatch(/stored 0 new article\(s\) \(3 already stored/);
    const listed = JSON.parse(run('stories', '--json').stdout) as Array<{ id: string; articles: string[] }>;
    const byArticle = (id: string) => listed.find((s) => s.articles.includes(id))!;
    expect(byArticle('continental').articles.sort()).toEqual(['continental', 'halden-radio', 'varesk-daily']);
    expect(byArticle('000_c0e403f38f26b5c2').articles.sort()).toEqual(['000_c0e403f38f26b5c2', '001_a07d8bf6c2edf1f1']);
    expect(run('stories').stdout).toMatch(/ · 3 sources · lean: \d+ left, \d+ centre, \d+ right/);
    const wide = JSON.parse(run('stories', '--json', '--min-sources', '3').stdout) as Array<{ articles: string[] }>;
    expect(wide.map((s) => s.articles.sort())).toEqual([['continental', 'halden-radio', 'varesk-daily']]);
    const bad = run('stories', '--min-sources', 'many');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--min-sources "many" is not a whole number/);
  }, 120_000);

  it("prints a stored story's comparison, with its conflicts", () => {
    const listed = JSON.parse(run('stories', '--json').stdout) as Array<{ id: string; articles: string[] }>;
    const id = listed.find((s) => s.articles.includes('continental'))!.id;
    const report = JSON.parse(run('story', id, '--format', 'json').stdout) as { articles: unknown[]; conflicts: Array<{ kind: string }> };
    expect(report.articles).toHaveLength(3);
    expect(report.conflicts.some((c) => c.kind === 'number')).toBe(true);
  }, 120_000);

  it('finds articles by full-text search, and says so plainly when a story does not exist', () => {
    const found = JSON.parse(run('search', 'ferry', 'capsized', '--json').stdout) as { articles: Array<{ id: string }> };
    expect(found.articles.map((a) => a.id)).toContain('continental');
    const missing = run('story', 'no-such-story');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no story "no-such-story"/);
  });

  it('imports outlets from a CSV file, naming a bad line', () => {
    const csv = join(dir, 'outlets.csv');
    writeFileSync(csv, 'name,domains,lean,country,owner\nNorthern Ledger,ledger.example,center,GB,\n,nameless.example,left,,\n');
    const r = run('outlets', 'import', csv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 added/);
    expect(r.stderr).toMatch(/outlets\.csv:3/);
  });

  it('says clearly when the store file is not a database', () => {
    const bad = join(dir, 'not-a-db.db');
    writeFileSync(bad, 'this is not sqlite');
    const r = spawnSync(process.execPath, [CLI, 'stories', '--db', bad], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a corroborate database/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
