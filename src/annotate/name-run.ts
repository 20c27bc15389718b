import type { EntityMention, EntityType, Sentence, Token } from '../model/index.js';
import { AFFILIATIONS, allCaps, capitalised, GROUP_ADJECTIVES, hasWord, isEverydayWord, JOINERS, PORTFOLIOS, spanText, TITLE_WORDS } from './name-words.js';
import { places, REGIONS, twoWordPlace, type PlaceInfo } from './places.js';
import { isCompanyWord, isGivenName, isKnownBody, isOrgWord, typeOf } from './types.js';
import { rarity } from '../lexicon/rarity.js';

/** What stands before the name in a capitalised run. */
interface Prefix {
  /** Where the name starts. */
  start: number;
  nationality: string | null;
  /** Title words, lower case ("us president" → president), and where they start. */
  title: string[];
  titleFrom: number;
  /** Party words and opening adjectives: roles of a person, but part of any other name ("Democratic National Convention"). */
  soft: number[];
}

/**
 * Splits a capitalised run into nationality / party / title prefix and the name itself, typed;
 * nothing when the run only describes ("the New Jersey Democrat" is a description, "Sunni Gulf
 * Arab allies" describes its noun).
 */
export function splitRun(tokens: Token[], from: number, to: number, s: Sentence): EntityMention[] {
  // "American Civil Liberties Union", "The Hollywood Reporter": a known organisation or outlet keeps
  // its nationality word, its place and its title word.
  if (isKnownBody(spanText(tokens, from, to).toLowerCase())) return [mention(tokens, from, to, s, 'organization', [], null)];
  const { start, nationality, title, titleFrom, soft } = prefixOf(tokens, from, to, s);
  let k = start;
  const roles: string[] = [];
  if (title.length) roles.push(title.join(' '));
  // "the New Jersey Democrat": a state and a party describe someone named before, not a name.
  if (k === to - 1 && AFFILIATIONS.has(tokens[k].lower) && regionAt(tokens, from, to)) {
    return [{ ...mention(tokens, from, to, s, 'person', [tokens[k].lower], null), form: 'description' }];
  }
  const allTitle = tokens.slice(k, to).every((t) => TITLE_WORDS.has(t.lower) || PORTFOLIOS.has(t.lower) || JOINERS.has(t.lower));
  if (allTitle && (title.length > 0 || TITLE_WORDS.has(tokens[k].lower))) return [];
  // "Russian", "North Korean": a nationality, not a name. ("The North Koreans" stay a group: taken
  // for the country, a people made claims about them look like claims about a place, and ECB+
  // alignment lost recall, 0.120 → 0.115.)
  if (places().get(spanText(tokens, from, to).toLowerCase())?.as === 'demonym') return [];
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
  // "Director of National Intelligence James Clapper": a title cut at "of" goes on to the given name.
  const openTitle = title.length > 0 && (JOINERS.has(title.at(-1)!) || PORTFOLIOS.has(title.at(-1)!));
  const person = personAfterOrganisation(tokens, k, to, openTitle);
  if (person > k) {
    const rest = spanText(tokens, k, person).toLowerCase();
    if (openTitle) roles[0] = `${roles[0]} ${rest}`;
    else roles.push(rest);
    k = person;
  }
  let type = typeOf(tokens, k, to, spanText(tokens, k, to));
  // "Ms. Power": one word after a person's title is a person, though "Power" heads companies' names.
  if (type === 'organization' && title.length === 1 && HONORIFIC.test(title[0]) && to - k === 1 && isCompanyWord(tokens[k].lower)) type = 'person';
  // "Mayor Keisha Lance Bottoms": after a title, two or three names that no organisation word heads,
  // the first no everyday word, are a person's, though the last reads as a plural ("Bottoms").
  if (type === 'organization' && title.length && to - k >= 2 && to - k <= 3 && isPersonsName(tokens, k, to)) type = 'person';
  // "General Workers' Union", "UK Foreign Office", "US State Department": title words belong to an
  // organisation's name (a nationality before them stays its nationality).
  if (type === 'organization' && title.length) {
    k = nationality ? titleFrom : from;
    roles.length = 0;
    type = typeOf(tokens, k, to, spanText(tokens, k, to));
  }
  if (soft.length && type !== 'person') {
    k = soft[0];
    type = typeOf(tokens, k, to, spanText(tokens, k, to));
  } else roles.unshift(...soft.map((n) => tokens[n].lower));
  if (describesNoun(tokens, from, to)) return [];
  // "Pope Francis", "Sheriff Tackitt": one word after a person's title is a person.
  if (type === 'other' && to - k === 1 && title.length && roles.length) type = 'person';
  return [mention(tokens, k, to, s, type, roles, nationality)];
}

/** Capitalised words only, none an organisation's head word, the first no everyday word. */
const isPersonsName = (tokens: Token[], from: number, to: number): boolean =>
  !isEverydayWord(tokens[from].lower) && tokens.slice(from, to).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.value) && !isOrgWord(t.lower));

/** Titles that only a person bears: "Ms. Power" (not "General Hospital"). */
const HONORIFIC = /^(mr|mrs|ms|miss|dr|sir|dame)\.?$/;

/** "Presidents Clinton and Bush", "Senators Collins and Murkowski": a title in the plural. */
const isPluralTitle = (w: string): boolean => w.length > 4 && w.endsWith('s') && TITLE_WORDS.has(w.slice(0, -1));

/** Leading nationality, region, party and title words: "US President", "Texas Sen.", "Republican". */
function prefixOf(tokens: Token[], from: number, to: number, s: Sentence): Prefix {
  let nationality: string | null = null;
  let k = from;
  const title: string[] = [];
  let titleFrom = -1;
  const soft: number[] = [];
  // "the Czech Republic", "North Korea": a country's own name keeps its first word.
  const whole = places().get(tokens.slice(from, to).map((t) => t.lower).join(' '));
  while (k < to - 1 && whole?.as !== 'name') {
    // "Cuban-Americans", "Secretary-General": a word glued to the next by a hyphen is no prefix.
    if (tokens[k + 1].value === '-' && tokens[k + 1].start === tokens[k].end) break;
    if (title.length === 0) titleFrom = k;
    const lower = tokens[k].lower;
    // "North Korean leader Kim Jong Un": a nationality of two words.
    const pair: PlaceInfo | undefined = k + 2 < to && !nationality && title.length === 0 ? twoWordPlace(tokens, k, to) : undefined;
    if (pair?.as === 'demonym') {
      nationality = pair.country;
      k += 2;
      continue;
    }
    const place = places().get(lower);
    const region = regionAt(tokens, k, to);
    if (place && (place.as === 'demonym' || tokens[k].value.replace(/\./g, '').length <= 3) && !nationality && title.length === 0) {
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
    } else if (TITLE_WORDS.has(lower) || isPluralTitle(lower) || (title.length > 0 && (PORTFOLIOS.has(lower) || lower === 'of' || lower === 'and'))) {
      // "Minister of Foreign Affairs and Trade"; not "Rev. Al Sharpton", whose "Al" is his name.
      title.push(lower);
    } else break;
    k++;
  }
  // "Deputy Chief Fire Officer Alan Reyes", "Local MP Graham Oduya", "Charlotte Mayor Jennifer
  // Roberts": the name starts after the last title word of a long run. Not "Martin Luther King Jr.",
  // a name that opens with a given name and holds a title word with no given name after it.
  for (let j = to - 2; j >= k && to - k > 2; j--) {
    if (isGivenName(tokens[k]) && !isGivenName(tokens[j + 1])) continue;
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
  // "After Moon met Kim …", "If Biden wins …": a word of grammar that opens the sentence is no part of a name.
  else if (opensSentence && k + 1 < to && OPENERS.has(tokens[k].pos) && !isGivenName(tokens[k])) k++;
  return { start: k, nationality, title, titleFrom, soft };
}

/**
 * "United Nations Nikki Haley", "NBC News Chuck Todd": an organisation or place, then a given name
 * and a surname; or, after a title left open ("Director of"), the rest of the title ("National
 * Intelligence James Clapper"). Where the person's name starts, or `k` when the run is not so.
 */
function personAfterOrganisation(tokens: Token[], k: number, to: number, openTitle: boolean): number {
  // "San Juan Hill": a place's name, whatever given name it holds.
  if (!openTitle && typeOf(tokens, k, to, spanText(tokens, k, to)) === 'place') return k;
  for (let j = k + 1; j < to - 1; j++) {
    if (!isGivenName(tokens[j]) || isGivenName(tokens[j - 1])) continue;
    if (openTitle) return j;
    // "San Jose Mercury News": what follows the given name is no person's name.
    if (typeOf(tokens, j, to, spanText(tokens, j, to)) !== 'person') return k;
    const before = typeOf(tokens, k, j, spanText(tokens, k, j));
    if (before === 'organization' || before === 'place') return j;
    // "Actor Jussie Smollett", "Republicans Susan Collins", "If Joe Biden …": everyday words (or a
    // word of grammar) before a given name and a surname describe the person or open the clause.
    // Not "Moon Jae-in", whose given name is hyphenated.
    const hyphenated = tokens[j + 1]?.value === '-' && tokens[j + 1].start === tokens[j].end;
    return !hyphenated && tokens.slice(k, j).every(everyday) ? j : k;
  }
  return k;
}

const GRAMMAR = new Set(['SCONJ', 'ADP', 'AUX', 'CCONJ', 'DET', 'PRON', 'PART']);
/** Words of grammar that open a sentence before a name; not "The", which opens names ("The Hill"). */
const OPENERS = new Set(['SCONJ', 'ADP', 'AUX', 'CCONJ', 'PRON', 'PART']);
/** A word of grammar, or a frequent English word that is no given name ("Actor", "Republicans"; not "Syed"). */
const everyday = (t: Token): boolean => GRAMMAR.has(t.pos) || (!isGivenName(t) && rarity(t.lower) < 0.85);

/** "Sunni Gulf Arab allies": a run that ends in a demonym or a group adjective before a common noun describes the noun. */
function describesNoun(tokens: Token[], from: number, to: number): boolean {
  const demonym = (text: string) => places().get(text)?.as === 'demonym';
  const last = tokens[to - 1].lower;
  return (demonym(last) || GROUP_ADJECTIVES.has(last)) && !demonym(spanText(tokens, from, to).toLowerCase()) && tokens[to]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[to].value);
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

