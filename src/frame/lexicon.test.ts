import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICONS, parseLexicon } from './lexicon.js';
import { matchWords } from './match.js';
import { makeArticle } from './fixture.js';
import { deinflect, toWords } from './words.js';

const wordsOf = (text: string) => {
  const a = makeArticle(text);
  return toWords(a.tokens, 0, a.tokens.length);
};

describe('lexicon files', () => {
  const dir = new URL('../../data/lexicons/', import.meta.url);
  it('each states its source and licence in a header comment', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const head = readFileSync(new URL(f, dir), 'utf8').split('\n').filter((l) => l.startsWith('#')).join('\n');
      expect(head, f).toMatch(/Source:/);
      expect(head, f).toMatch(/Licence: MIT/);
    }
  });

  it('loads several hundred loaded-wording entries, and opinion words are not also loaded words', () => {
    const loaded = [...LEXICONS.loaded.sections.values()].flat().filter((e) => !e.block);
    expect(loaded.length).toBeGreaterThan(400);
    const loadedPhrases = new Set(loaded.map((e) => e.phrase));
    const both = [...LEXICONS.opinion.sections.values()].flat().filter((e) => !e.block && loadedPhrases.has(e.phrase));
    expect(both.map((e) => e.phrase)).toEqual([]);
  });
});

describe('parseLexicon and matchWords', () => {
  const lex = parseLexicon('demo', '[war]\nwarmonger\nblast/VERB\nregime\n!sanctions regime\nsiren song');

  it('matches by lemma, respects a POS limit, and lets a neutral phrase block a match', () => {
    const hits = (t: string) => matchWords(wordsOf(t), lex).map((m) => m.entry.phrase);
    expect(hits('Critics blasted the warmongers.')).toEqual(['blast', 'warmonger']);
    expect(hits('A blast hit the depot.')).toEqual([]);
    expect(hits('The sanctions regime was extended.')).toEqual([]);
    expect(hits('The regime fell.')).toEqual(['regime']);
    expect(hits('They heard the siren songs of populism.')).toEqual(['siren song']);
  });
});

describe('words', () => {
  it('joins a hyphenated compound the tokenizer split, with its character range', () => {
    const text = 'The so-called reforms failed.';
    const w = wordsOf(text).find((x) => x.lower === 'so-called');
    expect(w && text.slice(w.start, w.end)).toBe('so-called');
  });

  it('de-inflects words the tagger left alone', () => {
    expect(deinflect('thugs')).toContain('thug');
    expect(deinflect('slammed')).toContain('slam');
    expect(deinflect('bus')).toEqual([]);
  });
});
