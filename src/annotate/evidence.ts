import type { EntityMention, Sentence, Token } from '../model/index.js';
import { GIVEN_NAMES } from './name-words.js';
import { places } from './places.js';
import { speechVerbAfter } from './quotes/cues.js';
import { isCompanyWord } from './types.js';

const PERSON_PRONOUN = /^(he|she|his|her|him)$/;
const THING_PRONOUN = /^(it|its)$/;
/** Places that are also run by someone who speaks for them ("the airport said it…"). */
const FACILITY = /\s(Airport|Port|Station|Harbou?r)$/;
const COMPANY = /^(company|firm|operator|business|carrier|group)$/;
const QUOTE_MARK = /^["“”]$/;

/**
 * Retypes names that their words left ambiguous by what the text says next: "Kestrel Valley Lines
 * said it would…" and "… Kestrel Valley Lines. The company said …" make an organisation; "he" or
 * "her" make a person. Only names typed person by default (no given name, no title) are
 * reconsidered, and names of no known kind that speak ("Obama said … He said"), and places named
 * with a given name that speak ("John Park … Park said"). Mutates and returns the mentions.
 */
export function retypeByReference(tokens: Token[], sentences: Sentence[], mentions: EntityMention[], index: Map<number, number>): EntityMention[] {
  const votes = new Map<string, number>();
  const names = mentions.filter((m) => m.form === 'name');
  const byStart = new Map(names.filter((x) => x.type === 'person' || x.type === 'organization').map((x) => [x.start, x]));
  const lasts = new Map(names.map((m) => [m, lastToken(tokens, m, index)]));
  const speaking = new Set<string>();
  for (const [m, last] of lasts) if (last >= 0 && speechVerbAfter(tokens, last) && !/^(they|we|it|he|she|you|i)$/i.test(m.text)) speaking.add(m.text);
  for (const m of names) {
    if (m.type !== 'person' && m.type !== 'organization' && !FACILITY.test(m.text) && !(m.type === 'other' && speaking.has(m.text))) continue;
    const last = lasts.get(m)!;
    if (last < 0) continue;
    const s = sentences[m.sentence];
    const end = sentences[m.sentence + 1]?.block === s.block ? sentences[m.sentence + 1].tokenEnd : s.tokenEnd;
    // The first pronoun or company anaphor after the name, before any other name of a person or
    // organisation; not one inside a quotation ("Ann Vale, a resident, … "We owe it to ourselves"").
    let quoted = false;
    for (let k = last + 1; k < end; k++) {
      const t = tokens[k];
      const other = byStart.get(t.start);
      if (other && other !== m && other.text !== m.text) break;
      if (QUOTE_MARK.test(t.value)) quoted = t.value === '“' ? true : t.value === '”' ? false : !quoted;
      if (quoted) continue;
      const vote = PERSON_PRONOUN.test(t.lower) ? 1 : THING_PRONOUN.test(t.lower) || (COMPANY.test(t.lower) && tokens[k - 1]?.lower === 'the') ? -1 : 0;
      if (!vote) continue;
      votes.set(m.text, (votes.get(m.text) ?? 0) + vote);
      break;
    }
  }
  // "John Park … Park said": a given name before a place word, and it speaks: a person, not a park.
  // (Its last word alone speaks for it only when no other such name ends in that word.)
  const named = new Map<string, Set<string>>();
  for (const m of names) {
    const words = m.text.split(/\s+/);
    if (m.type !== 'place' || words.length < 2 || !GIVEN_NAMES.has(words[0].toLowerCase()) || places().has(m.text.toLowerCase())) continue;
    named.set(words.at(-1)!, (named.get(words.at(-1)!) ?? new Set()).add(m.text));
  }
  const people = new Set<string>();
  for (const [last, full] of named) {
    for (const f of full) if (speaking.has(f) || (full.size === 1 && speaking.has(last))) people.add(f).add(last);
  }
  for (const m of names) if (m.type === 'place' && people.has(m.text)) m.type = 'person';
  for (const m of names) {
    const vote = votes.get(m.text) ?? 0;
    if (vote < 0 && ((m.type === 'person' && ambiguous(m)) || (m.type === 'place' && FACILITY.test(m.text)))) m.type = 'organization';
    // "Obama said …. He said …": a name of no known kind that speaks and is "he" or "she" is a person.
    if (vote > 0 && m.type === 'other' && speaking.has(m.text) && !places().has(m.text.toLowerCase().replace(/s$/, ''))) m.type = 'person';
  }
  return mentions;
}

/** A name typed person only because it has two to four capitalised words. */
function ambiguous(m: EntityMention): boolean {
  const words = m.text.split(/\s+/);
  return words.length >= 2 && !GIVEN_NAMES.has(words[0].toLowerCase()) && m.roles.length === 0 && !m.nationality;
}

function lastToken(tokens: Token[], m: EntityMention, index: Map<number, number>): number {
  let k = index.get(m.start);
  if (k === undefined) return -1;
  while (k + 1 < tokens.length && tokens[k + 1].end <= m.end) k++;
  return k;
}

/** Prepositions before a place's name: "in Washington" stays the city whoever was named before. */
const LOCATIVE = /^(in|to|from|at|near|into|across|outside|inside|around|toward|towards|through)$/;

/**
 * A one-word name that is the surname of a person named in full earlier in the article is that
 * person, though it also names a place ("Valerie Castile … Castile said", "Michael Jordan … Jordan
 * scored"), unless a preposition of place stands before it, and so is such a surname that is no
 * name ("French wrote" after "David French") in one of `sentences` (the body's: headlines are left
 * alone); a one-word name of no known kind is a person when a heading names someone of that surname
 * (`headed`). Mutates and returns the mentions.
 */
export function surnamesAsPeople(tokens: Token[], sentences: Sentence[], mentions: EntityMention[], index: Map<number, number>, headed: Set<string> = new Set()): EntityMention[] {
  // "Defense Secretary nominee James Mattis" as a section's heading, then "Mattis said …": a person.
  for (const m of mentions) if (m.form === 'name' && m.type === 'other' && headed.has(m.text.toLowerCase())) m.type = 'person';
  const surnames = new Map<string, number>();
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (m.form === 'name' && m.type === 'person' && words.length > 1) {
      const last = words.at(-1)!.toLowerCase();
      if (!surnames.has(last)) surnames.set(last, m.start);
    }
  }
  for (const m of mentions) {
    // A place's name, or a company's head word that is a surname too ("Samantha Power … Power said").
    const maybe = m.type === 'place' || (m.type === 'organization' && isCompanyWord(m.text.toLowerCase()));
    if (m.form !== 'name' || !maybe || /\s/.test(m.text)) continue;
    const named = surnames.get(m.text.toLowerCase());
    const k = index.get(m.start) ?? -1;
    if (named !== undefined && named < m.start && !LOCATIVE.test(tokens[k - 1]?.lower ?? '')) m.type = 'person';
  }
  // "David French … “…,” French wrote": a surname that is also a nationality, and so no name, is
  // that person when it speaks.
  const covered = (t: Token) => mentions.some((m) => t.start >= m.start && t.end <= m.end);
  let added = false;
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    const named = surnames.get(t.lower);
    if (named === undefined || named >= t.start || !/^\p{Lu}/u.test(t.value) || /^\p{Lu}/u.test(tokens[k - 1].value) || tokens[k - 1].pos === 'DET' || covered(t)) continue;
    const sentence = sentences.find((x) => k >= x.tokenStart && k < x.tokenEnd);
    if (!sentence || !speechVerbAfter(tokens, k)) continue;
    mentions.push({ start: t.start, end: t.end, text: t.value, type: 'person', sentence: sentence.index, entity: '', form: 'name', roles: [], nationality: null });
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

/** Words for kin: the name they stand before, or set off by a comma after them, is a person's. */
const KIN = /^(wife|husband|son|daughter|mother|father|brother|sister|widow|widower|grandson|granddaughter|grandmother|grandfather|niece|nephew|cousin|aunt|uncle|fianc[ée]e?|girlfriend|boyfriend|stepson|stepdaughter|stepfather|stepmother)$/;

/**
 * A name of no known kind right after a word for kin is a person: "Stone’s wife, Nydia, told …",
 * "her son Jacob". Mutates and returns the mentions.
 */
export function kinAsPeople(tokens: Token[], mentions: EntityMention[], index: Map<number, number>): EntityMention[] {
  const kin = new Set<string>();
  for (const m of mentions) {
    const k = index.get(m.start) ?? -1;
    const before = tokens[k - 1]?.value === ',' ? tokens[k - 2] : tokens[k - 1];
    if (m.form === 'name' && m.type === 'other' && KIN.test(before?.lower ?? '')) kin.add(m.text);
  }
  for (const m of mentions) if (m.form === 'name' && m.type === 'other' && kin.has(m.text)) m.type = 'person';
  return mentions;
}
