import type { Token } from '../model/index.js';
import { fold } from './lexicon.js';

/**
 * A word as the framing stage matches it: one token, or a hyphenated compound the tokenizer split
 * ("so", "-", "called" → "so-called"). `keys` holds the forms a lexicon entry may match: the
 * lower-case form, the lemma, and a plain de-inflection when the tagger left the word as it was.
 */
export interface Word {
  lower: string;
  lemma: string;
  keys: string[];
  pos: string;
  punct: boolean;
  /** Starts with a capital letter in the text (a name, a nationality, or the first word). */
  upper: boolean;
  start: number;
  end: number;
  /** Token range `[first, last]` in the article's tokens. */
  first: number;
  last: number;
  /** Inside an entity mention that is a proper name. */
  inName: boolean;
}

const HYPHENS = new Set(['-', '‐', '‑']);

/** Builds the words of the token range `[from, to)`. */
export function toWords(tokens: Token[], from: number, to: number): Word[] {
  const words: Word[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const prev = words[words.length - 1];
    const next = tokens[i + 1];
    const joins = HYPHENS.has(t.value) && prev && !prev.punct && prev.end === t.start && i + 1 < to &&
      next.start === t.end && !isPunct(next);
    if (joins) {
      prev.lower += '-' + fold(next.value);
      prev.lemma = prev.lower.slice(0, prev.lower.lastIndexOf('-') + 1) + fold(next.lemma || next.value);
      prev.pos = next.pos;
      prev.end = next.end;
      prev.last = i + 1;
      prev.keys = keysOf(prev.lower, prev.lemma, false);
      i++;
      continue;
    }
    const lower = fold(t.value);
    const lemma = fold(t.lemma || t.value);
    const c = t.value[0] ?? '';
    const upper = c !== c.toLowerCase();
    words.push({
      lower, lemma, keys: adverbKeys(keysOf(lower, lemma, upper || t.pos === 'PROPN'), lower, t.pos), pos: t.pos, punct: isPunct(t), upper,
      start: t.start, end: t.end, first: i, last: i, inName: false,
    });
  }
  return words;
}

/** "notoriously" also matches "notorious", "depressingly" "depressing", "angrily" "angry". */
function adverbKeys(keys: string[], lower: string, pos: string): string[] {
  if (pos !== 'ADV' || lower.length < 7 || !lower.endsWith('ly')) return keys;
  const base = lower.endsWith('ily') ? lower.slice(0, -3) + 'y' : lower.slice(0, -2);
  return keys.includes(base) ? keys : [...keys, base];
}

function isPunct(t: Token): boolean {
  return t.pos === 'PUNCT' || t.type === 'punctuation';
}

/** Forms to match; capitalised words the tagger took for names get plain de-inflections too. */
function keysOf(lower: string, lemma: string, nameLike: boolean): string[] {
  const keys = [lower];
  if (lemma !== lower) keys.push(lemma);
  else if (nameLike) for (const k of deinflect(lower)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/**
 * Plain English de-inflection for words the tagger did not lemmatise (capitalised words it took for
 * names, such as "Thugs" at the start of a sentence). Returns candidate base forms.
 */
export function deinflect(w: string): string[] {
  if (w.length < 5 || !/^[a-z-]+$/.test(w)) return [];
  if (w.endsWith('ies')) return [w.slice(0, -3) + 'y'];
  if (w.endsWith('sses') || /(x|z|ch|sh)es$/.test(w)) return [w.slice(0, -2)];
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return [w.slice(0, -1)];
  if (w.endsWith('ed')) return stems(w.slice(0, -2));
  if (w.endsWith('ing')) return stems(w.slice(0, -3));
  return [];
}

function stems(stem: string): string[] {
  const out = [stem, stem + 'e'];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  return out;
}
