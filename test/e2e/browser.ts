/**
 * Helpers for the end-to-end tests: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), and the whole app served on a free local port over a temporary store.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { ArticleInput } from '../../src/model/index.js';
import { createApp } from '../../src/serve/app.js';
import { listen, type ServerHandle } from '../../src/serve/node.js';
import { seededStore, type TempStore } from '../../src/web/fixture.js';

/** Where Debian's `chromium` package puts the browser; `.ci/run` installs it when missing. */
export const CHROMIUM = '/usr/bin/chromium';

/** True when the browser is there; the tests skip (with a line saying why) when it is not. */
export const hasChromium = existsSync(CHROMIUM);

/** Flags for a headless run on a CI machine: no sandbox, no GPU, nothing fetched in the background. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Starts Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** The app on 127.0.0.1 and a free port, over a temporary store holding `inputs` (the seeds by default). */
export interface TestSite {
  /** `http://127.0.0.1:PORT` without a trailing slash. */
  base: string;
  store: TempStore;
  close(): Promise<void>;
}

/** Serves the whole app (API, pages, security headers) over a temporary store. */
export async function startSite(inputs?: ArticleInput[]): Promise<TestSite> {
  const store = await seededStore(inputs);
  let server: ServerHandle;
  try {
    server = await listen(createApp(store.ctx), { port: 0, host: '127.0.0.1' });
  } catch (error) {
    await store.close();
    throw error;
  }
  return {
    base: server.url.replace(/\/$/, ''),
    store,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}
