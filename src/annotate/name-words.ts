import type { Token } from '../model/index.js';
import { loadMap, loadSet } from '../lexicon/index.js';
import { ABBREVIATIONS, MONTHS, RELATIVE_DAYS, WEEKDAYS } from '../text/calendar.js';
import { wordRank } from '../lexicon/rarity.js';

/**
 * The word lists of data/annotate that finding, typing and resolving names share, each read once,
 * and the token tests of name finding (see data/annotate/README.md).
 */
export const TITLES = loadSet('annotate/titles');
export const TITLE_WORDS = new Set([...TITLES].flatMap((t) => t.split(' ')).filter((w) => !['of', 'and', 'the', 'in'].includes(w)));
export const PORTFOLIOS = loadSet('annotate/portfolios');
export const INSTITUTIONS = loadSet('annotate/institutions');
export const ORGANISATIONS = loadSet('annotate/organisations');
/** Given names and the sex they are most used for (m, f or u). */
export const GIVEN_NAMES = loadMap('annotate/given-names');
/** Short forms of given names whose first letters differ from the full name's ("bill" → william). */
export const NICKNAMES = loadMap('annotate/nicknames');
export const GROUP_ADJECTIVES = loadSet('annotate/group-adjectives');
export const EVENT_WORDS = loadSet('annotate/event-words');
export const AFFILIATIONS = loadSet('annotate/affiliations');
/** A party word in the plural, for the party's members: "Democrats", "Tories". */
export const isPartyPlural = (lower: string): boolean => lower.endsWith('s') && AFFILIATIONS.has(lower.replace(/ies$/, 'y').replace(/s$/, ''));
export const CALENDAR = new Set([...RELATIVE_DAYS, ...WEEKDAYS, ...MONTHS, ...ABBREVIATIONS]);
export const JOINERS = new Set(['of', 'de', 'del', 'da', 'di', 'dos', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'la', 'du', 'le', 'el']);
export const capitalised = (t: Token) => /^[\p{Lu}]/u.test(t.value) || /^No\d+$/.test(t.value);

export const allCaps = (t: Token): boolean => t.value.length > 1 && t.value === t.value.toUpperCase() && /\p{Lu}/u.test(t.value);

/** True when a word of the token range passes `test`. */
export function hasWord(tokens: Token[], from: number, to: number, test: (w: string) => boolean): boolean {
  for (let k = from; k < to; k++) if (test(tokens[k].lower)) return true;
  return false;
}

/** The text of a token range as written (single spaces between tokens where the text had any). */
export function spanText(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) out += (k > from && tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].value;
  return out;
}

/**
 * A word among the 1,500 most frequent in English news (data/word-ranks.txt): an everyday word, not
 * a name ("close", "late"); names of people in the news rank soon after ("Ali" 1,991, "Ismail" 8,231).
 */
export const isEverydayWord = (w: string): boolean => (wordRank(w) ?? Infinity) <= 1_500;

/** A generation after a surname, in lower case: "jr.", "sr.", "ii", "iii", "iv". */
export const GENERATION = /^(jr|sr|ii|iii|iv)\.?$/;

/**
 * A person's surname in lower case: the last word of the name, past a generation ("Brent Bozell
 * III", "Paul Howard, Jr." → "bozell", "howard").
 */
export function surnameOf(name: string): string {
  const words = name.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return words.length > 1 && GENERATION.test(words.at(-1)!) ? words.at(-2)! : words.at(-1) ?? '';
}
