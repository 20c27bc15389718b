import { describe, expect, it } from 'vitest';
import { parseJsonLines } from './jsonl.js';

const line = (o: object): string => JSON.stringify(o);

describe('parseJsonLines', () => {
  it('reads one article a line in the AllSides layout, ignoring unknown fields', () => {
    const text = [
      line({ id: 'x1', outlet: 'Herald', url: 'https://h.example/1', title: 'T', date: '2024-03-05', authors: 'Ann Lee, Bo Chen and Cy Dee', lean: 'left', text: 'Body one.' }),
      line({ id: 7, outlet: 'Gazette', authors: ['Dee Moss', { name: 'Eve Ng' }], html: '<p>Body two.</p>' }),
    ].join('\n');
    const { inputs, messages } = parseJsonLines(text, 'a.jsonl');
    expect(messages).toEqual([]);
    expect(inputs).toEqual([
      { source: 'a.jsonl:1', id: 'x1', outlet: 'Herald', url: 'https://h.example/1', title: 'T', date: '2024-03-05', authors: ['Ann Lee', 'Bo Chen', 'Cy Dee'], text: 'Body one.' },
      { source: 'a.jsonl:2', id: '7', outlet: 'Gazette', authors: ['Dee Moss', 'Eve Ng'], html: '<p>Body two.</p>' },
    ]);
  });

  it('reports a broken line with the file and line number and still reads the others', () => {
    const text = [line({ text: 'one' }), '{"text": "cut', '', line({ text: 'three' }), '\r'].join('\n');
    const { inputs, messages } = parseJsonLines(text, 'feed.jsonl');
    expect(inputs.map((i) => i.text)).toEqual(['one', 'three']);
    expect(inputs.map((i) => i.source)).toEqual(['feed.jsonl:1', 'feed.jsonl:4']);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ code: 'JSONL_BAD_LINE', file: 'feed.jsonl' });
    expect(messages[0]!.reason).toBe('feed.jsonl: line 2 is not valid JSON: skipped');
  });

  it('reports a line without text or html, and a line that is not an object', () => {
    const { inputs, messages } = parseJsonLines([line({ id: 'a', title: 'no body' }), '[1,2]', line({ text: 'ok' })].join('\n'), 'f.jsonl');
    expect(inputs).toHaveLength(1);
    expect(messages.map((m) => [m.code, m.reason])).toEqual([
      ['JSONL_NO_TEXT', 'f.jsonl: line 1 has no "text" or "html" field: skipped'],
      ['JSONL_NO_TEXT', 'f.jsonl: line 2 has no "text" or "html" field: skipped'],
    ]);
  });

  it('counts many broken lines in one closing message instead of hundreds', () => {
    const text = Array.from({ length: 50 }, (_, i) => `not json ${i}`).join('\n');
    const { messages } = parseJsonLines(text, 'junk.jsonl');
    expect(messages).toHaveLength(11);
    expect(messages[10]!.reason).toBe('junk.jsonl: line 11 (and 39 more lines) is not valid JSON: skipped');
  });

  it('accepts a JSON array and a single pretty-printed object', () => {
    expect(parseJsonLines(`[${line({ text: 'a' })},\n${line({ text: 'b' })}]`, 'a.json').inputs.map((i) => i.text)).toEqual(['a', 'b']);
    const single = parseJsonLines(JSON.stringify({ outlet: 'Herald', text: 'only' }, null, 2), 'one.json');
    expect(single.inputs).toEqual([{ source: 'one.json:1', outlet: 'Herald', text: 'only' }]);
  });

  it('reads a broken JSON array written one object a line, naming the broken line', () => {
    const { inputs, messages } = parseJsonLines('[\n{"text": "a"},\n{"text": },\n{"text": "c", "tags": ["x"]}]\n', 'a.json');
    expect(inputs.map((i) => [i.text, i.source])).toEqual([['a', 'a.json:2'], ['c', 'a.json:4']]);
    expect(messages.map((m) => m.reason)).toEqual(['a.json: line 3 is not valid JSON: skipped']);
  });
});
