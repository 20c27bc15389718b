import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, parseArgs, REPO_ROOT } from './cli.js';

describe('parseArgs', () => {
  it('defaults to the data folder beside the repository', () => {
    expect(parseArgs([]).dataDir).toBe(resolve(REPO_ROOT, '..', ['shared', 'data'].join('/')));
    expect(parseArgs([]).dataDir).toBe(DEFAULT_DATA_DIR);
  });

  it('reads the data folder, switches and valued flags in any order', () => {
    const a = parseArgs(['--skip-cli', '/data', '--limit', '5', '--json', '--split=dev']);
    expect(a).toMatchObject({ dataDir: '/data', json: true, limit: 5, seed: 1, flags: { 'skip-cli': 'true', split: 'dev' } });
  });

  it('refuses a limit that is not a positive number', () => {
    expect(() => parseArgs(['--limit', 'x'])).toThrow(/--limit/);
  });
});
