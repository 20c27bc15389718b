/**
 * An app over a fresh SQLite store in a temp dir, seeded from the repo's own fixtures: the two seed
 * articles (examples/seeds, undated), the three-outlet fire story (a left, a centre and a right
 * outlet) and the ferry story (three right-leaning outlets: one-sided).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { readInputs } from '../../src/ingest/index.js';
import type { ArticleInput } from '../../src/model/index.js';
import { createApp } from '../../src/serve/app.js';
import type { AppContext } from '../../src/serve/context.js';
import { ingest } from '../../src/stories/index.js';
import { openStore } from '../../src/store/index.js';
import type { Lean, Outlet, Store } from '../../src/store/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS = ['000_c0e403f38f26b5c2', '001_a07d8bf6c2edf1f1'].map((f) => join(ROOT, 'examples/seeds', `${f}.txt`));

const LEANS: Record<string, Lean> = {
  'Castlebridge Evening Post': 'left',
  'Meridian Press Agency': 'center',
  'The Sentinel': 'right',
  'Continental Wire': 'right',
  'Varesk Daily News': 'right',
  'Radio Halden': 'right',
};

/** The articles of a golden story, with the outlet, date and title its case.json gives. */
export function caseArticles(name: string): ArticleInput[] {
  const dir = join(ROOT, 'test/fixtures/stories', name);
  const { inputs } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { inputs: Array<{ file: string; outlet: string; date: string; title: string }> };
  return inputs.map((i) => ({ id: i.file.replace(/\.txt$/, ''), outlet: i.outlet, date: i.date, title: i.title, text: readFileSync(join(dir, i.file), 'utf8'), source: i.file }));
}

/** A seeded app and what it runs on; `close()` closes the store and removes the temp dir. */
export interface Seeded {
  app: Hono;
  store: Store;
  ctx: AppContext;
  close(): Promise<void>;
}

export async function seededApp(overrides: Partial<AppContext> = {}): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-'));
  const store = await openStore(join(dir, 'test.db'));
  const outlets: Outlet[] = Object.entries(LEANS).map(([name, lean]) => ({ name, domains: [], lean, country: null, owner: null }));
  await store.importOutlets(outlets);
  const seeds = await readInputs(SEEDS);
  await ingest(store, [...seeds.inputs, ...caseArticles('three-outlets'), ...caseArticles('number-conflict')]);
  const ctx: AppContext = { store, maxBodyBytes: 1024 * 1024, remote: {}, ...overrides };
  return {
    app: createApp(ctx),
    store,
    ctx,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `app.request` then the JSON body, with the status. */
export async function getJson<T = any>(app: Hono, path: string, init?: RequestInit): Promise<{ status: number; body: T; res: Response }> {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as T, res };
}
