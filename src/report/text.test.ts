import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from './schema.js';
import { renderText } from './text.js';

const sample = (): Report => JSON.parse(readFileSync(new URL('../../test/fixtures/report-sample.json', import.meta.url), 'utf8'));
const ANSI = /\u001b\[[0-9;]*m/g;

describe('renderText', () => {
  const out = renderText(sample());

  it('shows the articles with labels, sentence counts and the other-story section', () => {
    expect(out).toMatch(/A {2}Harbour Gazette — Council approves six-month closure/);
    expect(out).toContain('5 sentences in story, 2 out');
    expect(out).toMatch(/"In other news" · OTHER STORY/);
  });

  it('counts consensus over the articles in the story when one is about another event', () => {
    expect(out).toMatch(/CONSENSUS: REPORTED BY ALL 3\b/);
    const report = sample();
    for (const s of report.articles[2].sentences) s.inStory = false;
    expect(renderText(report).replace(ANSI, '')).toMatch(/CONSENSUS: REPORTED BY ALL 2 IN THE STORY/);
  });

  it('cites the summary sentences by article label', () => {
    expect(out).toContain('close the Elm Street Bridge for repairs. [A][B][C]');
    expect(out).toContain('main supports last spring. [A][B]');
  });

  it('draws the fact × outlet matrix with the conflict marked', () => {
    expect(out).toMatch(/F1 {2}⚠ ⚠ ✓ {2}The city council voted/);
    expect(out).toMatch(/F2 {2}✓ ✓ — {2}Engineers found/);
  });

  it('lists each outlet wording, who reports and who omits, and what only one outlet reports', () => {
    expect(out).toContain('C Metro Wire: "The Elm Street Bridge will close for repairs after a 7-2 council vote on');
    expect(out).toContain('reported by A Harbour Gazette, B Valley Courier · omitted by C Metro Wire');
    expect(out).toMatch(/Only B Valley Courier \(2\)\n\s+• F7 "We cannot risk a collapse,"/);
  });

  it('shows both sides of a conflict with their values', () => {
    expect(out).toMatch(/⚠ number: how long the bridge stays closed/);
    expect(out).toMatch(/A Harbour Gazette\s+six months/);
    expect(out).toMatch(/B Valley Courier\s+eight months/);
  });

  it('counts speakers per outlet and groups quotes by speaker', () => {
    expect(out).toMatch(/Dana Ortiz \(person\)\s+1\s+1\s+·\s+B: for the closure/);
    expect(out).toContain('(speaker unknown)');
    expect(out).toContain('A "unavoidable after years of neglect" (said, direct)');
  });

  it('shows framing with its voice, entities with counts per outlet, and messages', () => {
    expect(out).toContain("loaded · reporter's own voice · A Harbour Gazette");
    expect(out).toContain('opinion · quoted: Dana Ortiz · B Valley Courier');
    expect(out).toContain('Dana Ortiz (person) — A 1 · B 1 · C 0');
    expect(out).toContain('warning SEGMENT_OFF_STORY [segment]');
  });

  it('fits in 100 columns', () => {
    const long = sample();
    long.facts[0].text = `${'a very long fact sentence '.repeat(20)}${'x'.repeat(150)}`;
    for (const line of renderText(long).split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('has no escape codes unless colour is asked for', () => {
    expect(out).not.toContain('\u001b');
    expect(renderText(sample(), { color: false })).not.toContain('\u001b');
    const coloured = renderText(sample(), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(out);
  });

  it('strips control characters from article-derived text', () => {
    const r = sample();
    r.articles[0].outlet = 'Evil\u001b[2J\u001b]0;pwned\u0007 Outlet';
    r.facts[0].text = 'clear\u001b[31m red\u009b31m';
    const text = renderText(r);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('Evil [2J ]0;pwned Outlet');
  });

  it('says so when there is nothing to show', () => {
    const empty: Report = { ...sample(), facts: [], conflicts: [], quotes: [], speakers: [], framing: [], entities: [], summary: [], additions: [], messages: [] };
    const text = renderText(empty);
    expect(text).toContain('no facts found');
    expect(text).toMatch(/CONFLICTS \(0\)\n {2}none found/);
  });
});
