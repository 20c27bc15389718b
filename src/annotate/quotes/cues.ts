import type { EntityMention, Sentence, Token } from '../../model/index.js';
import { loadList } from '../../lexicon/index.js';
import { TITLE_WORDS } from '../name-words.js';
import { places } from '../places.js';
import { adjacentSubject, OWN_WORDS, SPEAKS_FOR } from './subject.js';

const CUE_LIST = loadList('annotate/cue-verbs');
/** Verbs that attribute any statement, quoted or reported. */
export const SPEECH_VERBS = new Set(CUE_LIST.filter((w) => !w.endsWith('*')));
/** Verbs that attribute a direct quotation only ("hailed it as “historic”"). */
export const QUOTE_VERBS = new Set([...SPEECH_VERBS, ...CUE_LIST.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1))]);
const DOCUMENT_NOUNS = new Set(['statement', 'message', 'letter', 'post', 'note', 'tweet', 'release', 'report', 'readout', 'communique', 'memo']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** What speaks for someone named before ("the ministry said", "the statement said"), or for whoever issued it ("Trump issued a tweet saying"). */
const ANAPHORS = new Set(['statement', 'tweet', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'office', 'agency', 'government', 'embassy', 'report', 'readout', 'source', 'sources', 'official', 'officials', 'aide', 'aides']);

/** Token `k` is followed by a speech verb, past one auxiliary: "Rubio said", "Clinton has argued". */
export function speechVerbAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.pos === 'AUX' ? tokens[k + 2] : tokens[k + 1];
  return next !== undefined && next.pos === 'VERB' && SPEECH_VERBS.has(next.lemma);
}

/** Cues that can come before their subject: "…,” said Putin", "added the minister". */
const INVERTIBLE = new Set(['say', 'add', 'write', 'explain', 'recall', 'continue', 'note', 'reply', 'respond', 'answer', 'insist', 'argue', 'claim', 'state', 'declare', 'conclude', 'observe', 'remark', 'comment', 'counter', 'retort', 'quip', 'joke', 'exclaim', 'post', 'tweet', 'report', 'warn', 'ask', 'tell', 'announce', 'admit', 'acknowledge', 'concede', 'stress', 'emphasize', 'emphasise', 'predict', 'suggest', 'confirm', 'maintain', 'contend', 'assert', 'caution', 'reiterate', 'testify', 'estimate']);

/** A cue and the words that name who is speaking. */
export interface Attribution {
  cue: number;
  cueText: string;
  /** Token index of the subject (a name, description, pronoun or anaphor), or -1. */
  subject: number;
  /** The subject comes after the cue ("said Putin", "according to the Kremlin"). */
  inverted: boolean;
  /** The subject is a noun phrase that names no entity ("the Christie supporter said"). */
  phrase?: boolean;
}

/** True when token `i` attributes speech: a speech verb, "according to", or "the statement read". */
export function isCue(tokens: Token[], i: number, quoteOnly: boolean): boolean {
  const t = tokens[i];
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') return true;
  if (t.lemma === 'read' && DOCUMENT_NOUNS.has(tokens[i - 1]?.lower ?? '')) return true;
  const verbs = quoteOnly ? QUOTE_VERBS : SPEECH_VERBS;
  if (t.pos === 'NOUN') return t.lemma === 'say' || (verbs.has(t.lemma) && taggedAsNoun(tokens, i));
  if (t.pos !== 'VERB') return false;
  // "Iraqi Counter Terrorism forces": a bare verb with a capital inside a clause is a word of a name.
  if (t.lower === t.lemma && /^\p{Lu}/u.test(t.value) && tokens[i - 1]?.type === 'word') return false;
  // "the gunmen, Said and Cherif Kouachi", "to Said Kouachi": a capitalised verb after a word in lower
  // case or a comma, before a name or "and", is a given name (in a headline in title case the word
  // before it has a capital too: "Clinton Said That …").
  const before = tokens[i - 1]?.value ?? '';
  if (/^\p{Lu}/u.test(t.value) && (/^\p{Ll}/u.test(before) || before === ',') && (/^\p{Lu}/u.test(tokens[i + 1]?.value ?? '') || tokens[i + 1]?.lower === 'and')) return false;
  // "are confirmed dead", "was announced": a passive is not an attribution; "is telling" is.
  const be = tokens[i - 1]?.lemma === 'be' || (tokens[i - 2]?.lemma === 'be' && tokens[i - 1]?.pos === 'ADV');
  if (be && !t.lower.endsWith('ing')) return false;
  // "he continues to sit on a panel", "continued working": going on doing something, not speaking.
  if (t.lemma === 'continue' && (tokens[i + 1]?.lower === 'to' || tokens[i + 1]?.pos === 'VERB')) return false;
  // "Footage posted by The Atlanta Journal-Constitution shows …": a participle before its agent is
  // passive (not "said by telephone", "responded by saying").
  const agent = tokens[i + 2];
  if (tokens[i + 1]?.lower === 'by' && t.lower !== t.lemma && !t.lower.endsWith('ing') && agent && (agent.pos === 'DET' || /^\p{Lu}/u.test(agent.value))) return false;
  // "a self-proclaimed billionaire", "so-called": the second half of a compound adjective.
  if (tokens[i - 1]?.value === '-' && tokens[i - 1].end === t.start) return false;
  return verbs.has(t.lemma);
}

/**
 * "Viguerie notes.", "Bozell adds that…": a speech verb in -s that the tagger took for a plural noun,
 * known by a name or pronoun before it and the end of the clause or "that" after it.
 */
function taggedAsNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !t.lower.endsWith('s') || t.lower === t.lemma) return false;
  const subject = (before.pos === 'PROPN' && /^\p{Lu}/u.test(before.value)) || /^(he|she|it)$/.test(before.lower);
  return subject && (!after || /^[,.;:“"]$/.test(after.value) || after.lower === 'that');
}

/**
 * Finds who a cue attributes to: the first name in the clause before it that is not a possessive
 * modifier ("Witkoff’s visit") nor inside a prepositional phrase; else a pronoun or an anaphor
 * ("the statement"); else the name right after it ("said Putin", "according to the Kremlin").
 */
export function subjectOf(tokens: Token[], s: Sentence, cue: number, windowStart: number, mentions: EntityMention[]): Attribution {
  const cueText = tokens[cue].lower === 'according' ? 'according to' : tokens[cue].value;
  const inverted = (subject: number): Attribution => ({ cue, cueText, subject, inverted: true });
  if (tokens[cue].lower === 'according') return inverted(firstMentionAt(tokens, cue + 2, Math.min(s.tokenEnd, cue + 9), mentions));
  // "Itar-Tass quoted Deputy Foreign Minister Sergei Ryabkov as saying": the one quoted speaks when
  // named; "The Times quoted one of Carson's advisers as saying": the paper, which does not name them.
  const quoted = quotedName(tokens, cue, windowStart, mentions);
  if (quoted >= 0) return { cue, cueText, subject: quoted, inverted: false };
  const near = adjacentSubject(tokens, cue, windowStart, mentions);
  if (near.kind === 'mention' || near.kind === 'pronoun' || near.kind === 'owner') return { cue, cueText, subject: near.token, inverted: false };
  if (near.kind === 'phrase') {
    const anaphor = ANAPHORS.has(tokens[near.token].lemma);
    return { cue, cueText, subject: anaphor ? near.token : -1, inverted: false, phrase: !anaphor };
  }
  const starts = new Map(mentions.filter(canSpeak).map((m) => [m.start, m]));
  let owner = -1;
  let lastInPP = -1;
  const dateline = datelineEnd(tokens, s);
  for (let k = windowStart; k < cue; k++) {
    const m = starts.get(tokens[k].start);
    if (!m) continue;
    const end = endToken(tokens, k, m.end);
    const possessive = /^[’']s$/.test(tokens[end + 1]?.value ?? '');
    const inPP = inPhrase(tokens, k, windowStart, lastInPP);
    if (inPP) lastInPP = end;
    if (inRelativeClause(tokens, windowStart, k)) continue;
    // "WASHINGTON (AP) — President Obama will …": a dateline is where and whose wire, not who.
    if (k < dateline) continue;
    if (modifiesNoun(tokens, end, cue, starts)) continue;
    if (!possessive && !inPP) return { cue, cueText, subject: k, inverted: false };
    if (possessive && owner < 0 && OWN_WORDS.has(possessedNoun(tokens, end + 2, cue))) owner = k;
  }
  for (let k = cue - 1; k >= windowStart; k--) {
    if (PRONOUNS.has(tokens[k].lower) || (ANAPHORS.has(tokens[k].lemma) && /^(the|a|an|its|his|her)$/.test(tokens[k - 1]?.lower ?? ''))) {
      return { cue, cueText, subject: k, inverted: false };
    }
  }
  // "the Prime Minister's spokesman said": the spokesman speaks for the owner.
  if (owner >= 0) return { cue, cueText, subject: owner, inverted: false };
  // "said Putin", "said the Kremlin": only right after the cue, never across "that", and not when a
  // noun stands before the cue as its subject ("The company said the Lorena…").
  if (cue > windowStart && /^(NOUN|PROPN)$/.test(tokens[cue - 1].pos)) return { cue, cueText, subject: -1, inverted: false };
  // "…, urged the union": after a verb that takes an object, the name is its object, not its subject.
  if (!INVERTIBLE.has(tokens[cue].lemma) || (cue > windowStart && !/^[,”"’'—–-]+$/.test(tokens[cue - 1].value))) return { cue, cueText, subject: -1, inverted: false };
  let k = cue + 1;
  if (tokens[k] && /^(the|a|an)$/.test(tokens[k].lower)) k++;
  // "said Professor Leena Okafor", "said House Speaker Nancy Pelosi", "said conservative Rep. Ann
  // Vale": the name comes after its titles, its office, its party and how it leans.
  const titleWord = (t: Token, i: number) => TITLE_WORDS.has(t.lower) || t.pos === 'ADJ' || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value)) || (/^(of|and)$/.test(t.lower) && i > cue + 1 && /^\p{Lu}/u.test(tokens[i + 1]?.value ?? ''));
  const mentionAt = (j: number) => mentions.find((m) => m.start === tokens[j]?.start);
  for (let n = 0; n < 5 && tokens[k] && (titleWord(tokens[k], k) || titleNoun(tokens, k)) && !mentionAt(k); n++) k++;
  const found = k < s.tokenEnd ? mentionAt(k) : undefined;
  // "said the baby's aunt, Estela de la Cuadra,", "said a spokesman, Tom Vale": the person in apposition.
  if (!found) return inverted(apposedName(tokens, k, s, mentionAt));
  // "said American Unity Fund president Margaret Hoover", "said former Obama adviser David Axelrod",
  // "said White House press secretary Jay Carney": the person the title after a name leads to; so
  // does a possessive ("adds CNN's Nic Robertson").
  let j = endToken(tokens, k, found.end) + 1;
  if (/^[’']s?$/.test(tokens[j]?.value ?? '')) j++;
  for (let n = 0; n < 3 && tokens[j] && (TITLE_WORDS.has(tokens[j].lower) || titleNoun(tokens, j)) && !mentionAt(j); n++) j++;
  return inverted(j > endToken(tokens, k, found.end) + 1 && mentionAt(j)?.type === 'person' ? j : k);
}

/**
 * The name at token `k` stands in a prepositional phrase, past its titles and article ("between (the)
 * President Obama"), or is joined by "and" to a name that does (`lastInPP`, the end of the last
 * such name: "between President Obama and House Republicans"). Not "an aide for Mr. Lyovochkin"
 * (who speaks for him) nor "as Professor Foner put it" (a clause).
 */
function inPhrase(tokens: Token[], k: number, from: number, lastInPP: number): boolean {
  let before = k - 1;
  while (before > from && (titled(tokens[before]) || (tokens[before].lower === 'of' && titled(tokens[before - 1])))) before--;
  if (tokens[before]?.pos === 'DET') before--;
  if (before < from) return false;
  const prep = tokens[before];
  const opens = prep.pos === 'ADP' && prep.lower !== 'by' && !(prep.lower === 'for' && SPEAKS_FOR.has(tokens[before - 1]?.lower ?? '')) && !(prep.lower === 'as' && tokens[before - 1]?.lower !== 'such');
  return opens || (prep.pos === 'CCONJ' && before - 1 === lastInPP);
}

/**
 * The name ending at token `end` modifies a noun after it: "a London-based banker" (glued to a
 * hyphen and a word in lower case), "Reagan administration official Victoria Toensing" (before the
 * nouns of a person's title).
 */
function modifiesNoun(tokens: Token[], end: number, cue: number, starts: Map<number, EntityMention>): boolean {
  if (tokens[end + 1]?.value === '-' && tokens[end + 1].start === tokens[end].end && /^\p{Ll}/u.test(tokens[end + 2]?.value ?? '')) return true;
  let n = end + 1;
  while (n < cue && /^(NOUN|ADJ)$/.test(tokens[n].pos) && /^\p{Ll}/u.test(tokens[n].value)) n++;
  return n > end + 1 && starts.get(tokens[n]?.start ?? -1)?.type === 'person';
}

/** A title written as one, in capitals: "President", "Secretary" (of "Secretary of State"). */
const titled = (t: Token | undefined): boolean => t !== undefined && TITLE_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.value);

/**
 * A noun in lower case that opens a title ending in a title word: "press" of "press secretary",
 * "campaign" of "campaign spokesman" (at most two such nouns before it).
 */
function titleNoun(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 3 && tokens[j]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[j].value); j++) {
    if (TITLE_WORDS.has(tokens[j].lower)) return j > k;
  }
  return false;
}

/** The first token of the name (not a place's) after the comma that ends a short noun phrase opening at token `k`, or -1. */
function apposedName(tokens: Token[], k: number, s: Sentence, mentionAt: (j: number) => EntityMention | undefined): number {
  for (let j = k; j < Math.min(s.tokenEnd - 1, k + 6); j++) {
    if (tokens[j].value === ',') return (mentionAt(j + 1)?.type ?? 'place') !== 'place' ? j + 1 : -1;
    if (!/^(NOUN|ADJ|PROPN)$/.test(tokens[j].pos) && !/^[’']s?$/.test(tokens[j].value)) return -1;
  }
  return -1;
}

/** The first token of the name X in "… quoted [titles] X as saying" ending at the cue (`saying`), or -1. */
function quotedName(tokens: Token[], cue: number, from: number, mentions: EntityMention[]): number {
  if (tokens[cue].lower !== 'saying' || tokens[cue - 1]?.lower !== 'as') return -1;
  let k = cue - 2;
  while (k >= Math.max(from, cue - 12) && tokens[k].type !== 'punctuation' && !/^(quote|cite)$/.test(tokens[k].lemma)) k--;
  // Not "Giuliani was quoted as saying": the passive's subject speaks.
  if (k < from || !/^(quote|cite)$/.test(tokens[k].lemma) || tokens[k - 1]?.pos === 'AUX') return -1;
  let j = k + 1;
  while (j < cue - 1 && !mentions.some((m) => m.start === tokens[j].start) && (TITLE_WORDS.has(tokens[j].lower) || /^\p{Lu}/u.test(tokens[j].value))) j++;
  const m = mentions.find((x) => x.start === tokens[j].start);
  return m && endToken(tokens, j, m.end) === cue - 2 ? j : -1;
}

/** The head of the noun phrase a possessive owns: "the Prime Minister's press secretary" → secretary. */
function possessedNoun(tokens: Token[], from: number, to: number): string {
  let k = from;
  while (k + 1 < to && /^(NOUN|ADJ|PROPN)$/.test(tokens[k + 1].pos) && /^(NOUN|ADJ|PROPN)$/.test(tokens[k].pos)) k++;
  return tokens[k]?.lower ?? '';
}

/**
 * Where a dateline that opens the sentence ends: "WASHINGTON —", "SAN FRANCISCO (Reuters) -" (the
 * dash's index), or -1.
 */
function datelineEnd(tokens: Token[], s: Sentence): number {
  let k = s.tokenStart;
  while (k < s.tokenEnd && k - s.tokenStart < 4 && /^\p{Lu}[\p{Lu}.]+$/u.test(tokens[k].value)) k++;
  if (k === s.tokenStart) return -1;
  if (tokens[k]?.value === '(') while (k < s.tokenEnd && k - s.tokenStart < 10 && tokens[k].value !== ')') k++;
  if (tokens[k]?.value === ')') k++;
  return /^(—|–|-|--)$/.test(tokens[k]?.value ?? '') ? k : -1;
}

/** Places do not speak, except a country or capital standing for its government ("Moscow said"). */
function canSpeak(m: EntityMention): boolean {
  if (m.type !== 'place') return true;
  const place = places().get(m.text.toLowerCase().replace(/^the /, ''));
  return place !== undefined && place.as !== 'demonym';
}

/** Token k sits inside ", which …" or ", who …" opened before it and not yet closed by a comma. */
function inRelativeClause(tokens: Token[], from: number, k: number): boolean {
  for (let j = k - 1; j > from; j--) {
    if (tokens[j].value === ',' && j < k - 1) return /^(which|who|whose|where)$/.test(tokens[j + 1].lower) && j + 1 < k;
    if (/^(which|who|whose|where)$/.test(tokens[j].lower) && tokens[j - 1]?.value === ',') return true;
  }
  return false;
}

function firstMentionAt(tokens: Token[], from: number, to: number, mentions: EntityMention[]): number {
  for (let k = from; k < to; k++) {
    if (mentions.some((m) => m.start === tokens[k].start)) return k;
    if (tokens[k].type === 'punctuation') break;
  }
  return -1;
}

function endToken(tokens: Token[], k: number, end: number): number {
  while (k + 1 < tokens.length && tokens[k + 1].end <= end) k++;
  return k;
}

export { PRONOUNS };
