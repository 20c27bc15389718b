import { readFileSync } from 'node:fs';

/**
 * One lexicon line: a word or phrase, matched word by word against lemmas or lower-case forms.
 * `pos` limits a one-word entry to a Universal POS tag; `block` marks a neutral use that cancels
 * overlapping matches ("sanctions regime" cancels "regime").
 */
export interface Entry {
  phrase: string;
  words: string[];
  pos: string | null;
  section: string;
  block: boolean;
}

/** A parsed word list, indexed by first word so that matching is one Map lookup per word. */
export interface Lexicon {
  name: string;
  first: Map<string, Entry[]>;
  sections: Map<string, Entry[]>;
}

/** Lower-cases and folds typographic apostrophes, so "Pandora’s" and "pandora's" are one key. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  return TYPOGRAPHIC.test(lower) ? lower.replace(TYPOGRAPHIC_ALL, "'") : lower;
}

const TYPOGRAPHIC = /[’‘`]/;
const TYPOGRAPHIC_ALL = /[’‘`]/g;

/**
 * Parses the lexicon format described in data/lexicons/loaded.txt.
 * @example parseLexicon('demo', '[war]\nwarmonger\nblast/VERB\n!sanctions regime')
 */
export function parseLexicon(name: string, text: string): Lexicon {
  const lex: Lexicon = { name, first: new Map(), sections: new Map() };
  let section = 'general';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('[') && line.endsWith(']')) {
      section = line.slice(1, -1).trim();
      continue;
    }
    const block = line.startsWith('!');
    const body = block ? line.slice(1).trim() : line;
    const slash = body.lastIndexOf('/');
    const hasPos = slash > 0 && /^[A-Z]+$/.test(body.slice(slash + 1));
    const phrase = fold(hasPos ? body.slice(0, slash) : body);
    const words = phrase.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words[0] === '*') continue;
    const entry: Entry = { phrase, words, pos: hasPos ? body.slice(slash + 1) : null, section, block };
    push(lex.first, words[0], entry);
    push(lex.sections, section, entry);
  }
  return lex;
}

/** The set of phrases of one section (non-blocking entries), for plain membership tests; built once. */
export function sectionSet(lex: Lexicon, section: string): Set<string> {
  let byLex = SETS.get(lex);
  if (!byLex) SETS.set(lex, (byLex = new Map()));
  let set = byLex.get(section);
  if (!set) {
    set = new Set((lex.sections.get(section) ?? []).filter((e) => !e.block).map((e) => e.phrase));
    byLex.set(section, set);
  }
  return set;
}

const SETS = new WeakMap<Lexicon, Map<string, Set<string>>>();

/**
 * Reads `data/lexicons/<file>`. The URL is relative to this module: src/frame/ under tsx and
 * vitest, dist/frame/ after the build; both sit two levels below the package root.
 */
export function loadLexicon(file: string): Lexicon {
  const url = new URL(`../../data/lexicons/${file}`, import.meta.url);
  return parseLexicon(file.replace(/\.txt$/, ''), readFileSync(url, 'utf8'));
}

/** The word lists of the framing stage, read once when the module loads. */
export const LEXICONS = {
  loaded: loadLexicon('loaded.txt'),
  opinion: loadLexicon('opinion.txt'),
  hedges: loadLexicon('hedges.txt'),
  partisan: loadLexicon('partisan.txt'),
  roles: loadLexicon('roles.txt'),
  stance: loadLexicon('stance.txt'),
  reporting: loadLexicon('reporting-verbs.txt'),
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
