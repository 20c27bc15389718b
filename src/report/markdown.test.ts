import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';
import type { Report } from './schema.js';

const sample = (): Report => JSON.parse(readFileSync(new URL('../../test/fixtures/report-sample.json', import.meta.url), 'utf8'));

/** Cells of a Markdown table row, split at pipes that are not backslash-escaped. */
const cells = (row: string): string[] => row.trim().slice(1, -1).split(/(?<!\\)\|/);

describe('renderMarkdown', () => {
  const out = renderMarkdown(sample());

  it('has a heading per section, in reading order', () => {
    const headings = out.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.map((h) => h.slice(3).split(':')[0])).toEqual([
      'Articles', 'Summary', 'Coverage', 'Consensus', 'Partial', 'Single-source', 'Conflicts', 'Who gets to speak', 'Framing', 'Entities', 'Messages',
    ]);
  });

  it('links http(s) titles, marks other-story sections and cites the summary', () => {
    expect(out).toContain('[Council approves six-month closure of Elm Street Bridge](<https://harbour.example/news/elm-bridge>)');
    expect(out).toContain('2. “In other news”: **other story**');
    expect(out).toContain('close the Elm Street Bridge for repairs. \\[A\\]\\[B\\]\\[C\\]');
  });

  it('draws the fact × outlet matrix as a table with ✓ — ⚠', () => {
    const row = out.split('\n').find((l) => l.startsWith('| **F1**'))!;
    expect(cells(row).slice(1).map((c) => c.trim())).toEqual(['⚠', '⚠', '✓', 'consensus']);
    const f4 = out.split('\n').find((l) => l.startsWith('| **F4**'))!;
    expect(cells(f4).slice(1, 4).map((c) => c.trim())).toEqual(['—', '✓', '✓']);
  });

  it('shows wording per outlet, omissions, additions, conflict sides and speakers', () => {
    expect(out).toContain('  - **C** Metro Wire: “Repairs may reportedly cost around \\$12 million.”');
    expect(out).toContain('Reported by **B** Valley Courier, **C** Metro Wire; omitted by **A** Harbour Gazette.');
    expect(out).toMatch(/### What only Valley Courier \(B\) reports\n\n- \*\*F7\*\* "We cannot risk a collapse,"/);
    expect(out).toContain('| **A** Harbour Gazette | **six months** |');
    expect(out).toContain('| **B** Valley Courier | **eight months** |');
    expect(out).toContain('| Dana Ortiz | person | 1 | 1 | · | B: for the closure |');
    expect(out).toContain('- **B** Valley Courier: "a hard but responsible choice" _(called, direct)_');
  });

  it('escapes Markdown syntax and pipes in article text so tables keep their shape', () => {
    expect(out).toContain('Elm Street Bridge to close \\| repairs \\*may\\* cost \\$12m');
    const r = sample();
    r.facts[1].text = 'a | b *c* [x](javascript:alert(1)) <script>alert(1)</script>\nnext line # h';
    r.articles[1].outlet = 'Pipe | Outlet';
    const md = renderMarkdown(r);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('](javascript:');
    for (const table of md.split('\n\n').filter((b) => b.startsWith('| '))) {
      const rows = table.split('\n').filter(Boolean);
      for (const row of rows) expect(cells(row).length).toBe(cells(rows[0]).length);
    }
  });

  it('never links a URL that is not http(s)', () => {
    const r = sample();
    r.articles[0].url = 'javascript:alert(1)';
    const md = renderMarkdown(r);
    expect(md).not.toContain('javascript:');
    expect(md).toContain('| Council approves six-month closure of Elm Street Bridge |');
  });
});
