import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from './index.js';
import type { Report } from './schema.js';
import { ReportSchema } from './schema.js';
import { articleLabel } from './view.js';

const sample = (): Report => JSON.parse(readFileSync(new URL('../../test/fixtures/report-sample.json', import.meta.url), 'utf8'));
const FORMATS = ['text', 'md', 'html', 'json'] as const;

describe('render', () => {
  it('json is the report itself, pretty-printed, and reads back as a valid report', () => {
    const json = render(sample(), 'json');
    expect(json).toBe(`${JSON.stringify(sample(), null, 2)}\n`);
    expect(ReportSchema.parse(JSON.parse(json))).toEqual(sample());
  });

  it('colours only the text format, and only when asked', () => {
    expect(render(sample(), 'text', { color: true })).toContain('\u001b[');
    for (const f of FORMATS) expect(render(sample(), f)).not.toContain('\u001b');
    expect(render(sample(), 'md', { color: true })).not.toContain('\u001b');
  });

  it('renders a report with no articles at all in every format', () => {
    const empty: Report = { version: 1, title: '', articles: [], facts: [], conflicts: [], quotes: [], entities: [], framing: [], speakers: [], summary: [], additions: [], messages: [{ severity: 'error', code: 'NOTHING_TO_COMPARE', reason: 'no usable article was read', stage: 'ingest' }] };
    for (const f of FORMATS) expect(render(empty, f)).toContain('NOTHING_TO_COMPARE');
  });

  it('survives spans outside the text and references to unknown articles', () => {
    const r = sample();
    r.facts[0].mentions.push({ article: 'ghost', text: 'x', start: 5, end: 9 });
    r.facts[0].articles.push('ghost');
    r.facts[1].mentions[0].start = 10_000;
    r.facts[1].mentions[0].end = 20_000;
    r.quotes[0].start = 50;
    r.quotes[0].end = 3; // inverted
    r.framing[0].article = 'ghost';
    r.speakers[0].article = 'ghost';
    for (const f of FORMATS) expect(render(r, f).length).toBeGreaterThan(1000);
    expect(render(r, 'md')).toContain('**?** ghost');
  });

  it('refuses an unknown format', () => {
    expect(() => render(sample(), 'pdf' as 'md')).toThrow(/unknown report format "pdf"/);
  });
});

describe('articleLabel', () => {
  it('labels A…Z then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(articleLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
