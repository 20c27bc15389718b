import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOutlets, parseCsv, parseOutlets } from './outlets-csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and skips comments and blank lines', () => {
    const rows = parseCsv('# a comment\r\na,"b, c","say ""hi"""\r\n\r\n"multi\nline",x\n');
    expect(rows).toEqual([{ line: 2, fields: ['a', 'b, c', 'say "hi"'] }, { line: 4, fields: ['multi\nline', 'x'] }]);
  });
});

describe('parseOutlets', () => {
  it('reads columns by header name in any order, domains in several spellings and leans in AllSides words', () => {
    const { outlets, problems } = parseOutlets('Lean,Name,Domain,Owner,Extra\nLean Left,Daily Example,"https://www.daily.example/, daily.example.org",Example Group,x\nright,Herald,herald.example,,\n');
    expect(problems).toEqual([]);
    expect(outlets).toEqual([
      { name: 'Daily Example', domains: ['daily.example', 'daily.example.org'], lean: 'left', country: null, owner: 'Example Group' },
      { name: 'Herald', domains: ['herald.example'], lean: 'right', country: null, owner: null },
    ]);
  });

  it('collects problems with their line instead of stopping', () => {
    const { outlets, problems } = parseOutlets('name,lean\n,left\nGood,sideways\n');
    expect(outlets).toEqual([{ name: 'Good', domains: [], lean: null, country: null, owner: null }]);
    expect(problems).toEqual([
      { line: 2, reason: 'no outlet name: row skipped' },
      { line: 3, reason: 'lean "sideways" is not left, center or right: read as unknown' },
    ]);
    expect(parseOutlets('domain,lean\nx.example,left\n').problems[0].reason).toMatch(/no "name" column/);
  });

  it('reads back what formatOutlets writes', () => {
    const outlets = [{ name: 'A "quoted", outlet', domains: ['a.example', 'b.example'], lean: 'center' as const, country: 'GB', owner: null }];
    expect(parseOutlets(formatOutlets(outlets)).outlets).toEqual(outlets);
  });

  it('reads the shipped starter table without a problem', () => {
    const { outlets, problems } = parseOutlets(readFileSync(new URL('../../data/outlets.csv', import.meta.url), 'utf8'));
    expect(problems).toEqual([]);
    expect(outlets.length).toBeGreaterThan(400);
    expect(outlets.find((o) => o.domains.includes('cnn.com'))?.lean).toBe('left');
    expect(outlets.find((o) => o.domains.includes('foxnews.com'))?.lean).toBe('right');
    expect(outlets.find((o) => o.domains.includes('reuters.com'))?.lean).toBe('center');
  });
});
