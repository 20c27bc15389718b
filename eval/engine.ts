import type { ArticleInput } from '../src/model/index.js';
import type { Report } from '../src/report/schema.js';

/** The engine entry point the evaluations call. */
export type CompareFn = (inputs: ArticleInput[]) => Report;

/** Raised when the engine cannot be loaded at all (a stage missing or not compiling). */
export class EngineUnavailable extends Error {}

let cached: CompareFn | undefined;

/** Replaces the engine (tests use a stub to check the evaluations' bookkeeping on tiny fixtures). */
export function setEngine(fn: CompareFn | undefined): void {
  cached = fn;
}

/**
 * Loads `compare()` from src/compare.ts lazily, so that loaders and metrics work (and say why) even
 * while the engine does not build yet.
 */
export async function loadEngine(): Promise<CompareFn> {
  if (cached) return cached;
  try {
    const mod = (await import('../src/compare.js')) as { compare: (inputs: ArticleInput[], options?: Record<string, number>) => Report };
    // CORROBORATE_ALIGN_THRESHOLD / CORROBORATE_SEGMENT_THRESHOLD try other settings without code changes.
    const options: Record<string, number> = {};
    if (process.env.CORROBORATE_ALIGN_THRESHOLD) options.alignThreshold = Number(process.env.CORROBORATE_ALIGN_THRESHOLD);
    if (process.env.CORROBORATE_SEGMENT_THRESHOLD) options.segmentThreshold = Number(process.env.CORROBORATE_SEGMENT_THRESHOLD);
    cached = (inputs) => mod.compare(inputs, options);
    return cached;
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new EngineUnavailable(`the engine does not load yet (src/compare.ts): ${detail}`);
  }
}

/** Outcome of running the engine over many stories: reports, timings and failures. */
export interface EngineRun<T> {
  ok: { item: T; report: Report; ms: number }[];
  failed: { item: T; error: string }[];
}

/**
 * Runs compare() on each item's inputs, timing each call (after one untimed warm-up) and catching
 * per-story errors so one bad story does not stop an evaluation. Throws only when every story failed.
 */
export async function runEngine<T>(items: T[], inputsOf: (item: T) => ArticleInput[], progress = ''): Promise<EngineRun<T>> {
  const compare = await loadEngine();
  const run: EngineRun<T> = { ok: [], failed: [] };
  // One untimed call first, so per-story times do not include loading the language model.
  if (items.length) {
    try {
      compare(inputsOf(items[0]));
    } catch {
      // reported below, on the timed call
    }
  }
  const tty = process.stderr.isTTY && progress;
  items.forEach((item, i) => {
    const t0 = performance.now();
    try {
      const report = compare(inputsOf(item));
      run.ok.push({ item, report, ms: performance.now() - t0 });
    } catch (e) {
      run.failed.push({ item, error: e instanceof Error ? e.message.split('\n')[0] : String(e) });
    }
    if (tty) process.stderr.write(`\r${progress} ${i + 1}/${items.length}`);
  });
  if (tty) process.stderr.write('\n');
  if (items.length && !run.ok.length) {
    throw new EngineUnavailable(`compare() failed on all ${items.length} stories; first error: ${run.failed[0].error}`);
  }
  return run;
}

/** A note for the result when some stories failed. */
export function failureNote<T>(run: EngineRun<T>): string[] {
  if (!run.failed.length) return [];
  const counts = new Map<string, number>();
  for (const f of run.failed) counts.set(f.error, (counts.get(f.error) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([e, n]) => `${n}× ${e}`);
  return [`compare() threw on ${run.failed.length} of ${run.failed.length + run.ok.length} stories (left out): ${top.join('; ')}`];
}
