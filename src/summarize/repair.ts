import type { Token } from '../model/index.js';

/**
 * A dateline that opens a wire or newspaper lead: "BAGHDAD — ", "REDMARSH, May 16 (ANW) - ",
 * "WASHINGTON (AP) —". It places the report, it does not state anything, so the summary drops it.
 */
const DATELINE = /^\p{Lu}[\p{Lu}.'’ -]{2,40}(?:,[^—–\-()\n]{1,30})?(?:\s*\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s+(?=["“‘]?\p{Lu})/u;

/**
 * Words that tie a clause to the one before it and may simply be dropped when what follows is a
 * clause of its own: ", during which the leaders agreed…" → "The leaders agreed…".
 */
const DROPPABLE = /^(?:and|but|while|whereas|although|though|as|yet|so|after which|during which|in which|where|when)\s+/i;

/** How a clause may open a sentence: with a subject (a name, a pronoun, a determiner, a number, a noun). */
const SUBJECT_POS = new Set(['DET', 'PROPN', 'PRON', 'NUM', 'NOUN', 'ADJ']);
const VERB_POS = new Set(['VERB', 'AUX']);

/** A title abbreviation at the very end ("… the Quds Force, Maj."): the sentence splitter cut a name. */
const CUT_ABBREVIATION = /\b\p{Lu}\p{Ll}{1,3}\.$/u;

/** A clause made to read as a sentence, and whether it could be (else it is better left out). */
export interface Repaired {
  text: string;
  /** False when the clause is not a sentence on its own: a dependent fragment, no verb, a cut name. */
  ok: boolean;
}

/**
 * Makes a clause of an article read as a sentence: the dateline and a dropped connective go, the
 * first letter is capitalised, an unclosed quotation is closed and a final stop added. `tokens` are
 * the clause's tokens (for parts of speech); `ok` is false for fragments that no trimming mends
 * ("with further talks set to begin…", "as well as …", "General Qassim Suleimani.").
 * @example repair('during which the two leaders agreed to a truce', tokens) // { text: 'The two leaders agreed to a truce.', ok: true }
 */
export function repair(clause: string, tokens: Token[]): Repaired {
  const raw = clause.trim();
  const dateline = DATELINE.exec(raw)?.[0].length ?? 0;
  const from = (tokens[0]?.start ?? 0) + dateline;
  let t = raw.slice(dateline).replace(/\s+/g, ' ');
  let ok = true;
  let words = tokens.filter((w) => w.start >= from && w.type !== 'punctuation' && /\p{L}|\d/u.test(w.value));
  const dropped = DROPPABLE.exec(t);
  if (dropped) {
    const n = dropped[0].trim().split(/\s+/).length;
    const rest = words.slice(n);
    if (SUBJECT_POS.has(rest[0]?.pos ?? '') && rest.some((w) => VERB_POS.has(w.pos))) {
      t = t.slice(dropped[0].length);
      words = rest;
    } else ok = false;
  } else if (/^\p{Ll}/u.test(t)) ok = false;
  if (!words.some((w) => VERB_POS.has(w.pos))) ok = false;
  if (words.length < 4 || CUT_ABBREVIATION.test(t)) ok = false;
  t = t.replace(/[,;:\s—–-]+$/u, '');
  t = t.replace(/^["“‘]?\p{Ll}/u, (c) => c.toUpperCase());
  if (count(t, /“/g) > count(t, /”/g)) t += '”';
  else if (count(t, /"/g) % 2 === 1) t += '"';
  if (!/[.!?]["”’']?$/.test(t)) t += '.';
  return { text: t, ok };
}

const count = (s: string, re: RegExp): number => (s.match(re) ?? []).length;

/** True when most of the text lies inside quotation marks: a source's words, not the reporter's. */
export function mostlyQuoted(text: string): boolean {
  let inside = 0;
  for (const m of text.matchAll(/[“"]([^”"]*)[”"]?/g)) inside += m[1].length;
  return inside * 2 > text.length;
}
