import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isJsonLinesFile, readJsonLinesPieces, type Piece } from './jsonl-stream.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (i: number) => JSON.stringify({ id: `a${i}`, outlet: `Outlet ${i % 3}`, text: `Article number ${i} says something.` });
const lines = (n: number) => Array.from({ length: n }, (_, i) => line(i + 1)).join('\n');
async function all(path: string, size: number): Promise<Piece[]> {
  const out: Piece[] = [];
  for await (const p of readJsonLinesPieces(path, size)) out.push(p);
  return out;
}

describe('readJsonLinesPieces', () => {
  it('reads a file a piece at a time, sources numbered as in the whole file', async () => {
    const path = join(dir, 'a.jsonl');
    writeFileSync(path, `${lines(5)}\n\n{broken\n${line(6)}\n`);
    const pieces = await all(path, 3);
    expect(pieces.map((p) => p.inputs.length)).toEqual([3, 2, 1]);
    expect(pieces.flatMap((p) => p.inputs).map((i) => i.source)).toEqual([1, 2, 3, 4, 5, 8].map((n) => `${path}:${n}`));
    expect(pieces.flatMap((p) => p.messages).map((m) => [m.code, m.file])).toEqual([['JSONL_BAD_LINE', path]]);
    expect(pieces.at(-1)?.fraction).toBe(1);
  });

  it('reads gzip by its magic bytes, and keeps what a truncated one held', async () => {
    const path = join(dir, 'b.jsonl.gz');
    writeFileSync(path, gzipSync(lines(400)));
    expect((await all(path, 1000)).flatMap((p) => p.inputs)).toHaveLength(400);
    const cut = join(dir, 'cut.jsonl.gz');
    const whole = gzipSync(Array.from({ length: 3000 }, (_, i) => line(i)).join('\n'), { level: 0 });
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const pieces = await all(cut, 1000);
    const read = pieces.flatMap((p) => p.inputs).length;
    expect(read).toBeGreaterThan(1000);
    expect(read).toBeLessThan(3000);
    expect(pieces.at(-1)?.messages[0]).toMatchObject({ code: 'INPUT_NOT_FOUND', file: cut });
  });

  it('reads an array written one object a line, and says plainly when the file is missing', async () => {
    const path = join(dir, 'c.ndjson');
    writeFileSync(path, `[\n${line(1)},\n${line(2)}\n]\n`);
    expect((await all(path, 10)).flatMap((p) => p.inputs).map((i) => i.id)).toEqual(['a1', 'a2']);
    const missing = await all(join(dir, 'none.jsonl'), 10);
    expect(missing).toHaveLength(1);
    expect(missing[0].messages[0]).toMatchObject({ code: 'INPUT_NOT_FOUND', severity: 'error' });
  });

  it('knows JSON Lines files by name', () => {
    expect(['a.jsonl', 'b.NDJSON', 'c.jsonl.gz'].map(isJsonLinesFile)).toEqual([true, true, true]);
    expect(['a.json', 'b.txt', 'c.gz'].map(isJsonLinesFile)).toEqual([false, false, false]);
  });
});
