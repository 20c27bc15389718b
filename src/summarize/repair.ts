import type { Span, Token } from '../model/index.js';
import { endsWithTitle } from '../tokenize/titles.js';

/**
 * A dateline that opens a wire or newspaper lead: "BAGHDAD — ", "REDMARSH, May 16 (ANW) - ",
 * "WASHINGTON/SEOUL (Reuters) - ", "WASHINGTON (AP) —", or a wire's name, "(CNN) ", "Jerusalem (CNN) ",
 * "Berkeley Heights, New Jersey (CNN) ".
 * It places the report, it does not state anything, so the summary drops it.
 */
const DATELINE = /^(?:\p{Lu}[\p{Lu}.'’ /-]{2,40}(?:,[^—–\-()\n]{1,30})?(?:\s*\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s+|(?:\p{Lu}[\p{L}.'’ ,-]{1,50} )?\((?:CNN|AP|AFP|Reuters|CNN Business|CNBC)\)\s*(?:[—–-]{1,2}\s*)?)(?=["“‘]?\p{Lu})/u;

/** A label that heads a report ("DEVELOPING: ", "BREAKING NEWS — ", "UPDATE: ") or a list item's bullet ("• AB 450 …"): no part of what it says. */
const LABEL = /^(?:(?:BREAKING(?: NEWS)?|DEVELOPING(?: STORY)?|UPDATE[D]?|EXCLUSIVE|JUST IN|LIVE)\s*[:—–-]|[•·▪●■►*])\s+(?=["“‘]?\p{Lu})/u;

/**
 * Words that tie a clause to the one before it and may simply be dropped when what follows is a
 * clause of its own: ", during which the leaders agreed…" → "The leaders agreed…".
 */
const DROPPABLE = /^(?:and|but|while|whereas|although|though|as|yet|so|after which|during which|in which|where|when)\s+/i;

/** How a clause may open a sentence: with a subject (a name, a pronoun, a determiner, a number, a noun). */
const SUBJECT_POS = new Set(['DET', 'PROPN', 'PRON', 'NUM', 'NOUN', 'ADJ']);
const VERB_POS = new Set(['VERB', 'AUX']);

/** A clause made to read as a sentence, and whether it could be (else it is better left out). */
export interface Repaired {
  text: string;
  /** False when the clause is not a sentence on its own: a dependent fragment, no verb, a cut name. */
  ok: boolean;
}

/**
 * Makes a clause of an article read as a sentence: a label, the dateline and a dropped connective go, the
 * first letter is capitalised, an unclosed quotation is closed and a final stop added. `span` is
 * where the clause lies in `text`, `tokens` its tokens (for parts of speech). `ok` is false for
 * fragments that no trimming mends ("with further talks set to begin…", "as well as …", "General
 * Qassim Suleimani.", "Khanzadi said Monday", a quotation cut open), which the whole sentence
 * should replace.
 * @example repair(text, span, tokens) // "during which the two leaders agreed to a truce" → { text: 'The two leaders agreed to a truce.', ok: true }
 */
export function repair(text: string, span: Span, tokens: Token[]): Repaired {
  let cut = span.start + (LABEL.exec(text.slice(span.start, span.end))?.[0].length ?? 0);
  cut += DATELINE.exec(text.slice(cut, span.end))?.[0].length ?? 0;
  let ok = true;
  let words = tokens.filter((w) => w.start >= cut && w.type !== 'punctuation' && /\p{L}|\d/u.test(w.value));
  const rest = text.slice(cut, span.end);
  // "When the jury returned, she wept.": a sentence that opens with its subordinate clause stays
  // whole; one with no main clause after it loses its subordinator ("When it was revealed that …,
  // the clerk who was jailed …" → "It was revealed that …").
  const dropped = /^\p{Lu}/u.test(rest) && mainClauseAfter(tokens.filter((w) => w.start >= cut)) ? null : DROPPABLE.exec(rest);
  if (dropped) {
    const rest = words.slice(dropped[0].trim().split(/\s+/).length);
    if (isClause(rest)) {
      cut += dropped[0].length;
      words = rest;
    } else ok = false;
  } else if (/^\p{Ll}/u.test(text.slice(cut, cut + 1))) ok = false;
  const after = tokens.filter((w) => w.start >= cut);
  if (!hasPredicate(words) || subordinateOnly(words, after) || subjectless(words, after) || relativeOnly(after) || saysNothing(after) || cutAfterConjunction(words)) ok = false;
  // "Which, according to the Vatican, is exactly what happened.": a relative clause cut from what it is about.
  if (/^which\b/i.test(rest) && !/\?["”’']?\s*$/.test(rest)) ok = false;
  let t = text.slice(cut, span.end).replace(/\s+/g, ' ').trim();
  if (words.length < 4 || endsWithTitle(t)) ok = false;
  t = t.replace(/[,;:\s—–-]+$/u, '');
  t = t.replace(/^["“‘]?\p{Ll}/u, (c) => c.toUpperCase());
  // A quotation left open was cut in the middle: closed here, but the whole sentence reads better.
  const open = count(t, /“/g) > count(t, /”/g) ? '”' : count(t, /"/g) % 2 === 1 ? '"' : '';
  if (open) {
    t += open;
    ok = false;
  }
  // "(Colorado law prohibits discrimination by businesses.)": an aside in brackets, said plainly.
  t = t.replace(/^\(([^()]+)\)$/, '$1');
  if (!/[.!?]["”’']?$/.test(t)) t += '.';
  return { text: t, ok };
}

/** Words that make an -ing form after them no predicate: "of obstructing", "the shooting", "Since marching". */
const GERUND_AFTER = new Set(['ADP', 'DET', 'SCONJ']);

/**
 * True when some verb can be the clause's predicate: not a gerund governed by a preposition, a
 * determiner or a subordinator ("No collusion with Russia, no charges of obstructing justice." and
 * "Since marching ashore Friday near Wilmington." have none).
 */
function hasPredicate(words: Token[]): boolean {
  return words.some((w, i) => VERB_POS.has(w.pos) && !(w.lower.endsWith('ing') && (GERUND_AFTER.has(words[i - 1]?.pos ?? '') || !auxiliaryBefore(words, i))));
}

/**
 * An -ing form is a predicate only after an auxiliary ("are searching", "was not going"): "A coalition
 * of sports leagues, including the NCAA, the NBA, the NFL." has none.
 */
const auxiliaryBefore = (words: Token[], i: number): boolean => words.slice(Math.max(0, i - 3), i).some((w) => w.pos === 'AUX');

/** Words that open a subordinate clause, which needs a main clause to make a sentence. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'whenever', 'while', 'because', 'since', 'although', 'though', 'if', 'unless', 'until', 'once', 'whereas']);
/** Words that may stand before a subordinator: "Shortly after", "Just before", "Even though". */
const DEGREE = /^(?:\p{L}+ly|just|even|only|soon|long|right)$/u;
/** Punctuation after which a main clause may follow a subordinate one. */
const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–']);
/** Pronouns that open a relative clause, whose verb is not the main clause's. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'where']);

/**
 * True when, after the first comma or dash, some verb stands outside a relative clause: "When the
 * jury returned, the family wept" has one; "When it was revealed …, the Kentucky clerk who was
 * briefly jailed …" does not.
 */
function mainClauseAfter(tokens: Token[]): boolean {
  const first = tokens.findIndex((t, i) => i > 0 && CLAUSE_BREAK.has(t.value));
  if (first < 0) return false;
  let relative = false;
  for (const t of tokens.slice(first + 1)) {
    if (CLAUSE_BREAK.has(t.value)) relative = false;
    else if (RELATIVES.has(t.lower)) relative = true;
    else if (VERB_POS.has(t.pos) && !relative) return true;
  }
  return false;
}

/**
 * True when the clause is a subordinate clause alone: a subordinator ("Shortly after police arrived
 * at the apartment", cut from its sentence before ", they were joined by …"), a subject and no
 * main clause after it.
 */
function subordinateOnly(words: Token[], tokens: Token[]): boolean {
  const at = DEGREE.test(words[0]?.lower ?? '') ? 1 : 0;
  return SUBORDINATORS.has(words[at]?.lower ?? '') && SUBJECT_POS.has(words[at + 1]?.pos ?? '') && !mainClauseAfter(tokens);
}

/**
 * True when the clause opens with an inflected verb and no subject ever comes: "Turned down by court
 * earlier.", "Says he will run." (a post's or a headline's words). "Asked about it, Trump said …" has
 * its main clause after the comma; "Imagine …" is a bare verb.
 */
function subjectless(words: Token[], tokens: Token[]): boolean {
  const w = words[0];
  return w !== undefined && w.pos === 'VERB' && w.lower !== w.lemma && !w.lower.endsWith('ing') && !mainClauseAfter(tokens);
}

/**
 * True when every verb of the clause stands in a relative clause set off by a comma, so that the
 * clause has no main verb: "Former Florida Gov. Jeb Bush, who is speaking Friday at CPAC." and "In
 * the wake of the mass shooting in Las Vegas, which left 59 dead." ("Bush, who spoke Friday, said
 * …" has one after the clause closes; "The man who shot him fled" has no comma to tell.)
 */
function relativeOnly(tokens: Token[]): boolean {
  let relative = false;
  let verbs = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (RELATIVES.has(t.lower) && tokens[i - 1]?.value === ',') relative = true;
    else if (CLAUSE_BREAK.has(t.value)) relative = false;
    else if (VERB_POS.has(t.pos)) {
      // "the mass shooting in Las Vegas": an -ing form without an auxiliary is no main verb.
      if (t.lower.endsWith('ing') && tokens[i - 1]?.pos !== 'AUX') continue;
      if (!relative) return false;
      verbs++;
    }
  }
  return verbs > 0;
}

/** A clause of its own: it opens with a subject and has a verb. */
const isClause = (words: Token[]): boolean => SUBJECT_POS.has(words[0]?.pos ?? '') && words.some((w) => VERB_POS.has(w.pos));

/** Verbs of saying whose object is what was said: "said", "told reporters" with nothing after is a cut. */
const SAYING = new Set(['say', 'tell', 'insist', 'argue', 'reply']);
const QUOTE_MARK = /["“”«»]/;

/**
 * True for the attribution half of a sentence cut in two: a subject, a verb of saying and at most a
 * date or an audience, with nothing said ("Hossein Khanzadi said Monday", "Azar told reporters").
 */
function saysNothing(tokens: Token[]): boolean {
  if (tokens.some((t) => QUOTE_MARK.test(t.value))) return false;
  const cue = tokens.findIndex((t) => t.pos === 'VERB' && SAYING.has(t.lemma));
  if (cue < 0 || tokens.slice(0, cue).some((t) => VERB_POS.has(t.pos))) return false;
  const after: Token[] = [];
  for (const t of tokens.slice(cue + 1)) {
    if (t.type === 'punctuation') break;
    after.push(t);
  }
  return after.length <= 3 && !after.some((t) => VERB_POS.has(t.pos) || t.pos === 'PRON' || t.pos === 'SCONJ');
}

/**
 * True when the clause ends in a subordinate clause without its verb: "The agency was alerted that
 * biographer Paula Broadwell" (the rest, ", with whom …, may have had access …", was cut off).
 */
function cutAfterConjunction(words: Token[]): boolean {
  let k = words.length - 1;
  while (k >= 0 && words[k].pos !== 'SCONJ') k--;
  return k >= 0 && !words.slice(k + 1).some((w) => VERB_POS.has(w.pos));
}

const count = (s: string, re: RegExp): number => (s.match(re) ?? []).length;

/** True when most of the text lies inside quotation marks: a source's words, not the reporter's. */
export function mostlyQuoted(text: string): boolean {
  let inside = 0;
  for (const m of text.matchAll(/[“"]([^”"]*)[”"]?/g)) inside += m[1].length;
  return inside * 2 > text.length;
}
