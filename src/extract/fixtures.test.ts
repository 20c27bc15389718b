import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

/**
 * Regression cases: `test/fixtures/extract/<case>/page.html` is a page written to reproduce one
 * extraction failure (its README says which), `expected.json` what must come out of it.
 * `UPDATE=1 npx vitest run src/extract/fixtures.test.ts` rewrites the expectations; review the diff.
 */
const root = new URL('../../test/fixtures/extract/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** What a case checks: the text line by line, the metadata, and the messages (which say how the text was found). */
function observe(name: string): Record<string, unknown> {
  const html = readFileSync(new URL(`${name}/page.html`, root), 'utf8');
  const { input, messages, language } = extractArticle(html, `${name}/page.html`);
  const { text, source: _source, ...metadata } = input;
  return { lines: text ? text.split('\n') : [], ...metadata, language, messages: messages.map((m) => `${m.code}: ${m.reason}`) };
}

describe('extraction regression cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(5));
  for (const name of cases) {
    it(name, () => {
      const expectedFile = new URL(`${name}/expected.json`, root);
      const actual = observe(name);
      if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
