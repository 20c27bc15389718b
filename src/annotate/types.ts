import type { EntityType, Token } from '../model/index.js';
import { loadSet } from '../lexicon/index.js';
import { rarity, wordRank } from '../lexicon/rarity.js';
import { EVENT_WORDS, GIVEN_NAMES, INSTITUTIONS, isPartyPlural, JOINERS, ORGANISATIONS, PORTFOLIOS } from './name-words.js';
import { OUTLET_NAMES } from './outlet-names.js';
import { CITIES, places, PLACE_WORDS, REGIONS } from './places.js';

const COMPANY_WORDS = loadSet('annotate/company-words');
const ORG_WORDS = new Set([...loadSet('annotate/org-words'), ...COMPANY_WORDS]);
/** First words that make a name a place: "Lake Varesk", "Port Halden", "Mount Kenya", "San Bruno". */
const PLACE_PREFIXES = new Set(['lake', 'mount', 'mt.', 'port', 'fort', 'cape', 'isle', 'river', 'gulf', 'bay', 'strait', 'straits', 'sea', 'camp', 'san', 'santa']);
const COMPASS = /^(north|south|east|west|northern|southern|eastern|western|central)$/;
/** Lower-case particles inside a person's name. */
const PARTICLES = new Set([...JOINERS].filter((w) => w !== 'of'));
/** First words of a place named "X of Y": "City of Charlotte", "County of Kent", "Republic of Kestrel". */
const PLACE_OF = new Set(['city', 'town', 'county', 'village', 'borough', 'province', 'district', 'state', 'republic', 'kingdom', 'commonwealth', 'principality', 'township']);
/** First words that name a storm: "Storm Edda", "Hurricane Harvey". */
const STORM_PREFIXES = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tropical']);
/** First words that name a ship: "HMS Montrose", "USS Cole". */
const SHIP_PREFIXES = new Set(['hms', 'uss', 'mv', 'rms', 'ins', 'hmcs', 'hmas']);
/** Function words that a person's name never holds capitalised ("Skies Over Kestrel", "Neocons For Hillary"). */
const INNER_FUNCTION = new Set(['over', 'for', 'to', 'against', 'with', 'on', 'in', 'at', 'the', 'a', 'an', 'by', 'from', 'into', 'not', 'our', 'your', 'we']);

/** Head words that make a capitalised name an organisation ("Ministry", "Rail", "Radio"). */
export const isOrgWord = (w: string): boolean => ORG_WORDS.has(w);
/** Head words of companies' names only, some of them surnames too ("Power", "Steel"). */
export const isCompanyWord = (w: string): boolean => COMPANY_WORDS.has(w);

/**
 * A plural of an everyday noun ("Parents", "Lines", "Officials"), which a surname seldom is: the
 * singular is a frequent English word and not a given name ("Williams" is a name).
 */
export function isCommonPlural(t: Token): boolean {
  const w = t.lower;
  if (w.length < 4 || !isPluralForm(w) || GIVEN_NAMES.has(w)) return false;
  const singulars = singularsOf(w);
  if (singulars.some((x) => rarity(x) < 0.85 && !GIVEN_NAMES.has(x))) return true;
  // "Rescuers", "Organisers": a frequent plural of a noun for people who do something.
  return AGENT.test(w) && rarity(w) < 0.85 && !GIVEN_NAMES.has(singulars[0]);
}

const AGENT = /(ers|ors|ists|ants|ents|ians|ees)$/;

/** A lower-case word that reads as an English plural: an "-s" that is not "-ss", "-us", "-is". */
const isPluralForm = (w: string): boolean => w.endsWith('s') && !/(ss|us|is)$/.test(w);

/** The singulars a plural may come from, likeliest first: "parties" → party, partie; "lines" → line, lin. */
function singularsOf(w: string): string[] {
  return w.endsWith('ies') ? [`${w.slice(0, -3)}y`, w.slice(0, -1)] : w.endsWith('es') ? [w.slice(0, -1), w.slice(0, -2)] : [w.slice(0, -1)];
}

/**
 * A known organisation or news outlet by its whole name, lower case, with or without "the"
 * ("american civil liberties union", "the hollywood reporter"), or a known organisation "of" or
 * "in" somewhere ("islamic state of iraq", "al qaeda in the arabian peninsula").
 */
export function isKnownBody(lower: string): boolean {
  const bare = lower.replace(/^the /, '');
  const where = / (of|in) /.exec(bare);
  if (where && ORGANISATIONS.has(bare.slice(0, where.index))) return true;
  return INSTITUTIONS.has(lower) || INSTITUTIONS.has(bare) || ORGANISATIONS.has(bare) || OUTLET_NAMES.has(bare) || OUTLET_NAMES.has(lower);
}

/** True when the word is a known given name ("Maureen", "Vladimir"). */
export const isGivenName = (t: Token | undefined): boolean => t !== undefined && GIVEN_NAMES.has(t.lower);

/**
 * Person, organisation, place or other, from the words of a name: institutions, countries, regions,
 * place and organisation head words first; then a given name makes a person; a plural or -ing last
 * word ("Halden Lake Lines", "Voltera Recycling") or an inner function word makes an organisation;
 * two to four other capitalised words are taken for a person.
 */
export function typeOf(tokens: Token[], from: number, to: number, text: string): EntityType {
  const lower = text.toLowerCase();
  const first = tokens[from];
  const last = tokens[to - 1];
  const bare = lower.replace(/^the /, '');
  // A body or a news outlet: "Business Insider", "Tulsa World", "The Hill" (its "The" in the run or left before it).
  if (isKnownBody(lower) || (tokens[from - 1]?.lower === 'the' && OUTLET_NAMES.has(`the ${bare}`))) return 'organization';
  const place = places().get(lower);
  if ((place && place.as !== 'demonym') || REGIONS.has(lower)) return 'place';
  // "Nick de la Canal", "Vincent van Gogh": a given name, then a particle: a person, whatever the surname means.
  if (to - from > 2 && isGivenName(first) && PARTICLES.has(tokens[from + 1].lower)) return 'person';
  if (PLACE_WORDS.has(lower) || (to - from > 1 && PLACE_WORDS.has(last.lower))) return 'place';
  // "East Germany", "Southern Sudan": a point of the compass before a country or region.
  if (to - from === 2 && COMPASS.test(first.lower) && (places().get(last.lower)?.as === 'name' || REGIONS.has(last.lower))) return 'place';
  // "Security Council Resolution", "Labour Party Conference": named after a body, an event or document.
  if (to - from > 1 && EVENT_WORDS.has(last.lower)) return 'other';
  // "Samantha Power", "Michael Steel": a given name, then a word that heads companies' names and is a surname too.
  if (to - from === 2 && isGivenName(first) && COMPANY_WORDS.has(last.lower) && !last.lower.endsWith('s')) return 'person';
  for (let k = from; k < to; k++) if (ORG_WORDS.has(tokens[k].lower)) return 'organization';
  if (to - from > 1 && PLACE_PREFIXES.has(first.lower)) return 'place';
  if (to - from > 2 && PLACE_OF.has(first.lower) && tokens[from + 1].lower === 'of') return 'place';
  if (to - from > 1 && SHIP_PREFIXES.has(first.lower)) return 'other';
  // An event word inside the name, or first when it names a storm ("Hurricane Harvey"); not a given
  // name that is also a word ("Bill Clinton", not a bill).
  if (STORM_PREFIXES.has(first.lower)) return 'other';
  for (let k = from + 1; k < to; k++) if (EVENT_WORDS.has(tokens[k].lower)) return 'other';
  // "Democrats", "Tories": the members of a party, a group.
  if (to - from === 1 && isPartyPlural(lower)) return 'organization';
  // "Christchurch", "Santa Rosa": a city of the gazetteer (a person of that surname is told apart at resolution).
  if (to - from === 1) return /^[A-Z]{2,6}$/.test(first.value) ? 'organization' : townOfRegion(tokens, to) || CITIES.has(lower) ? 'place' : 'other';
  if (CITIES.has(lower)) return 'place';
  if (teamOfPlace(tokens, from, to)) return 'organization';
  // "Georgia NAACP", "Texas GOP": no person's name ends in an acronym (a name in capitals, "JOHN AVLON", is no acronym).
  if (/^[A-Z]{2,6}$/.test(last.value) && !/^[IVXL]+$/.test(last.value) && tokens.slice(from, to - 1).some((t) => /\p{Ll}/u.test(t.value))) return 'organization';
  if (isGivenName(first)) return to - from <= 4 ? 'person' : 'other';
  // "CNN Worldwide", "NATO Command": an acronym opens the name of an organisation, not of a person.
  if (/^[A-Z]{2,5}$/.test(first.value) && !/^[IVXL]+$/.test(first.value)) return 'organization';
  // "Homeland Security", "Foreign Affairs": a ministry's field of work, named without its ministry.
  if (tokens.slice(from, to).every((t) => PORTFOLIOS.has(t.lower))) return 'organization';
  // "Skies Over Kestrel"; not the end of a hyphenated name ("Moon Jae-in").
  for (let k = from + 1; k < to; k++) if (INNER_FUNCTION.has(tokens[k].lower) && !(tokens[k - 1].value === '-' && tokens[k - 1].end === tokens[k].start)) return 'organization';
  if (lastWordIsCommonNoun(last)) return 'organization';
  if (to - from <= 4) return 'person';
  return 'other';
}

/**
 * "Charlotte, North Carolina," "Ferguson, Mo.": a one-word name followed by a state or province and
 * then punctuation is a town (not "Cruz, Texas Republican", whose region describes a person).
 */
function townOfRegion(tokens: Token[], to: number): boolean {
  if (tokens[to]?.value !== ',') return false;
  const two = `${tokens[to + 1]?.lower} ${tokens[to + 2]?.lower}`;
  const n = REGIONS.has(two) ? 2 : REGIONS.has(tokens[to + 1]?.lower ?? '') ? 1 : 0;
  return n > 0 && (tokens[to + 1 + n] === undefined || tokens[to + 1 + n].type === 'punctuation');
}

/**
 * The last word of a team's name: "Sox", or the plural of an English word that is no given name
 * ("Orioles", "Cowboys", "Rangers"; not "Jones", "Williams", "Adams").
 */
function isTeamTail(t: Token): boolean {
  if (t.value === 'Sox') return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.value) || !isPluralForm(t.lower)) return false;
  const one = singularsOf(t.lower)[0];
  return wordRank(one) !== undefined && !GIVEN_NAMES.has(one);
}

/**
 * "Baltimore Orioles", "Chicago White Sox", "Kansas City Chiefs": a town or region named by its
 * first one or two words, then the plural of a word, names a team ("London Breed", "Dallas Jones"
 * are people named after a city).
 */
function teamOfPlace(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !isTeamTail(tokens[to - 1]) || isGivenName(tokens[from])) return false;
  for (let j = from + 1; j < Math.min(to, from + 3); j++) {
    const head = tokens.slice(from, j).map((t) => t.lower).join(' ');
    if (CITIES.has(head) || REGIONS.has(head)) return true;
  }
  return false;
}

/** "Lines", "Parents", "Recycling": a plural or a gerund, which surnames seldom are. */
function lastWordIsCommonNoun(t: Token): boolean {
  return isCommonPlural(t) || (t.lower.length > 5 && t.lower.endsWith('ing') && rarity(t.lower) < 0.85);
}
