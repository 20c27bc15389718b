import type { Terminal } from './io.js';

/**
 * Progress of long work: a bar with rate and ETA on a terminal, redrawn in place, and a plain log
 * line every `every` items otherwise. Call with the items done and the fraction of the work done
 * (0..1); `end()` closes the bar's line.
 */
export function progressBar(term: Terminal, noun = 'articles', every = 1000): { update(done: number, fraction: number): void; end(): void } {
  const start = Date.now();
  const tty = Boolean((term.stderr as { isTTY?: boolean }).isTTY);
  let logged = 0;
  let drawn = false;
  return {
    update(done, fraction) {
      const seconds = (Date.now() - start) / 1000;
      const rate = done / Math.max(seconds, 0.001);
      const f = Math.min(1, Math.max(0, fraction));
      const eta = f > 0 ? Math.round((seconds * (1 - f)) / f) : 0;
      if (tty) {
        const width = 30;
        const filled = Math.round(f * width);
        term.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done} ${noun} · ${rate.toFixed(0)}/s · ETA ${eta}s `);
        drawn = true;
      } else if (done - logged >= every || (f >= 1 && done > logged)) {
        logged = done;
        term.stderr.write(`corroborate: ${done} ${noun} (${rate.toFixed(0)}/s, ${Math.round(f * 100)}%)\n`);
      }
    },
    end() {
      if (tty && drawn) term.stderr.write('\n');
    },
  };
}
