import type { EntityMention, Token } from '../../model/index.js';
import { isCommonPlural } from '../types.js';

/** What stands right before a cue as its grammatical subject. */
export type Adjacent =
  | { kind: 'mention' | 'pronoun'; token: number }
  /** The possessive owner of the subject noun phrase ("Clinton's campaign said" → Clinton). */
  | { kind: 'owner'; token: number }
  /** A common noun phrase that names no entity ("the Christie supporter", "Twenty-four percent"). */
  | { kind: 'phrase'; token: number }
  | { kind: 'none' };

const SKIPPED = new Set(['AUX', 'ADV', 'PART']);
const PRONOUN = /^(he|she|it|they|we|i)$/;
/** Pronouns that name a speaker; "they", "we" and "I" are left to the caller. */
const SPEAKING_PRONOUN = /^(he|she|it)$/;
const CLOSING = /^[,—–]$/;
/** Words that open a clause about when or why, not what was said: "acknowledged the affair when he resigned". */
export const SUBORDINATORS = new Set(['when', 'because', 'after', 'before', 'while', 'if', 'although', 'though', 'since', 'until', 'as', 'where', 'whereas']);
/**
 * Nouns for those who speak on someone's behalf: "a spokeswoman for Hillary Clinton" and "Romney's
 * associates" speak for them; "Floyd's family", "Trump's critics" do not.
 */
export const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative', 'representatives', 'aide', 'aides', 'official', 'officials', 'source', 'sources', 'adviser', 'advisers', 'advisor', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'city', 'state', 'government', 'office', 'campaign', 'campaigns', 'camp', 'team', 'manager', 'associates', 'board', 'people', 'republic']);
/** What someone writes or files: "Zelinsky's filing with the court said" is Zelinsky speaking, not the court. */
const DOCUMENTS = ['statement', 'statements', 'letter', 'memo', 'report', 'research', 'study', 'remarks', 'book', 'website', 'filing', 'lawsuit', 'complaint', 'motion'];
const DOCUMENT = new Set(DOCUMENTS);
/** What someone publishes speaks for them too, after a possessive: "Greenberg's research suggests", "Ryan's statement said". */
export const OWN_WORDS = new Set([...SPEAKS_FOR, 'secretary', 'group', ...DOCUMENTS]);

/**
 * The subject written right before a cue, the way English puts it: "Trump said", "Trump has also
 * said", "Trump, the front-runner, said", "Sen. Bernie Sanders (I-Vt.) said". It beats the first
 * name of the clause, which is often in an opening phrase ("Speaking in Salem, New Hampshire, Trump
 * said"). A noun phrase that holds no name is reported as such, so that no name elsewhere in the
 * clause is taken for the speaker; its possessive owner is its speaker ("Clinton's campaign said").
 */
export function adjacentSubject(tokens: Token[], cue: number, from: number, mentions: EntityMention[], depth = 0): Adjacent {
  let j = cue - 1;
  // "asked the crowd to welcome …": an infinitive has no subject of its own, unless "for Trump to tweet".
  if (tokens[j]?.lower === 'to') {
    const m = mentionEndingAt(tokens, j - 1, mentions);
    return m > from && tokens[m - 1].lower === 'for' ? { kind: 'mention', token: m } : { kind: 'none' };
  }
  while (j >= from && SKIPPED.has(tokens[j].pos) && !PRONOUN.test(tokens[j].lower) && tokens[j].lower !== 'to') j--;
  j = skipParenthesis(tokens, j, from);
  // "Trump tweeted: “…”": the verb before the colon is the cue; other colons are left to the caller.
  if (tokens[cue].value === ':') return j >= from && tokens[j].pos === 'VERB' && depth < 2 ? adjacentSubject(tokens, j, from, mentions, depth + 1) : { kind: 'none' };
  if (j < from) return { kind: 'none' };
  // "to replace Cameron, who announced …": a relative pronoun's speaker is the name it follows.
  if (/^(who|which)$/.test(tokens[j].lower)) {
    const antecedent = tokens[j - 1]?.value === ',' ? j - 2 : j - 1;
    const m = antecedent >= from ? mentionEndingAt(tokens, antecedent, mentions) : -1;
    // A name of someone who can speak; not "a Vermont Democrat who …", an apposition the subject owns.
    const named = m >= from && mentions.some((x) => x.start === tokens[m].start && x.form === 'name' && (x.type === 'person' || x.type === 'organization'));
    // "Grijalva, the ranking member of the Committee on Natural Resources, who said": the person the apposition describes.
    const opening = named ? appositionOpening(tokens, m, from) : -1;
    const person = opening > from ? mentionEndingAt(tokens, opening - 1, mentions) : -1;
    if (person >= from && mentions.some((x) => x.start === tokens[person].start && x.type === 'person')) return { kind: 'mention', token: person };
    if (named) return { kind: 'mention', token: m };
    // "militants in Iraq, who vowed …", "the senator, who said …": the noun before, described or
    // unnamed; not the last noun of an apposition ("Stevens, a Romney strategist in his campaign, who").
    const head = m >= from && tokens[m - 1]?.pos === 'ADP' ? m - 2 : antecedent;
    if (tokens[j].lower === 'who' && head >= from && tokens[head].pos === 'NOUN' && !inApposition(tokens, head, from)) {
      const described = mentionEndingAt(tokens, head, mentions);
      if (described >= from && mentions.some((x) => x.start === tokens[described].start && x.form === 'description')) return { kind: 'mention', token: described };
      if (!mentions.some((x) => x.start <= tokens[head].start && x.end >= tokens[head].end)) return { kind: 'phrase', token: head };
    }
  }
  if (!CLOSING.test(tokens[j].value)) return headAt(tokens, j, from, mentions);
  // "Trump went after Bush, calling him …": a participle takes the subject of the clause's verb.
  if (tokens[cue].lower.endsWith('ing') && j === cue - 1 && depth < 2) {
    const verb = firstFiniteVerb(tokens, from, j);
    return verb >= from ? adjacentSubject(tokens, verb, from, mentions, depth + 1) : { kind: 'none' };
  }
  return beforeApposition(tokens, j, from, mentions);
}

/**
 * The subject before appositions between commas or dashes: "Rubio, 44, said", "Schiff, 56, who has
 * served …, told", "Trump — the front-runner — said"; or the name that is the apposition: "The
 * firm's chief executive, Daniel Frey, said".
 */
function beforeApposition(tokens: Token[], close: number, from: number, mentions: EntityMention[]): Adjacent {
  let first: Adjacent = { kind: 'none' };
  for (let n = 0; n < 3; n++) {
    let k = close - 1;
    while (k > from && close - k < 16 && !CLOSING.test(tokens[k].value) && !/^[“”"]$/.test(tokens[k].value)) k--;
    if (k <= from || !CLOSING.test(tokens[k].value)) break;
    const head = headAt(tokens, skipParenthesis(tokens, k - 1, from), from, mentions);
    const inner = mentionEndingAt(tokens, close - 1, mentions);
    // "The chief executive of the firm, Daniel Frey, said", "A spokesman for Ukraine's Security
    // Council, Andriy Lysenko, said": a person named in apposition after a description in lower
    // case, or after a body's name, is the one speaking.
    const headMention = head.kind === 'mention' ? mentions.find((x) => x.start === tokens[head.token].start) : undefined;
    const described = head.kind === 'mention' && (/^\p{Ll}/u.test(tokens[head.token].value) || (headMention !== undefined && headMention.type !== 'person'));
    // So is an organisation named after "the company," ("The company, Tyson Foods, said").
    const apposed = (x: EntityMention) => x.start === tokens[inner].start && x.form === 'name' && (x.type === 'person' || (x.type === 'organization' && headMention?.type === 'organization' && headMention.form === 'description'));
    if (described && inner === k + 1 && mentions.some(apposed)) return { kind: 'mention', token: inner };
    // "Rep. Rubén Hinojosa, D-Texas, chairman of …, said": the party and state label is no one; nor
    // is the place someone is from ("Mckesson, 29, of Minneapolis, Minn., said", "a manager from Pittsburg, Calif.").
    const label = head.kind === 'mention' && ((tokens[head.token - 1]?.value === '-' && /^[DRI]$/.test(tokens[head.token - 2]?.value ?? '')) || homeTown(headMention, tokens[head.token - 1]));
    if ((head.kind === 'mention' && !label) || head.kind === 'pronoun') return head;
    // "Ryan’s spokeswoman, AshLee Strong, said": the name in apposition before the owner.
    // "Castlebridge's mayor, Councillor Tom Ferriby, said": titles may stand before that name.
    const titled = inner > k && inner - k <= 4 && tokens.slice(k + 1, inner).every((t) => /^(DET|PROPN|NOUN|ADJ)$/.test(t.pos));
    // Not "the Chinese embassy in Washington, DC, said": after a place, the apposition is its state or country.
    const afterPlace = mentions.some((x) => x.type === 'place' && x.end === tokens[k - 1]?.end);
    if (titled && !afterPlace && !label && mentions.some((x) => x.start === tokens[inner].start && x.type !== 'place')) return { kind: 'mention', token: inner };
    if (head.kind === 'owner') return head;
    if (first.kind === 'none' && !label) first = head;
    close = k;
  }
  return first;
}

/** A place someone is from: "of Minneapolis", "from Pittsburg" (a town the gazetteer may not know). */
const homeTown = (m: EntityMention | undefined, before: Token | undefined): boolean =>
  (m?.type === 'place' && /^(of|from)$/.test(before?.lower ?? '')) || (m?.type === 'other' && before?.lower === 'from');

/**
 * The subject whose last word is token `j`: a name, a pronoun, or a noun phrase. A name after a
 * preposition belongs to the noun before it ("Neighbours on Quarry Lane said").
 */
function headAt(tokens: Token[], j: number, from: number, mentions: EntityMention[]): Adjacent {
  const m = mentionEndingAt(tokens, j, mentions);
  // "F.B.I. officials said", "Kremlin spokesman said": a group that speaks for the name before it.
  const named = m >= from && SPEAKS_FOR.has(tokens[j].lower) && m === j ? mentionEndingAt(tokens, j - 1, mentions) : -1;
  if (named >= from) return { kind: 'owner', token: named };
  // "Chuck Schumer's Office said": the possessed word written as a name speaks for its owner.
  const owner = m >= from && m === j && /^[’']s$/.test(tokens[m - 1]?.value ?? '') && OWN_WORDS.has(tokens[j].lower) ? mentionEndingAt(tokens, m - 2, mentions) : -1;
  if (owner >= from) return { kind: 'owner', token: owner };
  if (m >= from && m - 2 >= from) {
    const before = tokens[m - 1];
    const noun = tokens[m - 2];
    // "Zelinsky's filing with the court said": a document's words, whatever it was sent to.
    if (before.pos === 'DET' && m - 3 >= from && tokens[m - 2].pos === 'ADP' && DOCUMENT.has(tokens[m - 3].lower)) return headAt(tokens, m - 3, from, mentions);
    // "Joel Pollak of Breitbart California observed": the person, not the outlet.
    const person = before.pos === 'ADP' ? mentionEndingAt(tokens, m - 2, mentions) : -1;
    if (person >= from && mentions.some((x) => x.start === tokens[person].start && x.type === 'person')) return { kind: 'mention', token: person };
    if (before.pos === 'ADP' && before.lower !== 'by' && (noun.pos === 'NOUN' || /^\p{Ll}/u.test(noun.value) || isCommonPlural(noun)) && !SPEAKS_FOR.has(noun.lower)) return headAt(tokens, m - 2, from, mentions);
  }
  if (m >= from) return { kind: 'mention', token: m };
  if (PRONOUN.test(tokens[j].lower)) return SPEAKING_PRONOUN.test(tokens[j].lower) ? { kind: 'pronoun', token: j } : { kind: 'none' };
  if (!/^(NOUN|NUM|ADJ)$/.test(tokens[j].pos) && !isCommonPlural(tokens[j])) return { kind: 'none' };
  // A noun phrase: walk back over its modifiers to find a possessive owner.
  let k = j;
  while (k - 1 >= from && /^(NOUN|ADJ|PROPN|NUM|DET|PART)$/.test(tokens[k - 1].pos) && tokens[k - 1].lower !== 'that') k--;
  // "in a low voice said": a prepositional phrase is no subject (but "after Mueller's team
  // contended" opens a clause whose subject a possessive owns); nor is an adjective outside a noun phrase.
  const clause = SUBORDINATORS.has(tokens[k - 1]?.lower ?? '') && tokens.slice(k, j).some((t) => /^[’']s$/.test(t.value));
  if (k - 1 >= from && tokens[k - 1].pos === 'ADP' && !clause) return { kind: 'none' };
  if (tokens[j].pos === 'ADJ' && tokens[k].pos !== 'DET') return { kind: 'none' };
  // "Clinton aides say", "Kremlin spokesman Dmitry Peskov": those who speak for a named one.
  // Not "a senior U.S. official told": one unnamed, of a country.
  const modifier = mentionEndingAt(tokens, j - 1, mentions);
  if (modifier >= k && SPEAKS_FOR.has(tokens[j].lower)) {
    const unnamed = /^(a|an|one)$/.test(tokens[k].lower) && mentions.some((x) => x.start === tokens[modifier].start && x.type === 'place');
    if (!unnamed) return { kind: 'owner', token: modifier };
  }
  // "Clinton's campaign said" is Clinton speaking; "Floyd's family argues", "Trump's critics say" are not.
  if (OWN_WORDS.has(tokens[j].lower)) {
    for (let n = k; n < j; n++) {
      if (!/^[’']s$/.test(tokens[n + 1]?.value ?? '')) continue;
      const owner = mentionEndingAt(tokens, n, mentions);
      if (owner >= k) return { kind: 'owner', token: owner };
    }
  }
  return { kind: 'phrase', token: j };
}

/** The noun phrase ending at token `j` stands after a comma or dash in its clause: an apposition. */
function inApposition(tokens: Token[], j: number, from: number): boolean {
  return appositionOpening(tokens, j, from) >= 0;
}

/** The comma or dash that opens the apposition holding token `j` ("Stevens, a strategist in his campaign"), or -1. */
function appositionOpening(tokens: Token[], j: number, from: number): number {
  let k = j;
  while (k > from && (/^(NOUN|PROPN|ADJ|DET|ADP|NUM|PART|ADV|CCONJ)$/.test(tokens[k - 1].pos) || /^(his|her|its|their)$/.test(tokens[k - 1].lower))) k--;
  return k > from && /^[,—–-]$/.test(tokens[k - 1].value) ? k - 1 : -1;
}

/** Index of the first token of the mention that ends with token `j`, or -1. */
export function mentionEndingAt(tokens: Token[], j: number, mentions: EntityMention[]): number {
  if (j < 0) return -1;
  const m = mentions.find((x) => x.end === tokens[j].end);
  if (!m) return -1;
  let k = j;
  while (k > 0 && tokens[k - 1].start >= m.start) k--;
  return k;
}

/** The clause's first verb that is not a participle ("Speaking in Iowa, Trump went …" → went). */
function firstFiniteVerb(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    // "Clinton talks about …": a verb in -s that the tagger took for a noun after a name.
    // (Not "with 2016 White House ambitions, is calling": a noun before a comma.)
    const verb = t.pos === 'VERB' || (t.pos === 'NOUN' && t.lower.endsWith('s') && tokens[k - 1]?.pos === 'PROPN' && k > from && tokens[k + 1]?.type !== 'punctuation');
    if (verb && !t.lower.endsWith('ing')) return k;
  }
  return -1;
}

function skipParenthesis(tokens: Token[], j: number, from: number): number {
  if (j < from || tokens[j].value !== ')') return j;
  let k = j - 1;
  while (k > from && tokens[k].value !== '(' && j - k < 10) k--;
  return tokens[k].value === '(' ? k - 1 : j;
}
