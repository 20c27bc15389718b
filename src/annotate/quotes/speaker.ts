import type { EntityMention, Quote, Sentence, Span, Token } from '../../model/index.js';
import { AFFILIATIONS, GIVEN_NAMES, surnameOf } from '../name-words.js';
import { places } from '../places.js';
import { speechVerbAfter, type Attribution } from './cues.js';
import { SPEAKS_FOR } from './subject.js';

/** What finding a speaker reads of the article: its tokens, mentions, sentences, the quotes found so far and the direct quotations' spans. */
export interface SpeakerContext {
  tokens: Token[];
  mentions: EntityMention[];
  sentences: Sentence[];
  quotes: Quote[];
  /** The words between quotation marks, paragraph by paragraph (`quoteSpans`). */
  direct: Span[];
}

/**
 * The span of the entity mention that names a quote's speaker: the subject itself when it is a
 * name or description; for "he"/"she" the person it most likely refers to (see `personFor`), for
 * "it" the last organisation, for "X issued a statement saying" X, for "the statement" or "a
 * spokesman" the speaker of the quote before; null for others unnamed ("analysts said").
 */
export function speakerSpan(a: Attribution, s: Sentence, ctx: SpeakerContext): Span | null {
  const { tokens, mentions, quotes } = ctx;
  if (a.subject < 0) return null;
  const t = tokens[a.subject];
  const m = mentions.find((x) => x.start === t.start);
  if (m) return { start: m.start, end: m.end };
  const before = mentions.filter((x) => x.end <= t.start).sort((x, y) => y.start - x.start);
  if (t.lower === 'he' || t.lower === 'she') return pick(personFor(t.lower === 'he' ? 'm' : 'f', before, s, ctx));
  if (t.lower === 'it') {
    const previous = [...quotes].reverse().find((q) => q.speakerSpan && q.start < t.start);
    const org = before.find((x) => x.type === 'organization');
    if (previous && org && previous.speakerSpan!.start >= org.start) return previous.speakerSpan;
    return pick(org);
  }
  if (t.lower === 'they') return null;
  // "Teneo issued a statement saying …", "he released a statement saying …": who issued it speaks.
  const issuer = issuerOf(tokens, a.subject, s);
  if (issuer >= 0) return speakerSpan({ ...a, subject: issuer }, s, ctx);
  // An anaphor: "the statement", "the ministry", "a spokesman" speak for the one quoted before;
  // "economists estimated", "analysts said" are others, unnamed.
  if (!definite(tokens, a.subject, s) && !SPEAKS_FOR.has(t.lower)) return null;
  // "A senior GOP aide said", "a Russian official said": one who speaks for a party or nation the
  // modifier names, not for whoever was quoted before.
  if (sidedModifier(tokens, a.subject, s)) return null;
  // The one who spoke last, named or not: "A senior official said … A second official said" is no
  // one named before them.
  const previous = [...quotes].reverse().find((q) => (q.speakerSpan || q.cue) && q.sentence <= s.index);
  return previous?.speakerSpan ?? null;
}

const DOCUMENT = new Set(['statement', 'report', 'memo', 'letter', 'release', 'post', 'tweet', 'video', 'message', 'note']);
const ISSUE = new Set(['issue', 'release', 'publish', 'send', 'post', 'put', 'write', 'sign']);

/**
 * The token that names who issued the document that is token `j`'s subject ("Teneo issued a
 * statement saying", "Pence himself released an extraordinary statement saying"), or -1.
 */
function issuerOf(tokens: Token[], j: number, s: Sentence): number {
  if (!DOCUMENT.has(tokens[j].lemma)) return -1;
  let k = j - 1;
  while (k >= s.tokenStart && /^(ADJ|DET)$/.test(tokens[k].pos)) k--;
  if (k < s.tokenStart || !ISSUE.has(tokens[k].lemma)) return -1;
  k--;
  while (k >= s.tokenStart && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || /^(himself|herself|itself|themselves)$/.test(tokens[k].lower))) k--;
  if (k < s.tokenStart || !/^(PROPN|PRON|NOUN)$/.test(tokens[k].pos)) return -1;
  // The first word of a name ending here: its mention starts there.
  while (k - 1 >= s.tokenStart && tokens[k - 1].pos === 'PROPN' && tokens[k].pos === 'PROPN') k--;
  return k;
}

/** A party word, a nationality or a country among the modifiers of the noun at token `j` ("a senior GOP aide", "a U.S. official"). */
function sidedModifier(tokens: Token[], j: number, s: Sentence): boolean {
  for (let k = j - 1; k >= s.tokenStart && /^(NOUN|ADJ|PROPN)$/.test(tokens[k].pos); k--) {
    if (AFFILIATIONS.has(tokens[k].lower) || places().has(tokens[k].lower)) return true;
  }
  return false;
}

/** The noun phrase ending at token `j` opens with "the", "this", "its" and the like. */
function definite(tokens: Token[], j: number, s: Sentence): boolean {
  let k = j;
  while (k - 1 >= s.tokenStart && /^(NOUN|ADJ|PROPN)$/.test(tokens[k - 1].pos)) k--;
  return k - 1 >= s.tokenStart && /^(the|this|that|these|those|its|his|her|their)$/.test(tokens[k - 1].lower);
}

/**
 * The person "he" or "she" refers to: the speaker of a quote in this sentence or the one before
 * when it is a person of that sex; else the one who speaks in this sentence ("Rubio said … Trump,
 * whom he called …"); else the first person of the nearest sentence before that names one whose
 * given name does not say otherwise. A surname alone ("Clinton") takes the sex of the full name
 * written earlier in the article.
 */
function personFor(sex: 'm' | 'f', before: EntityMention[], s: Sentence, ctx: SpeakerContext): EntityMention | undefined {
  const { tokens, quotes } = ctx;
  const sexOf = sexes(ctx.mentions);
  const heard = heardAs(s, ctx);
  const sexKnown = (x: EntityMention) => {
    const surname = surnameOf(x.text);
    // The given name alone of a person named in full ("Alice says" after "Alice Fordham").
    const alone = x.type === 'other' && !/\s/.test(x.text.trim());
    const given = sexOf.get(surname) ?? sexOf.get(x.text.toLowerCase()) ?? (alone ? sexOf.get(`${x.text.toLowerCase()} …`) : undefined);
    return given === undefined || given === 'u' ? heard.get(surname) ?? given : given;
  };
  const fits = (x: EntityMention) => {
    const known = sexKnown(x);
    return (x.type === 'person' || sexOf.has(surnameOf(x.text)) || known === sex) && (known === undefined || known === 'u' || known === sex);
  };
  // The speaker of a quote in this sentence or the one before goes on speaking, wherever that quote
  // found its name: "…, he said the administration would … Later, he said Huawei was …"; else the
  // speaker of another quote there known to be a woman (or a man): "Al-Maliki said …, which, Alice
  // says, “…” … she says".
  const recent = [...quotes].reverse().filter((q) => q.speakerSpan && q.sentence >= s.index - 1 && q.sentence <= s.index);
  const speakers = recent.map((q) => before.find((x) => x.start === q.speakerSpan!.start)).filter((x) => x !== undefined);
  if (speakers[0] && fits(speakers[0])) return speakers[0];
  const known = speakers.find((x) => sexKnown(x) === sex && fits(x));
  if (known) return known;
  // "Rubio said that … Trump, whom he called …": the one who speaks in this sentence.
  // A name inside a quotation is the speaker's subject, not the speaker: "… desperately needed Wall,” he wrote".
  const outside = (x: EntityMention) => !ctx.direct.some((q) => x.start >= q.start && x.end <= q.end);
  const talking = before.find((x) => x.sentence === s.index && fits(x) && outside(x) && speaksNext(tokens, s, x));
  if (talking) return talking;
  // Else the first fitting person of the nearest sentence that names one: its subject, more likely
  // than a name used as a modifier after it ("Buttigieg cast his criticism of the Trump
  // administration's policy … "…," he said").
  const nearest = before.find((x) => fits(x) && outside(x));
  return nearest && before.filter((x) => x.sentence === nearest.sentence && fits(x) && outside(x)).at(-1);
}

const PRONOUNS_OF = { m: /^(he|him|his|himself)$/, f: /^(she|her|hers|herself)$/ };

/**
 * The sex the article's pronouns gave the speakers of its quotes before sentence `s`, by surname:
 * a quote whose speaker is named in an earlier sentence and whose own sentence says only "he" (or
 * only "she") outside the quotation was found through that pronoun ("He stated, “I thought I was
 * gonna die …”" makes its speaker a man, whom a later "she" is not).
 */
function heardAs(s: Sentence, { tokens, sentences, quotes }: SpeakerContext): Map<string, 'm' | 'f'> {
  const out = new Map<string, 'm' | 'f'>();
  const bySentence = new Map<number, Quote[]>();
  for (const q of quotes) bySentence.set(q.sentence, [...(bySentence.get(q.sentence) ?? []), q]);
  for (const q of quotes) {
    const at = sentences[q.sentence]?.index === q.sentence ? sentences[q.sentence] : sentences.find((x) => x.index === q.sentence);
    if (!at || !q.speaker || !q.speakerSpan || q.sentence >= s.index || q.speakerSpan.start >= at.start) continue;
    const inSentence = bySentence.get(q.sentence)!;
    const outside = tokens.slice(at.tokenStart, at.tokenEnd).filter((t) => !inSentence.some((x) => t.start >= x.start && t.end <= x.end));
    const [m, f] = [outside.some((t) => PRONOUNS_OF.m.test(t.lower)), outside.some((t) => PRONOUNS_OF.f.test(t.lower))];
    if (m !== f) out.set(surnameOf(q.speaker), m ? 'm' : 'f');
  }
  return out;
}

/** The mention is followed by a speech verb: "Rubio said", "Clinton has argued". */
function speaksNext(tokens: Token[], s: Sentence, m: EntityMention): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd - 1; k++) {
    if (tokens[k].end !== m.end) continue;
    return speechVerbAfter(tokens, k);
  }
  return false;
}

/**
 * The sex of each surname and full name of a person in the article, from the given name ('u' when it
 * tells none), and of each given name, as "alice …".
 */
function sexes(mentions: EntityMention[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.form !== 'name') continue;
    const words = m.text.toLowerCase().split(/\s+/);
    // A person whose given name tells no sex ("Amber" is also a word) is a person all the same.
    const sex = GIVEN_NAMES.get(words[0]) ?? 'u';
    if (words.length < 2) continue;
    const surname = surnameOf(m.text);
    out.set(surname, out.has(surname) && out.get(surname) !== sex ? 'u' : sex);
    out.set(words.join(' '), sex);
    if (sex !== 'u') out.set(`${words[0]} …`, out.has(`${words[0]} …`) && out.get(`${words[0]} …`) !== sex ? 'u' : sex);
  }
  return out;
}

const pick = (m: EntityMention | undefined): Span | null => (m ? { start: m.start, end: m.end } : null);
