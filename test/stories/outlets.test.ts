import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureOutlets } from '../../src/stories/index.js';
import { openStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-outlets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ensureOutlets', () => {
  it('gives an empty store the starter table once, and leaves a store with outlets alone', async () => {
    const store = await openStore(join(dir, 'a.db'));
    const added = await ensureOutlets(store);
    expect(added).toBeGreaterThan(400);
    expect((await store.outletByDomain('https://www.nytimes.com/2024/x.html'))?.lean).toBe('left');
    expect(await ensureOutlets(store)).toBe(0);
    const own = await openStore(join(dir, 'b.db'));
    await own.importOutlets([{ name: 'Our Paper', domains: ['ourpaper.example'], lean: 'center', country: null, owner: null }]);
    expect(await ensureOutlets(own)).toBe(0);
    expect((await own.listOutlets()).map((o) => o.name)).toEqual(['Our Paper']);
    await store.close();
    await own.close();
  });
});
