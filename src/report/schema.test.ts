import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchemaText, SCHEMA_PATH } from '../../scripts/write-schema.js';
import { ReportSchema } from './schema.js';

const root = new URL('../../', import.meta.url);
const sample = JSON.parse(readFileSync(new URL('test/fixtures/report-sample.json', root), 'utf8'));

describe('report schema', () => {
  it('the committed schema file is what `npm run schema` writes now', () => {
    expect(readFileSync(new URL(SCHEMA_PATH, root), 'utf8')).toBe(reportSchemaText());
  });

  it('publishes an id, a title and the stable field names', () => {
    const schema = JSON.parse(reportSchemaText());
    expect(schema.$id).toBe('https://corroborate.dev/schema/report.schema.json');
    expect(schema.title).toBeTruthy();
    expect(schema.required).toEqual(expect.arrayContaining(['articles', 'facts', 'conflicts', 'quotes', 'entities', 'framing', 'summary', 'messages']));
    expect(schema.properties.facts.items.properties.status.enum).toEqual(['consensus', 'partial', 'single']);
  });

  it('the sample report validates', () => {
    const parsed = ReportSchema.safeParse(sample);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('every span in the sample report points at its own words', () => {
    const text = new Map<string, string>(sample.articles.map((a: { id: string; text: string }) => [a.id, a.text]));
    const spans = [
      ...sample.facts.flatMap((f: { mentions: unknown[] }) => f.mentions),
      ...sample.conflicts.flatMap((c: { sides: unknown[] }) => c.sides),
      ...sample.quotes,
      ...sample.framing,
      ...sample.entities.flatMap((e: { mentions: unknown[] }) => e.mentions),
    ] as { article: string; text: string; start: number; end: number }[];
    expect(spans.length).toBeGreaterThan(30);
    for (const s of spans) expect(text.get(s.article)?.slice(s.start, s.end)).toBe(s.text);
  });

  it('rejects a report whose fact status is not one of the three', () => {
    const bad = structuredClone(sample);
    bad.facts[0].status = 'majority';
    expect(ReportSchema.safeParse(bad).success).toBe(false);
  });
});
