import { describe, expect, it } from 'vitest';
import { createLimiter } from './limit.js';

const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('createLimiter', () => {
  it('never runs more than the per-host and overall limits at once, and runs every task', async () => {
    const limit = createLimiter({ overall: 4, perHost: 2 });
    const now = new Map<string, number>();
    let nowAll = 0;
    let peakAll = 0;
    const peak = new Map<string, number>();
    const task = (host: string, i: number) => async () => {
      now.set(host, (now.get(host) ?? 0) + 1);
      nowAll++;
      peak.set(host, Math.max(peak.get(host) ?? 0, now.get(host)!));
      peakAll = Math.max(peakAll, nowAll);
      await tick(5);
      now.set(host, now.get(host)! - 1);
      nowAll--;
      return `${host}${i}`;
    };
    const jobs = [...Array(6)].flatMap((_, i) => ['a', 'b', 'c'].map((h) => limit(h, task(h, i))));
    const results = await Promise.all(jobs);
    expect(new Set(results).size).toBe(18);
    expect(Math.max(...peak.values())).toBe(2);
    expect(peakAll).toBe(4);
  });

  it('lets other hosts go ahead while one host is at its limit', async () => {
    const limit = createLimiter({ overall: 4, perHost: 1 });
    const order: string[] = [];
    const slow = limit('slow', async () => (await tick(30), order.push('slow1')));
    const slow2 = limit('slow', async () => order.push('slow2'));
    const fast = limit('fast', async () => order.push('fast'));
    await Promise.all([slow, slow2, fast]);
    expect(order).toEqual(['fast', 'slow1', 'slow2']);
  });

  it('passes a failed task on and keeps going', async () => {
    const limit = createLimiter({ overall: 1, perHost: 1 });
    const failed = limit('a', async () => {
      throw new Error('down');
    });
    await expect(failed).rejects.toThrow('down');
    await expect(limit('a', async () => 'up')).resolves.toBe('up');
  });
});
