import type { EntityMention, Sentence, Span, Token } from '../../model/index.js';
import { isCue, subjectOf, type Attribution } from './cues.js';
import { SUBORDINATORS } from './subject.js';

/**
 * A statement reported without quotation marks: "the White House said the pair had agreed…",
 * "…, the Kremlin has said.", "According to a statement, …". Returns the reported words and the
 * attribution, or null. The first cue with a subject wins; a clause that is mostly a direct
 * quotation is left to the direct quote.
 */
export function reportedSpeech(text: string, tokens: Token[], s: Sentence, direct: Span[], mentions: EntityMention[]): { span: Span; attribution: Attribution } | null {
  const inside = (t: Token) => direct.some((q) => t.start >= q.start && t.end <= q.end);
  // "Barkley, who says he votes Democratic, said he likes Kasich": a statement in a relative clause
  // waits for the sentence's own, and is taken when there is none.
  let deferred: { span: Span; attribution: Attribution } | null = null;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (inside(tokens[k]) || !isCue(tokens, k, false)) continue;
    // "a Russian company accused of interfering": the one accused, not the one accusing.
    if (tokens[k].lemma === 'accuse' && tokens[k + 1]?.lower === 'of') continue;
    const after = trailingOnly(tokens, k, s);
    let content: Span;
    let attribution: Attribution;
    let relative = false;
    if (tokens[k].lower === 'according') {
      // "According to X, …"; "…, according to John Park, director of …": what was said comes before.
      const trailing = k - 2 > s.tokenStart && tokens[k - 1].value === ',';
      const comma = trailing ? k - 1 : findToken(tokens, k, s.tokenEnd, ',');
      if (comma < 0) continue;
      attribution = subjectOf(tokens, s, k, s.tokenStart, mentions);
      content = trailing ? { start: s.start, end: tokens[k - 2].end } : { start: tokens[comma + 1]?.start ?? s.end, end: contentEnd(tokens, s) };
    } else if (after) {
      const comma = nameBefore(tokens, s, lastToken(tokens, s.tokenStart, k, ','), k, mentions);
      if (comma <= s.tokenStart) continue;
      attribution = subjectOf(tokens, s, k, comma + 1, mentions);
      content = { start: s.start, end: tokens[comma - 1].end };
    } else {
      attribution = subjectOf(tokens, s, k, s.tokenStart, mentions);
      const from = contentStart(tokens, k, s);
      if (from < 0) continue;
      // "seized the TV centre to demand Russian programming": an infinitive of purpose reports
      // nothing unless "that" or a colon opens what was said ("went on to say that …").
      // "continued to tweet …", "took to the floor to announce …": the one speaking does so.
      const goesOn = /^(continue|begin|start|proceed|on)$/.test(tokens[k - 2]?.lemma ?? '') || SAYING.has(tokens[k].lemma);
      if (tokens[k - 1]?.lower === 'to' && !goesOn && !/^(that|:|of)$/.test(tokens[from - 1]?.lower ?? '')) continue;
      content = { start: tokens[from]?.start ?? s.end, end: clauseEnd(tokens, s, k, from, inside) };
      relative = relativeCue(tokens, k) && content.end < contentEnd(tokens, s) && cueFrom(tokens, s, content.end);
    }
    if (attribution.subject < 0 && !hasNounSubject(tokens, s, k)) continue;
    content = trim(text, content);
    const words = text.slice(content.start, content.end).split(/\s+/).length;
    if (words < 4) continue;
    const quoted = direct.reduce((n, q) => n + Math.max(0, Math.min(q.end, content.end) - Math.max(q.start, content.start)), 0);
    if (quoted > 0.6 * (content.end - content.start)) return deferred;
    if (!relative) return { span: content, attribution };
    deferred ??= { span: content, attribution };
  }
  return deferred;
}

const WHEN_SAID = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|morning|afternoon|evening|night)$/;
const RELATIVES = new Set(['which', 'who', 'whose', 'whom']);
/** Verbs that only report words, whatever follows them ("to announce what he had hoped for"), unlike "demand" or "ask". */
const SAYING = new Set(['say', 'announce', 'tweet', 'write', 'argue', 'claim', 'declare', 'insist', 'warn', 'state', 'explain', 'add', 'tell']);
/** How far past the cue "that" or a colon opens the content: "said in a statement on Friday that". */
const THAT_REACH = 14;

/**
 * Where the words reported after the cue `k` begin, or -1 when they are not a statement: after
 * "that" or a colon (up to THAT_REACH tokens on, past the one told or where: "told a friend in the
 * Tampa office that …"), after the "of" of an accusation, or else right after the cue (and when it
 * was said) when a clause follows, with its verb before any comma or subordinator ("said Monday it
 * was over"; not "testify before the committee", "explain the circumstances behind it").
 */
function contentStart(tokens: Token[], k: number, s: Sentence): number {
  const end = Math.min(s.tokenEnd, k + 1 + THAT_REACH);
  let relative = false;
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j];
    // "testify in the inquiry in a manner that might have been …": "that" between a noun and a verb
    // opens a relative clause about the noun, not what was said.
    if (t.lower === 'that' && tokens[j - 1].pos === 'NOUN' && /^(VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '')) {
      relative = true;
      continue;
    }
    // "accused the candidate of groping them": what an accusation claims follows "of".
    if (t.lower === 'that' || t.value === ':' || (t.lower === 'of' && tokens[k].lemma === 'accuse')) return j + 1;
    // Not a capitalised word of a name ("The Associated Press") nor the first half of a compound ("closed-door").
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.value) && !(tokens[j + 1]?.value === '-' && tokens[j + 1].start === t.end)) break;
  }
  // "Still, he says, the campaign has …": the cue set off by commas, the statement after it.
  let from = tokens[k + 1]?.value === ',' ? k + 2 : k + 1;
  // ("testify in the inquiry in a manner that might …": no statement opens with a preposition.)
  if (relative && tokens[from].pos === 'ADP') return -1;
  // "said Monday night the harbour would …": when it was said is not what was said ("said Sunday's meeting …" is).
  while (from < s.tokenEnd - 1 && WHEN_SAID.test(tokens[from].value) && !/^['’]s$/.test(tokens[from + 1].value)) from++;
  // "told her mother about the allegations": after the one told, a preposition says what it was about, not what was said.
  if (tokens[k].lemma === 'tell') {
    let r = from;
    while (r < s.tokenEnd && r - from < 6 && /^(DET|PRON|NOUN|PROPN|ADJ)$/.test(tokens[r].pos)) r++;
    // ("told the Gazette of Halden" names a paper.)
    if (r > from && (tokens[r]?.lower === 'about' || (tokens[r]?.lower === 'of' && tokens[r + 1]?.pos !== 'PROPN'))) return -1;
    // "told CNN the league is not aware", "told The Associated Press on Monday the city was calm":
    // the one told, and when, come before what was said.
    from = pastWhen(tokens, toldEnd(tokens, from, s), s);
  }
  for (let j = from; j < s.tokenEnd; j++) {
    const t = tokens[j];
    // "said the 2013 race, which brought new revelations, had been …": a relative clause in the subject.
    if (t.value === ',' && RELATIVES.has(tokens[j + 1]?.lower ?? '')) {
      const close = findToken(tokens, j + 2, s.tokenEnd, ',');
      if (close > 0) {
        j = close;
        continue;
      }
    }
    // "said if he wins he would …": a clause of condition or time may open the statement.
    if (t.value === ',' || t.value === ';' || (j > from && (t.pos === 'SCONJ' || t.pos === 'ADV') && SUBORDINATORS.has(t.lower))) return -1;
    // "a day of mourning": a gerund after a preposition or article is a noun, not the clause's verb.
    if ((t.pos === 'VERB' && !['ADP', 'DET'].includes(tokens[j - 1].pos)) || t.pos === 'AUX') return j > from || t.pos === 'VERB' ? from : -1;
  }
  return -1;
}

/** Object pronouns: the one told ("told him she was leaving"). */
const TOLD_PRONOUN = /^(me|him|her|us|them|you)$/;

/**
 * Where the one told ends, from `from` right after "told": an object pronoun, or a noun phrase of
 * one determiner and its nouns and names ("reporters", "The Associated Press", "her mother"); a
 * second determiner or a pronoun opens what was said.
 */
function toldEnd(tokens: Token[], from: number, s: Sentence): number {
  const t = tokens[from];
  if (!t) return from;
  if (TOLD_PRONOUN.test(t.lower) && !/^(NOUN|PROPN|ADJ)$/.test(tokens[from + 1]?.pos ?? '')) return from + 1;
  let r = /^(DET|PRON)$/.test(t.pos) ? from + 1 : from;
  const head = r;
  while (r < s.tokenEnd && r - head < 6 && (r === head ? isNominal(tokens[r]) : inName(tokens, r))) r++;
  return r > head ? r : from;
}

/** A noun, a name, or a capitalised word, which is a word of a name whatever its tag ("The Associated Press"). */
const isNominal = (t: Token): boolean => /^(NOUN|PROPN)$/.test(t.pos) || /^\p{Lu}/u.test(t.value);

/**
 * Token `r` goes on the name before it: a noun or capitalised word, a part glued to it ("WEWS-TV",
 * "CNN's Chris Cuomo") or a channel's number after a capitalised word ("Fox 8").
 */
function inName(tokens: Token[], r: number): boolean {
  const [t, prev] = [tokens[r], tokens[r - 1]];
  if (isNominal(t)) return true;
  if (t.start === prev.end && tokens[r + 1]?.start === t.end && /^\p{Lu}/u.test(tokens[r + 1].value)) return true;
  if (/^['’]s$/.test(t.value) && t.start === prev.end && /^\p{Lu}/u.test(tokens[r + 1]?.value ?? '')) return true;
  return t.pos === 'NUM' && /^\p{Lu}/u.test(prev.value) && /^\d{1,2}$/.test(t.value);
}

/** Past where and when something was said: "in Ohio", "on Monday", "Monday night", "yesterday". */
function pastWhen(tokens: Token[], from: number, s: Sentence): number {
  let r = from;
  // "told The Star-Ledger of Newark", "told a rally in Ohio".
  if (/^(in|at|of)$/.test(tokens[r]?.lower ?? '') && tokens[r + 1]?.pos === 'PROPN') for (r++; r < s.tokenEnd - 1 && tokens[r].pos === 'PROPN'; ) r++;
  if (tokens[r]?.lower === 'on' && WHEN_SAID.test(tokens[r + 1]?.value ?? '')) r++;
  // "last week", "this morning".
  if (/^(last|this)$/.test(tokens[r]?.lower ?? '') && /^(week|month|year|night|morning|afternoon|evening)$/.test(tokens[r + 1]?.lower ?? '')) r += 2;
  while (r < s.tokenEnd - 1 && WHEN_SAID.test(tokens[r].value)) r++;
  return r;
}

/**
 * The comma before the one speaking in a trailing attribution: `comma`, the last before the cue,
 * unless it closes an appositive about a name ("…, Nelly Miles, a bureau spokesperson, said."),
 * then the comma before the name.
 */
function nameBefore(tokens: Token[], s: Sentence, comma: number, cue: number, mentions: EntityMention[]): number {
  if (comma !== cue - 1) return comma;
  const open = lastToken(tokens, s.tokenStart, comma, ',');
  const before = open > s.tokenStart ? lastToken(tokens, s.tokenStart, open, ',') : -1;
  if (before <= s.tokenStart || !/^(a|an|the)$/.test(tokens[open + 1].lower) || comma - open > 12) return comma;
  if (tokens.slice(open + 1, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return comma;
  const named = mentions.some((m) => m.start === tokens[before + 1].start && m.end === tokens[open - 1].end);
  return named ? before : comma;
}

/** Only punctuation or a short prepositional phrase follows the cue: "…, the Kremlin has said." */
function trailingOnly(tokens: Token[], k: number, s: Sentence): boolean {
  // "…, the sources said, speaking on condition of anonymity": how it was said, not what.
  if (tokens[k + 1]?.value === ',' && /^(speaking|citing|requesting|asking|declining)$/.test(tokens[k + 2]?.lower ?? '')) return true;
  let rest = tokens.slice(k + 1, s.tokenEnd).filter((t) => t.type !== 'punctuation');
  // "…, the department told Radio Halden on Sunday." — the one told, then when or where.
  let named = 0;
  while (named < rest.length && named < 3 && rest[named].pos === 'PROPN') named++;
  if (named < rest.length || named === rest.length) rest = rest.slice(named);
  return rest.length === 0 || (rest.length <= 5 && rest[0].pos === 'ADP' && !rest.some((t) => t.lower === 'that'));
}

function hasNounSubject(tokens: Token[], s: Sentence, k: number): boolean {
  if (k <= s.tokenStart) return false;
  // "Republican critics, who argue that …": the noun the relative pronoun follows (not "a soldier
  // who says he served with him confirmed it", where the clause has no end).
  const j = tokens[k - 1].lower === 'who' && tokens[k - 2]?.value === ',' ? k - 3 : k - 1;
  return tokens[j]?.pos === 'NOUN' || (tokens[j]?.pos === 'AUX' && tokens[j - 1]?.pos === 'NOUN');
}

/** The cue opens a relative clause between commas: ", who said …", ", which says …". */
const relativeCue = (tokens: Token[], k: number): boolean => RELATIVES.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.value === ',';

/** A cue at or after the character offset `from` in the sentence. */
function cueFrom(tokens: Token[], s: Sentence, from: number): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (tokens[k].start >= from && isCue(tokens, k, false)) return true;
  return false;
}

function findToken(tokens: Token[], from: number, to: number, value: string): number {
  for (let k = from; k < to; k++) if (tokens[k].value === value) return k;
  return -1;
}

function lastToken(tokens: Token[], from: number, to: number, value: string): number {
  for (let k = to - 1; k >= from; k--) if (tokens[k].value === value) return k;
  return -1;
}

/**
 * Where the words reported from token `from` end: the sentence's end, or, when the cue sits in a
 * clause of time or condition that opens the sentence ("After Romney announced that he was
 * forgoing a bid, his allies began …") or in a relative clause between commas ("the claims of a
 * woman, who told the Post that he groped her, lack merit"), the comma that closes the reported
 * clause (the first after a verb of it, outside quotation marks).
 */
function clauseEnd(tokens: Token[], s: Sentence, cue: number, from: number, quoted: (t: Token) => boolean): number {
  if (!SUBORDINATORS.has(tokens[s.tokenStart].lower) && !relativeCue(tokens, cue)) return contentEnd(tokens, s);
  let verb = false;
  for (let j = from; j < s.tokenEnd; j++) {
    if (tokens[j].value === ',' && verb && j > from && !quoted(tokens[j])) return tokens[j - 1].end;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') verb = true;
  }
  return contentEnd(tokens, s);
}

function contentEnd(tokens: Token[], s: Sentence): number {
  let k = s.tokenEnd - 1;
  while (k > s.tokenStart && tokens[k].type === 'punctuation' && !/[”’"']/.test(tokens[k].value)) k--;
  return tokens[k].end;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  // "FACT: The 18-year-old was unarmed, the chief said": the label in capitals is no part of it.
  const label = /^[A-Z][A-Z ]{1,20}:\s+/.exec(text.slice(start, end));
  if (label) start += label[0].length;
  while (start < end && /[\s,“"‘']/.test(text[start])) start++;
  while (end > start && /[\s,.]/.test(text[end - 1])) end--;
  return { start, end };
}
