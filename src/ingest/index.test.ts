import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { readInputs } from './index.js';

const fixtures = new URL('../../test/fixtures/inputs/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const codes = (messages: { code: string }[]): string[] => messages.map((m) => m.code);

describe('readInputs', () => {
  it('reads plain text files; --outlet sets their outlet', async () => {
    const { inputs, messages } = await readInputs([join(fixtures, 'storm-a.txt'), join(fixtures, 'storm-b.txt')], { outlet: 'Wire' });
    expect(messages).toEqual([]);
    expect(inputs.map((i) => [i.outlet, i.title])).toEqual([['Wire', 'Storm floods harbour town'], ['Wire', undefined]]);
    expect(inputs[1]!.text).toMatch(/^Eastmere was flooded/);
  });

  it('names the file in a message for a missing file, a directory, a refused URL, an empty and a binary file, and goes on', async () => {
    const good = file('good.txt', 'A storm flooded the town on Tuesday, officials said.');
    const specs = [join(dir, 'missing.txt'), dir, 'http://127.0.0.1:9/story', file('empty.txt', ''), file('bin.dat', Buffer.from([1, 0, 2, 0])), good];
    const { inputs, messages } = await readInputs(specs, {});
    expect(inputs.map((i) => i.source)).toEqual([good]);
    expect(codes(messages)).toEqual(['INPUT_NOT_FOUND', 'INPUT_NOT_FOUND', 'URL_REFUSED', 'INPUT_EMPTY', 'INPUT_BINARY']);
    messages.forEach((m, i) => expect(m.reason).toContain(specs[i]));
    expect(messages[0]!.reason).toContain('no such file');
    expect(messages[1]!.reason).toContain('directory');
  });

  it('reads JSON Lines from stdin with "-", giving ids to articles without one', async () => {
    const stdin = Readable.from([Buffer.from('{"outlet":"Herald","text":"One."}\n{"id":"b","text":"Two."}\n')]);
    const { inputs } = await readInputs(['-'], { stdin, outlet: 'Fallback' });
    expect(inputs.map((i) => [i.id, i.outlet, i.source])).toEqual([
      ['stdin-1', 'Herald', 'stdin:1'],
      ['b', 'Fallback', 'stdin:2'],
    ]);
  });

  it('reads plain text from stdin', async () => {
    const { inputs } = await readInputs(['-'], { stdin: Readable.from(['A storm hit the coast.\n']) });
    expect(inputs).toEqual([{ text: 'A storm hit the coast.\n', source: 'stdin' }]);
  });

  it('extracts HTML files, taking the outlet from the page unless --outlet is given', async () => {
    const page = join(fixtures, 'news-article.html');
    const fromPage = await readInputs([page], {});
    expect(fromPage.inputs[0]).toMatchObject({ outlet: 'Coastal Herald', title: 'Storm floods harbour town, thousands without power', date: '2024-03-05T09:30:00Z' });
    expect(fromPage.inputs[0]!.html).toBeUndefined();
    expect(codes(fromPage.messages)).toEqual(['HTML_EXTRACTED']);
    const given = await readInputs([page], { outlet: 'My Outlet' });
    expect(given.inputs[0]!.outlet).toBe('My Outlet');
  });

  it('drops a page without an article, with HTML_NO_ARTICLE', async () => {
    const { inputs, messages } = await readInputs([join(fixtures, 'no-article.html')], {});
    expect(inputs).toEqual([]);
    expect(codes(messages)).toEqual(['HTML_NO_ARTICLE']);
  });

  it('reads a JSON Lines file with a broken line: the JSONL fields win, html lines are extracted', async () => {
    const { inputs, messages } = await readInputs([join(fixtures, 'articles.jsonl')], { outlet: 'Ignored' });
    expect(inputs.map((i) => [i.id, i.outlet])).toEqual([['herald', 'Coastal Herald'], ['gazette', 'Eastmere Gazette']]);
    expect(inputs[1]).toMatchObject({ authors: ['Dee Moss'], url: 'https://gazette.example/storm' });
    expect(inputs[1]!.text).toContain('Eastmere was flooded on Tuesday');
    expect(messages.map((m) => m.reason)).toEqual([
      expect.stringMatching(/articles\.jsonl: line 2 is not valid JSON/),
      expect.stringMatching(/articles\.jsonl: line 5 has no "text"/),
      expect.stringMatching(/articles\.jsonl:3: article text extracted/),
    ]);
  });

  it('reads a windows-1252 file right and says so', async () => {
    const bytes = Buffer.from('Le maire a déclaré que la crue était « très grave » pour la vallée et ses cafés.', 'latin1');
    const path = file('latin.txt', bytes);
    const { inputs, messages } = await readInputs([path], {});
    expect(inputs[0]!.text).toBe('Le maire a déclaré que la crue était « très grave » pour la vallée et ses cafés.');
    expect(messages[0]!.reason).toBe(`${path} is not valid UTF-8; read it as windows-1252`);
  });
});
