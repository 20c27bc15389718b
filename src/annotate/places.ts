import { createRequire } from 'node:module';
import { loadSet } from '../lexicon/index.js';
import { GIVEN_NAMES } from './name-words.js';

interface CountryRecord {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  unMember?: boolean;
  area?: number;
}

/** What a word or name says about a country: the country's common name and how it says it. */
export interface PlaceInfo {
  country: string;
  as: 'name' | 'demonym' | 'capital';
}

const require = createRequire(import.meta.url);
let gazetteer: Map<string, PlaceInfo> | null = null;

/**
 * Countries, their demonyms and capitals, from the world-countries data set (ODbL), keyed in lower
 * case: "russian" → Russia (demonym), "kyiv" → Ukraine (capital), "us" → United States (name).
 */
export function places(): Map<string, PlaceInfo> {
  if (gazetteer) return gazetteer;
  const map = new Map<string, PlaceInfo>();
  // A word two countries share goes to the larger member of the United Nations: "American" is the
  // United States, not the Northern Mariana Islands; "French" France, not its southern lands.
  const weight = new Map<string, number>();
  const add = (key: string | undefined, info: PlaceInfo, rank: number) => {
    if (!key || key.length < 2) return;
    // "St. Lucia", "St Kitts and Nevis": newsrooms shorten the data set's "Saint".
    if (/^saint /i.test(key)) for (const st of ['st. ', 'st ']) add(st + key.slice(6), info, rank);
    const k = key.toLowerCase();
    const held = map.get(k);
    const isName = info.as === 'name';
    if (held && (isName === (held.as === 'name') ? rank <= weight.get(k)! : !isName)) return;
    map.set(k, info);
    weight.set(k, rank);
  };
  const records = require('world-countries/countries.json') as CountryRecord[];
  for (const c of records) {
    const country = c.name.common;
    const rank = (c.unMember ? 1e9 : 0) + (c.area ?? 0);
    add(country, { country, as: 'name' }, rank);
    add(c.name.official, { country, as: 'name' }, rank);
    for (const alt of c.altSpellings) if (alt.length > 3) add(alt, { country, as: 'name' }, rank);
    // A territory's capital that is a given name or opens with "The" (Bermuda's Hamilton, the Falklands'
    // Stanley, Anguilla's The Valley) names people and things far more often than the town.
    for (const cap of c.capital ?? []) if (c.unMember || !(GIVEN_NAMES.has(cap.toLowerCase()) || /^the /i.test(cap))) add(cap.replace(/\s+D\.C\.$/, ''), { country, as: 'capital' }, rank);
    if (c.demonyms?.eng) {
      add(c.demonyms.eng.m, { country, as: 'demonym' }, rank);
      add(c.demonyms.eng.f, { country, as: 'demonym' }, rank);
    }
  }
  // Short forms every English newsroom uses that the data set spells otherwise.
  for (const [k, country] of [['us', 'United States'], ['u.s.', 'United States'], ['usa', 'United States'], ['america', 'United States'], ['uk', 'United Kingdom'], ['u.k.', 'United Kingdom'], ['britain', 'United Kingdom'], ['great britain', 'United Kingdom'], ['british', 'United Kingdom']] as const)
    map.set(k, { country, as: k === 'british' ? 'demonym' : 'name' });
  gazetteer = map;
  return map;
}

/** Regions and geographic head words ("Sea", "Gulf") from data/annotate/place-words.txt. */
/**
 * The place that tokens `k` and `k + 1` name together ("North Korean", "South Korea"), when both lie
 * before `end`; a nationality of two words reads so wherever one of one word is read.
 */
export function twoWordPlace(tokens: { lower: string }[], k: number, end: number): PlaceInfo | undefined {
  return k >= 0 && k + 1 < end ? places().get(`${tokens[k].lower} ${tokens[k + 1].lower}`) : undefined;
}

/**
 * The nationality written in one or two capitalised words right before token `at`, not before token
 * `from` ("Iraqi officials", "the North Korean regime"), and how many words it takes; or null.
 */
export function demonymBefore(tokens: { value: string; lower: string }[], at: number, from: number): { country: string; words: number } | null {
  for (const words of [2, 1]) {
    const k = at - words;
    if (k < from || !/^\p{Lu}/u.test(tokens[k].value)) continue;
    const place = words === 2 ? twoWordPlace(tokens, k, at) : places().get(tokens[k].lower);
    if (place?.as === 'demonym') return { country: place.country, words };
  }
  return null;
}

export const PLACE_WORDS = loadSet('annotate/place-words');

/** States, provinces and large cities that are not countries or capitals, from data/annotate/regions.txt. */
export const REGIONS = loadSet('annotate/regions');

/** Cities of 150,000 people or more that are not given names or everyday words, from data/annotate/cities.txt (GeoNames). */
export const CITIES = loadSet('annotate/cities');
