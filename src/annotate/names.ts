import type { EntityMention, EntityType, Sentence, Token } from '../model/index.js';
import { loadSet } from '../lexicon/index.js';
import { places, REGIONS } from './places.js';
import { isCommonPlural, isGivenName, isOrgWord, typeOf } from './types.js';

const TITLES = loadSet('annotate/titles');
const TITLE_WORDS = new Set([...TITLES].flatMap((t) => t.split(' ')).filter((w) => !['of', 'and', 'the', 'in'].includes(w)));
const PORTFOLIOS = loadSet('annotate/portfolios');
const INSTITUTIONS = loadSet('annotate/institutions');
const GROUP_ADJECTIVES = loadSet('annotate/group-adjectives');
const PLACE_WORDS = loadSet('annotate/place-words');
const EVENT_WORDS = loadSet('annotate/event-words');
const AFFILIATIONS = loadSet('annotate/affiliations');
const CALENDAR = new Set(
  'yesterday today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);
const JOINERS = new Set(['of', 'de', 'van', 'von', 'der', 'al', 'bin', 'la', 'du', 'le', 'el']);
const capitalised = (t: Token) => /^[\p{Lu}]/u.test(t.value) || /^No\d+$/.test(t.value);

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
    const j = runEnd(tokens, i, sentence.tokenEnd);
    out.push(...splitRun(tokens, i, j, sentence));
    i = j;
  }
  return out;
}

/** The end of a capitalised run: "of" joins only after an organisation, place or title word. */
function runEnd(tokens: Token[], i: number, end: number): number {
  let j = i + 1;
  while (j < end) {
    const t = tokens[j];
    const next = tokens[j + 1];
    // "AT LEAST TEN KILLED Police said": a headline in capitals ends where ordinary capitals start.
    if (capitalised(t) && !allCaps(t) && j - i >= 2 && allCaps(tokens[j - 1]) && allCaps(tokens[j - 2])) break;
    if (capitalised(t) && t.type !== 'punctuation' && !CALENDAR.has(t.lower)) j++;
    else if (t.lower === 'of' && next && j + 1 < end && capitalised(next) && JOINS_OF(tokens[j - 1].lower)) j++;
    // "Carnegie Endowment for International Peace", "Centers for Disease Control": "for" after an organisation word.
    else if (t.lower === 'for' && next && j + 1 < end && capitalised(next) && JOINS_FOR(tokens[j - 1].lower)) j++;
    else if (JOINERS.has(t.lower) && t.lower !== 'of' && next && j + 1 < end && capitalised(next)) j++;
    // "Bashar al-Assad": a joined particle.
    else if (JOINERS.has(t.lower) && next?.value === '-' && next.start === t.end && j + 2 < end && capitalised(tokens[j + 2]) && tokens[j + 2].start === next.end) j += 2;
    else if (t.lower === 'and' && next && j + 1 < end && capitalised(next) && joinsAnd(tokens, i, j, end)) j++;
    // "Douglas Holtz-Eakin", "Ban Ki-moon": a hyphenated part of a full name.
    else if (t.value === '-' && t.start === tokens[j - 1].end && next && next.start === t.end && j + 1 < end && /^\p{L}/u.test(next.value) && (j - i >= 2 || isGivenName(tokens[i]))) j += 2;
    // "the General Workers' Union": a plural possessive inside a name.
    else if (/^[’']$/.test(t.value) && tokens[j - 1].lower.endsWith('s') && t.start === tokens[j - 1].end && next && j + 1 < end && capitalised(next)) j++;
    // "St Anne’s Primary School": a saint's name inside an institution's name.
    else if (/^[’']s$/.test(t.value) && SAINT.test(tokens[i].lower) && j - i === 2 && next && capitalised(next) && orgAhead(tokens, j + 1, end)) j++;
    else break;
  }
  return j;
}

const ORG_OR_PORTFOLIO = (w: string) => isOrgWord(w) || PORTFOLIOS.has(w);
/** Nouns for groups of people that open sentences ("Officials said", "Rescuers pulled …"). */
const GROUP_WORDS = new Set(['police', 'everyone', 'everything', 'nobody', 'nothing', 'someone', 'something', 'anyone', 'anything']);
const SAINT = /^(st\.?|saint)$/;
/** Words that "of" follows inside a name besides organisation, place, title and event words ("Republic of Korea"). */
const OF_HEADS = new Set(['republic', 'kingdom', 'isle', 'state', 'states', 'bay', 'gulf', 'house', 'duke', 'duchess', 'prince', 'princess', 'museum', 'statue']);
const JOINS_FOR = (w: string) => isOrgWord(w) || /^(cent(er|re)s?|society|project|partnership|campaign)$/.test(w);
const JOINS_OF = (w: string) => isOrgWord(w) || PORTFOLIOS.has(w) || PLACE_WORDS.has(w) || TITLE_WORDS.has(w) || EVENT_WORDS.has(w) || INSTITUTIONS.has(w) || OF_HEADS.has(w);

/**
 * "Ministry of Foreign Affairs and Trade", "Associated Drivers and Train Union": one name; "Halden Lake
 * Lines and Voltera Recycling": two, each with its own organisation word.
 */
function joinsAnd(tokens: Token[], i: number, j: number, end: number): boolean {
  let after = j + 1;
  while (after < end && capitalised(tokens[after])) after++;
  if (PORTFOLIOS.has(tokens[j + 1].lower) && hasWord(tokens, i, j, (w) => ORG_OR_PORTFOLIO(w) || TITLE_WORDS.has(w))) return true;
  return !hasWord(tokens, i, j, ORG_OR_PORTFOLIO) && hasWord(tokens, j + 1, after, (w) => isOrgWord(w));
}

function hasWord(tokens: Token[], from: number, to: number, test: (w: string) => boolean): boolean {
  for (let k = from; k < to; k++) if (test(tokens[k].lower)) return true;
  return false;
}

function orgAhead(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && capitalised(tokens[k]); k++) if (isOrgWord(tokens[k].lower)) return true;
  return false;
}

function startsName(tokens: Token[], i: number, s: Sentence, midCaps: Set<string>): boolean {
  const t = tokens[i];
  if (!capitalised(t) || t.type === 'punctuation' || t.type === 'number' || CALENDAR.has(t.lower) || t.value.length < 2) return false;
  if (i > s.tokenStart && !/^[“"‘'(]$/.test(tokens[i - 1].value)) return true;
  // A capital at the start of a sentence or quote is a name only when the word is capitalised
  // elsewhere too, or is a known place or institution, or opens a longer capitalised run.
  if (t.stop) return false;
  const next = tokens[i + 1];
  if (midCaps.has(t.value) || places().has(t.lower) || INSTITUTIONS.has(t.lower) || REGIONS.has(t.lower)) return true;
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
      if (capitalised(tokens[i]) && !/^[“"‘'(:]$/.test(tokens[i - 1].value) && tokens[i - 1].value !== '.') out.add(tokens[i].value);
  return out;
}

/** Splits a capitalised run into nationality / party / title prefix and the name itself. */
function splitRun(tokens: Token[], from: number, to: number, s: Sentence): EntityMention[] {
  const roles: string[] = [];
  let nationality: string | null = null;
  let k = from;
  // Leading nationality, region, party and title words: "US President", "Texas Sen.", "Republican".
  const title: string[] = [];
  // Party words and opening adjectives: roles of a person, but part of any other name
  // ("Democratic National Convention").
  const soft: number[] = [];
  while (k < to - 1) {
    const lower = tokens[k].lower;
    const place = places().get(lower);
    const region = regionAt(tokens, k, to);
    if (place && (place.as === 'demonym' || tokens[k].value.length <= 3) && !nationality && title.length === 0) {
      nationality = place.country;
    } else if (region && title.length === 0 && TITLE_WORDS.has(tokens[k + region]?.lower ?? '')) {
      title.push(...tokens.slice(k, k + region).map((t) => t.lower));
      k += region - 1;
    } else if (region && title.length === 0 && AFFILIATIONS.has(tokens[k + region]?.lower ?? '')) {
      // "Texas Republican Ted Cruz": a state and a party describe the person.
      for (let j = k; j < k + region; j++) soft.push(j);
      k += region - 1;
    } else if (AFFILIATIONS.has(lower) && title.length === 0) {
      soft.push(k);
    } else if (TITLE_WORDS.has(lower) || (title.length > 0 && (PORTFOLIOS.has(lower) || JOINERS.has(lower) || lower === 'and'))) {
      title.push(lower);
    } else break;
    k++;
  }
  // "Deputy Chief Fire Officer Alan Reyes", "Local MP Graham Oduya": the name starts after the last
  // title word of a long run.
  for (let j = to - 2; j >= k && to - k > 2; j--) {
    if (TITLE_WORDS.has(tokens[j].lower) && capitalised(tokens[j + 1]) && !TITLE_WORDS.has(tokens[j + 1].lower)) {
      title.push(...tokens.slice(k, j + 1).map((t) => t.lower));
      k = j + 1;
      break;
    }
  }
  // "Rival Hillary Clinton", "Struggling Donald Trump": a word before a given name that opens the
  // sentence is a description, not part of the name.
  const opensSentence = k === s.tokenStart || /^[“"‘'(]$/.test(tokens[k - 1]?.value ?? '');
  if (opensSentence && k + 2 < to && !isGivenName(tokens[k]) && (isGivenName(tokens[k + 1]) || /^(ADJ|VERB)$/.test(tokens[k].pos))) soft.push(k++);
  if (title.length) roles.push(title.join(' '));
  // "the New Jersey Democrat": a state and a party describe someone named before, not a name.
  if (k === to - 1 && AFFILIATIONS.has(tokens[k].lower) && regionAt(tokens, from, to)) {
    return [{ ...mention(tokens, from, to, s, 'person', [tokens[k].lower], null), form: 'description' }];
  }
  const allTitle = tokens.slice(k, to).every((t) => TITLE_WORDS.has(t.lower) || PORTFOLIOS.has(t.lower) || JOINERS.has(t.lower));
  if (allTitle && (title.length > 0 || TITLE_WORDS.has(tokens[k].lower))) return [];
  if (to - from === 1 && places().get(tokens[from].lower)?.as === 'demonym') return [];
  // A party word alone ("Republican") is an affiliation, not a name.
  if (to - from === 1 && AFFILIATIONS.has(tokens[from].lower)) return [];
  if (k >= to) {
    // Only a nationality or title: a place or a role, not a named entity.
    const place = places().get(spanText(tokens, from, to).toLowerCase());
    return place && place.as !== 'demonym' ? [mention(tokens, from, to, s, 'place', [], null)] : [];
  }
  if (isDateline(tokens, from, to, s)) return [mention(tokens, from, to, s, 'place', [], null)];
  // "AT LEAST 10 KILLED IN …": a headline in capitals, not a name.
  if (to - from >= 3 && tokens.slice(from, to).every(allCaps) && !hasWord(tokens, from, to, isOrgWord)) return [];
  // "United Nations Nikki Haley", "NBC News Chuck Todd": an organisation or place, then a given
  // name and a surname: the person, with the organisation as a role.
  for (let j = k + 1; j < to - 1; j++) {
    if (!isGivenName(tokens[j]) || isGivenName(tokens[j - 1])) continue;
    const before = typeOf(tokens, k, j, spanText(tokens, k, j));
    if (before === 'organization' || before === 'place') {
      roles.push(spanText(tokens, k, j).toLowerCase());
      k = j;
    }
    break;
  }
  let type = typeOf(tokens, k, to, spanText(tokens, k, to));
  // "General Workers' Union", "National Grid": title words belong to an organisation's name.
  if (type === 'organization' && title.length && !nationality) {
    k = from;
    roles.length = 0;
    type = typeOf(tokens, k, to, spanText(tokens, k, to));
  }
  if (soft.length && type !== 'person') {
    k = soft[0];
    type = typeOf(tokens, k, to, spanText(tokens, k, to));
  } else roles.unshift(...soft.map((n) => tokens[n].lower));
  // "Sunni Gulf Arab allies": a run that ends in a demonym or a group adjective before a common
  // noun describes the noun.
  const last = tokens[to - 1].lower;
  const demonym = (text: string) => places().get(text)?.as === 'demonym';
  if ((demonym(last) || GROUP_ADJECTIVES.has(last)) && !demonym(spanText(tokens, from, to).toLowerCase()) && tokens[to]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[to].value)) return [];
  return [mention(tokens, k, to, s, type, roles, nationality)];
}

/** Length of a region name ("Texas", "New Hampshire") starting at token k, or 0. */
function regionAt(tokens: Token[], k: number, to: number): number {
  if (k + 1 < to && REGIONS.has(`${tokens[k].lower} ${tokens[k + 1].lower}`)) return 2;
  return REGIONS.has(tokens[k].lower) ? 1 : 0;
}

/** "WASHINGTON (AP) —", "PORT HALDEN, Aug 18 (Wire) -": a place in capitals that opens a report. */
function isDateline(tokens: Token[], from: number, to: number, s: Sentence): boolean {
  if (tokens.slice(from, to).some((t) => !allCaps(t))) return false;
  const next = tokens[to]?.value ?? '';
  return (from === s.tokenStart && next === ',') || /^[(—–]$/.test(next) || (next === '-' && tokens[to].start > tokens[to - 1].end);
}

const allCaps = (t: Token): boolean => t.value.length > 1 && t.value === t.value.toUpperCase() && /\p{Lu}/u.test(t.value);

function mention(tokens: Token[], from: number, to: number, s: Sentence, type: EntityType, roles: string[], nationality: string | null): EntityMention {
  return {
    start: tokens[from].start,
    end: tokens[to - 1].end,
    text: spanText(tokens, from, to),
    type,
    sentence: s.index,
    entity: '',
    form: 'name',
    roles,
    nationality,
  };
}

/** The text of a token range as written (single spaces between tokens where the text had any). */
export function spanText(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) out += (k > from && tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].value;
  return out;
}
