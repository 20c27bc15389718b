import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** Commands that run long over many articles. */
const LONG = new Set(['ingest', 'worker', 'serve']);

/** The old-space cap of long commands, in MB (CORROBORATE_HEAP_MB overrides it; 0 leaves node's default). */
export const HEAP_MB = 768;

/**
 * Long commands run in a child node with a heap cap: V8 otherwise lets a long ingest's heap grow
 * lazily to several times what it holds (1.4 GB for 37k articles that keep under 200 MB live).
 * Resolves to the child's exit code, or null when this process should run the command itself
 * (a short command, a cap already set, or the cap turned off).
 */
export function runCapped(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> | null {
  const mb = env.CORROBORATE_HEAP_MB === undefined ? HEAP_MB : Number(env.CORROBORATE_HEAP_MB);
  const capped = [...process.execArgv, env.NODE_OPTIONS ?? ''].some((a) => a.includes('max-old-space-size'));
  if (!LONG.has(argv[2] ?? '') || capped || !(mb > 0)) return null;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${mb}`, ...process.execArgv, ...argv.slice(1)], { stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const signals = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((s) => [s, forward(s)] as const);
    for (const [s, f] of signals) process.on(s, f);
    child.on('error', () => resolve(70));
    child.on('exit', (code, signal) => {
      for (const [s, f] of signals) process.off(s, f);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}
