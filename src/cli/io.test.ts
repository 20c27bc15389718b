import { describe, expect, it } from 'vitest';
import { message } from '../model/index.js';
import { printInternalError, printMessages, useColor, type Terminal } from './io.js';

function terminal(env: NodeJS.ProcessEnv = {}, isTTY = false): Terminal & { err: () => string } {
  let err = '';
  const stderr = { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WritableStream;
  const stdout = { isTTY, write: () => true } as unknown as Terminal['stdout'];
  return { stdout, stderr, stdin: process.stdin, env, err: () => err };
}

describe('printMessages', () => {
  it('prints one line per message, skipping info unless verbose and repeats always', () => {
    const messages = [
      message('INPUT_EMPTY', 'ingest', { file: 'a.txt' }),
      message('INPUT_EMPTY', 'ingest', { file: 'a.txt' }),
      message('HTML_EXTRACTED', 'extract', { file: 'b.html', detail: '3 paragraphs', severity: 'info' }),
    ];
    const quiet = terminal();
    printMessages(quiet, messages, false);
    expect(quiet.err()).toBe('corroborate: a.txt is empty: nothing to compare\n');
    const verbose = terminal();
    printMessages(verbose, messages, true);
    expect(verbose.err().split('\n')).toHaveLength(3);
  });
});

describe('printInternalError', () => {
  it('prints one line and no stack trace unless CORROBORATE_DEBUG=1', () => {
    const plain = terminal();
    printInternalError(new Error('boom\nsecond line'), plain);
    expect(plain.err()).toBe('corroborate: internal error: boom second line\n');
    const debug = terminal({ CORROBORATE_DEBUG: '1' });
    printInternalError(new Error('boom'), debug);
    expect(debug.err()).toMatch(/internal error: boom\nError: boom\n\s+at /);
  });
});

describe('useColor', () => {
  it('colours only a terminal, and never when NO_COLOR is set', () => {
    expect(useColor(terminal({}, true))).toBe(true);
    expect(useColor(terminal({}, false))).toBe(false);
    expect(useColor(terminal({ NO_COLOR: '1' }, true))).toBe(false);
    expect(useColor(terminal({ NO_COLOR: '' }, true))).toBe(true);
  });
});
