import type { Message } from '../model/index.js';

/** Exit codes of every command (sysexits-style where one fits). */
export const EXIT = {
  /** At least one usable article was read and the report was written. */
  ok: 0,
  /** Nothing usable was read, or no input was given. */
  nothing: 1,
  /** Bad usage: an unknown option, command or format. */
  usage: 2,
  /** A bug: corroborate itself failed. */
  internal: 70,
  /** The report could not be written to the --out file. */
  cantCreate: 73,
} as const;

/** What the terminal side of a command needs, so tests can hand in their own streams. */
export interface Terminal {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** The real terminal. */
export const processTerminal = (): Terminal => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });

/** Colour only for a person: stdout is a terminal and NO_COLOR is unset (or empty, as no-color.org says). */
export function useColor(term: Terminal): boolean {
  return Boolean(term.stdout.isTTY) && !term.env.NO_COLOR;
}

/**
 * Prints messages to stderr, one line each as `corroborate: <reason>`. Info-level ones only when
 * verbose; the same reason is printed once.
 */
export function printMessages(term: Terminal, messages: Pick<Message, 'severity' | 'reason'>[], verbose: boolean): void {
  const seen = new Set<string>();
  for (const m of messages) {
    if ((m.severity === 'info' && !verbose) || seen.has(m.reason)) continue;
    seen.add(m.reason);
    term.stderr.write(`corroborate: ${oneLine(m.reason)}\n`);
  }
}

/** One line for a bug, never a stack trace unless CORROBORATE_DEBUG=1 asks for it. */
export function printInternalError(error: unknown, term: Pick<Terminal, 'stderr' | 'env'> = processTerminal()): void {
  const text = error instanceof Error ? error.message : String(error);
  term.stderr.write(`corroborate: internal error: ${oneLine(text)}\n`);
  if (term.env.CORROBORATE_DEBUG === '1' && error instanceof Error && error.stack) term.stderr.write(`${error.stack}\n`);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
