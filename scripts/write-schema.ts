/**
 * Writes schema/report.schema.json, the published JSON Schema of the JSON report, from `ReportSchema`.
 * Run `npm run schema` after changing src/report/schema.ts; a test fails while the two differ.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ReportSchema } from '../src/report/schema.js';

/** Where the schema is published, relative to the repository root. */
export const SCHEMA_PATH = 'schema/report.schema.json';

/** The schema file's text, exactly as it is written (stable key order, trailing newline). */
export function reportSchemaText(): string {
  // 'input' leaves objects open (no additionalProperties: false), so tools validating with this
  // schema keep accepting reports from later versions that add fields.
  const schema = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', io: 'input' });
  const published = {
    $schema: schema.$schema,
    $id: 'https://corroborate.dev/schema/report.schema.json',
    title: 'corroborate report',
    description:
      'The JSON report of `corroborate compare --format json`: the articles compared, the facts matched across them (consensus, partial, single-source), conflicts, quotes, entities, framing, speakers, a neutral summary and the problems met. Every span (start, end) is a character range in the article\'s `text`.',
    ...schema,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = resolve(root, SCHEMA_PATH);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, reportSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
