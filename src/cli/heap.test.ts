import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapped } from './heap.js';

describe('runCapped', () => {
  it('leaves short commands, a cap already set and a cap turned off to this process', () => {
    expect(runCapped(['node', 'corroborate', 'compare', 'a.txt'], {})).toBeNull();
    expect(runCapped(['node', 'corroborate', 'ingest', 'a.txt'], { NODE_OPTIONS: '--max-old-space-size=2048' })).toBeNull();
    expect(runCapped(['node', 'corroborate', 'ingest', 'a.txt'], { CORROBORATE_HEAP_MB: '0' })).toBeNull();
  });

  it('runs a long command in a capped child and returns its exit code', async () => {
    // The "program" is a probe that exits 3 when its heap is capped under 400 MB.
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-heap-'));
    const probe = join(dir, 'probe.cjs');
    writeFileSync(probe, 'process.exit(require("v8").getHeapStatistics().heap_size_limit < 400 * 1048576 ? 3 : 4)');
    try {
      expect(await runCapped(['node', probe, 'ingest'], { CORROBORATE_HEAP_MB: '256' })).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
