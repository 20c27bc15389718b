import type { EntityMention, Sentence, Token } from '../model/index.js';
import { splitRun } from './name-run.js';
import { allCaps, CALENDAR, capitalised, EVENT_WORDS, GENERATION, hasWord, INSTITUTIONS, isEverydayWord, isPartyPlural, JOINERS, ORGANISATIONS, PORTFOLIOS, TITLE_WORDS } from './name-words.js';
import { PLACE_WORDS, places, REGIONS } from './places.js';
import { isCommonPlural, isGivenName, isOrgWord } from './types.js';

export { spanText } from './name-words.js';

/**
 * Finds proper-name mentions in one sentence: runs of capitalised tokens, with the titles,
 * nationality and party words in front split off as roles ("US President Donald Trump" → Donald
 * Trump, president, United States; "Republican Donald Trump" → Donald Trump, republican).
 * Descriptions ("the Russian leader") are found by `findDescriptions`.
 */
export function findNames(tokens: Token[], sentence: Sentence, midCaps: Set<string>): EntityMention[] {
  const out: EntityMention[] = [];
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    if (!startsName(tokens, i, sentence, midCaps)) {
      i++;
      continue;
    }
    const j = runEnd(tokens, i, sentence);
    out.push(...splitRun(tokens, i, j, sentence).map(withoutStop));
    i = j;
  }
  return out;
}

/** A capitalised word with a full stop glued on: "Mo.", not "U.S." nor "J.". */
const ENDS_SENTENCE = /^\p{Lu}\p{Ll}+\.$/u;
/** Abbreviations that go on inside a name: "Martin Luther King Jr. Day", "St. Louis", "Acme Co. Ltd". */
const NAME_ABBREVIATIONS = new Set(['jr.', 'sr.', 'st.', 'mt.', 'ft.', 'co.', 'inc.', 'corp.', 'ltd.', 'bros.']);

/** A name's word with the sentence's stop glued on ("Mo."), not a title ("Gov.") nor "Jr.", "St.". */
const endsSentence = (word: string): boolean => ENDS_SENTENCE.test(word) && !TITLE_WORDS.has(word.toLowerCase()) && !NAME_ABBREVIATIONS.has(word.toLowerCase());

/** A person's name without the full stop of the sentence it ends ("Claudia Mo." → "Claudia Mo"). */
function withoutStop(m: EntityMention): EntityMention {
  if (m.type !== 'person' || !endsSentence(m.text.split(' ').at(-1)!)) return m;
  return { ...m, end: m.end - 1, text: m.text.slice(0, -1) };
}

/** The end of a capitalised run: "of" joins only after an organisation, place or title word. */
function runEnd(tokens: Token[], i: number, s: Sentence): number {
  const end = s.tokenEnd;
  let j = i + 1;
  while (j < end) {
    const t = tokens[j];
    const next = tokens[j + 1];
    // "AT LEAST TEN KILLED Police said": a headline in capitals ends where ordinary capitals start.
    if (capitalised(t) && !allCaps(t) && j - i >= 2 && allCaps(tokens[j - 1]) && allCaps(tokens[j - 2])) break;
    // "lawmaker Claudia Mo. Protesters marched": a name's last word with a stop ends the sentence
    // the tokenizer took for an abbreviation ("Mo." is also Missouri's); a title, "Jr.", "St." go on.
    if (j - i >= 2 && endsSentence(tokens[j - 1].value)) break;
    // "Theresa May said": "May" right after a given name (not a surname: "John Kerry Monday") is a
    // surname ("in May 2016" is the month).
    const surname = t.lower === 'may' && isGivenName(tokens[j - 1]) && !(j - 2 >= i && isGivenName(tokens[j - 2])) && !/^\d/.test(next?.value ?? '');
    if (capitalised(t) && t.type !== 'punctuation' && (!CALENDAR.has(t.lower) || surname)) j++;
    else if (t.lower === 'of' && next && j + 1 < end && capitalised(next) && JOINS_OF(tokens[j - 1].lower) && !titleAsSurname(tokens, i, j - 1)) j++;
    // "Carnegie Endowment for International Peace", "Centers for Disease Control": "for" after an organisation word.
    else if (t.lower === 'for' && next && j + 1 < end && capitalised(next) && JOINS_FOR(tokens[j - 1].lower)) j++;
    // "Nick de la Canal", "Vincent van Gogh": up to two particles before the next capitalised word.
    else if (JOINERS.has(t.lower) && t.lower !== 'of' && particlesThen(tokens, j, end)) j = particlesThen(tokens, j, end);
    // "Bashar al-Assad": a joined particle.
    else if (JOINERS.has(t.lower) && next?.value === '-' && next.start === t.end && j + 2 < end && capitalised(tokens[j + 2]) && tokens[j + 2].start === next.end) j += 2;
    else if (t.lower === 'and' && next && j + 1 < end && capitalised(next) && joinsAnd(tokens, i, j, end)) j++;
    // "Douglas Holtz-Eakin", "Ban Ki-moon": a hyphenated part of a full name; a hyphenated surname
    // that is a verb's subject ("Ocasio-Cortez said"; not "the Trump-Putin summit").
    // Not "Charlotte-based", "Kremlin-backed": a compound adjective made of a name.
    else if (t.value === '-' && t.start === tokens[j - 1].end && next && next.start === t.end && j + 1 < end && /^\p{L}/u.test(next.value) && !COMPOUND_TAIL.test(next.lower) && (j - i >= 2 || isGivenName(tokens[i]) || /^(VERB|AUX)$/.test(tokens[j + 2]?.pos ?? ''))) j += 2;
    // "the General Workers' Union": a plural possessive inside a name.
    // Not a person's ("Gross' Maryland lawyer"): an organisation word must follow.
    else if (/^[’']$/.test(t.value) && tokens[j - 1].lower.endsWith('s') && t.start === tokens[j - 1].end && next && j + 1 < end && capitalised(next) && orgAhead(tokens, j + 1, end)) j++;
    // "the U.S. Attorney’s Office", "the County Sheriff’s Department": an office named after its holder's title.
    else if (/^[’']s$/.test(t.value) && t.start === tokens[j - 1].end && TITLE_WORDS.has(tokens[j - 1].lower) && next && j + 1 < end && capitalised(next) && orgAhead(tokens, j + 1, end)) j++;
    // "Paul Howard, Jr. said": a generational suffix set off by a comma goes on the name.
    else if (t.value === ',' && next && j + 1 < end && capitalised(next) && GENERATION.test(next.lower) && j - i >= 1 && !GENERATION.test(tokens[j - 1].lower)) j += 2;
    // "the Fulton County Medical Examiner’s Office": an office named after an office-holder, not a person's office.
    else if (/^[’']s$/.test(t.value) && t.start === tokens[j - 1].end && next && j + 1 < end && capitalised(next) && OFFICE.test(next.lower) && j - i >= 2 && splitRun(tokens, i, j, s).at(-1)?.type !== 'person') j++;
    // "St Anne’s Primary School": a saint's name inside an institution's name.
    else if (/^[’']s$/.test(t.value) && SAINT.test(tokens[i].lower) && j - i === 2 && next && capitalised(next) && orgAhead(tokens, j + 1, end)) j++;
    else break;
  }
  return j;
}

/** Where the capitalised word after one or two name particles from `j` is ("de la Canal"), or 0. */
function particlesThen(tokens: Token[], j: number, end: number): number {
  let m = j + 1;
  if (m < end && JOINERS.has(tokens[m].lower) && tokens[m].lower !== 'of') m++;
  return m < end && capitalised(tokens[m]) ? m : 0;
}

const ORG_OR_PORTFOLIO = (w: string) => isOrgWord(w) || PORTFOLIOS.has(w);
/** Nouns for groups of people that open sentences ("Officials said", "Rescuers pulled …"). */
const GROUP_WORDS = new Set(['police', 'everyone', 'everything', 'nobody', 'nothing', 'someone', 'something', 'anyone', 'anything']);
const SAINT = /^(st\.?|saint)$/;
/** Bodies named after whoever holds them: "Medical Examiner’s Office". */
const OFFICE = /^(office|department|bureau)$/;
/** A pronoun or verb with its contraction, which the tagger may keep as one word when the apostrophe is curly: "I’m", "We’ve", "Don’t". */
const CONTRACTION = /^\p{L}+[’'](?:m|re|ve|ll|d)$|n[’']t$/u;
/** Second halves of compound adjectives made of a name: "Charlotte-based", "Kremlin-backed", "Obama-era". */
const COMPOUND_TAIL = /^(based|born|led|backed|owned|run|made|funded|style|era|type|linked|allied|aligned|controlled|sponsored|affiliated|bred|raised|trained|educated|area|focused|oriented|friendly|inspired|related)$/;
/** Words that "of" follows inside a name besides organisation, place, title and event words ("Republic of Korea"). */
const OF_HEADS = new Set(['republic', 'kingdom', 'isle', 'state', 'states', 'bay', 'gulf', 'house', 'duke', 'duchess', 'prince', 'princess', 'museum', 'statue']);
const JOINS_FOR = (w: string) => isOrgWord(w) || /^(cent(er|re)s?|society|project|partnership|campaign)$/.test(w);
const JOINS_OF = (w: string) => isOrgWord(w) || PORTFOLIOS.has(w) || PLACE_WORDS.has(w) || TITLE_WORDS.has(w) || EVENT_WORDS.has(w) || INSTITUTIONS.has(w) || OF_HEADS.has(w);

/**
 * A title word right after a given name is a surname, and "of" after it gives where the person is
 * from: "Rep. Peter King of New York", "Sen. Angus King of Maine" (not "King of Jordan").
 */
function titleAsSurname(tokens: Token[], i: number, k: number): boolean {
  return k - 1 >= i && TITLE_WORDS.has(tokens[k].lower) && isGivenName(tokens[k - 1]);
}

/**
 * "Ministry of Foreign Affairs and Trade", "Associated Drivers and Train Union", "House Ways and Means
 * Committee": one name; "Halden Lake
 * Lines and Voltera Recycling": two, each with its own organisation word.
 */
function joinsAnd(tokens: Token[], i: number, j: number, end: number): boolean {
  let after = j + 1;
  while (after < end && capitalised(tokens[after])) after++;
  if (PORTFOLIOS.has(tokens[j + 1].lower) && hasWord(tokens, i, j, (w) => ORG_OR_PORTFOLIO(w) || TITLE_WORDS.has(w))) return true;
  // The part before "and" ends in no head word of its own ("House Ways and Means Committee": "House" only opens it)
  // nor in a person's name ("President Shimon Peres and Palestinian Authority President Mahmoud Abbas").
  // Nor an acronym, a name of its own ("between PREPA and Whitefish Energy").
  if (j - i === 1 && /^\p{Lu}{2,}$/u.test(tokens[i].value)) return false;
  return !personBefore(tokens, i, j) && !ORG_OR_PORTFOLIO(tokens[j - 1].lower) && hasWord(tokens, j + 1, after, (w) => isOrgWord(w));
}

/** The words before "and" (token j) end a person's name: "President Obama and …", "President Shimon Peres and …", "Ann Vale and …". */
function personBefore(tokens: Token[], i: number, j: number): boolean {
  const last = tokens[j - 1].lower;
  if (isOrgWord(last) || TITLE_WORDS.has(last)) return false;
  const one = tokens[j - 2];
  if (j - 2 >= i && (isGivenName(one) || TITLE_WORDS.has(one.lower))) return true;
  return j - 3 >= i && TITLE_WORDS.has(tokens[j - 3].lower) && !isOrgWord(one.lower);
}

function orgAhead(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && capitalised(tokens[k]); k++) if (isOrgWord(tokens[k].lower)) return true;
  return false;
}

function startsName(tokens: Token[], i: number, s: Sentence, midCaps: Set<string>): boolean {
  const t = tokens[i];
  if (!capitalised(t) || t.type === 'punctuation' || t.type === 'number' || CALENDAR.has(t.lower) || t.value.length < 2 || CONTRACTION.test(t.value)) return false;
  // "R-S.C.", "D-N.J.": the last letter of a state's abbreviation, glued to the letters before it.
  const before = tokens[i - 1];
  if (/^\p{Lu}\.$/u.test(t.value) && before?.value === '.' && before.end === t.start && tokens[i - 2]?.end === before.start) return false;
  if (i > s.tokenStart && !/^[“"‘'(:]$/.test(tokens[i - 1].value) && !afterDateline(tokens, i)) return true;
  // "Late Friday, …", "Early Monday the storm …": an everyday word, capitalised only to open the
  // sentence, before a day or month opens no name.
  const after = tokens[i + 1];
  if (after && CALENDAR.has(after.lower) && capitalised(after) && !midCaps.has(t.value) && isEverydayWord(t.lower) && !isGivenName(t) && !places().has(t.lower)) return false;
  // A capital at the start of a sentence or quote is a name only when the word is capitalised
  // elsewhere too, or is a known place or institution, or opens a longer capitalised run.
  // "US President Donald Trump …": "US" is no pronoun.
  if (t.stop && !(allCaps(t) && places().has(t.lower))) return false;
  const next = tokens[i + 1];
  if (midCaps.has(t.value) || places().has(t.lower) || INSTITUTIONS.has(t.lower) || ORGANISATIONS.has(t.lower) || REGIONS.has(t.lower)) return true;
  // "Ted Cruz spoke": a given name before a proper noun, whatever the tagger made of it ("Ted" as a verb).
  if (isGivenName(t) && t.pos !== 'AUX' && next && ((capitalised(next) && next.pos === 'PROPN') || (JOINERS.has(next.lower) && particlesThen(tokens, i + 1, s.tokenEnd)))) return true;
  // "Democrats said …", "Tories voted …": a party's members, a group that speaks.
  if (isPartyPlural(t.lower)) return true;
  // "Cruz continued:", "Trump has said": a proper noun that is the subject of a verb, not a plural
  // noun ("Officials said").
  if (t.pos !== 'PROPN' || next === undefined || isCommonPlural(t) || GROUP_WORDS.has(t.lower)) return false;
  const verb = next.pos === 'ADV' ? tokens[i + 2] : next;
  return (capitalised(next) && next.type !== 'punctuation') || verb?.pos === 'VERB' || verb?.pos === 'AUX';
}

/** Words written with a capital somewhere other than at the start of a sentence. */
export function midSentenceCapitals(tokens: Token[], sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences)
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++)
      if (capitalised(tokens[i]) && !/^[“"‘'(:]$/.test(tokens[i - 1].value) && tokens[i - 1].value !== '.' && !afterDateline(tokens, i)) out.add(tokens[i].value);
  return out;
}

/** Token `i` opens the text after a dateline ("WASHINGTON (AP) — Working to …"), as a sentence's first word does. */
const afterDateline = (tokens: Token[], i: number): boolean =>
  /^(—|–|--)$/.test(tokens[i - 1]?.value ?? '') && (tokens[i - 2]?.value === ')' || /^\p{Lu}{2,}$/u.test(tokens[i - 2]?.value ?? ''));
