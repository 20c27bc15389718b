import { readFileSync } from 'node:fs';
import { rarity } from '../lexicon/rarity.js';
import { parseOutlets } from '../store/outlets-csv.js';
import { GIVEN_NAMES } from './name-words.js';

/**
 * Names of news outlets, lower case, from the starter outlets table (data/outlets.csv): "the hill",
 * "business insider", "pbs newshour". A name in the text that is one of them is an organisation,
 * however it reads ("The Hill" is no hill, "Business Insider" no person). Only rows with a web domain
 * (the table also lists columnists), not two words with a given name first ("David Williamson"), and
 * not one everyday word ("Reason", "Fortune"). A suffix the table adds is left out ("CNN (Web News)",
 * "New York Times - News").
 */
export const OUTLET_NAMES: Set<string> = new Set();
/** Every outlet name of the table with a web domain, everyday words too ("cnn", "reason"): what "the network" may refer to. */
export const ALL_OUTLET_NAMES: Set<string> = new Set();

const text = readFileSync(new URL('../../data/outlets.csv', import.meta.url), 'utf8');
for (const o of parseOutlets(text).outlets) {
  if (!o.domains.length) continue;
  const name = o.name.replace(/\s*\(.*\)$/, '').replace(/\s+-\s+.*$/, '').trim().toLowerCase();
  // "Austin American Statesman" is written for the Austin American-Statesman too.
  const spellings = name.includes('-') ? [name, name.replace(/-/g, ' ')] : [name];
  for (const n of spellings) ALL_OUTLET_NAMES.add(n);
  const words = name.split(/[\s-]+/);
  // A columnist ("David Williamson") has two words, a given name first; "Austin American-Statesman" is a paper.
  if ((GIVEN_NAMES.has(words[0]) && words.length === 2) || (words.length === 1 && rarity(name) < 0.85)) continue;
  for (const n of spellings) OUTLET_NAMES.add(n);
}
