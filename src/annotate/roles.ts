import type { EntityMention, Token } from '../model/index.js';
import { CHARACTERISATIONS } from './characterisations.js';
import { PORTFOLIOS, TITLES } from './name-words.js';
import { places } from './places.js';

const TITLE_WORDS = new Set([...TITLES].flatMap((t) => t.split(' ')).filter((w) => !['of', 'and', 'the', 'in'].includes(w)));
/** Characterising words that stand before a person's name like a title: "billionaire Donald Trump". */
const LABELS = new Set([...CHARACTERISATIONS].filter(([, kind]) => kind === 'person').map(([w]) => w));
const push = (m: EntityMention, role: string) => {
  if (!m.roles.some((r) => r === role || r.endsWith(` ${role}`))) m.roles.push(role);
};

/**
 * Adds the roles and nationality that stand around a person's name in lower case or in an
 * apposition: "prime minister Keir Starmer", "Russia’s Vladimir Putin", "Kirill Dmitriev, Putin’s
 * international cooperation envoy,". Mutates and returns the mentions it was given.
 */
export function addContextRoles(tokens: Token[], mentions: EntityMention[], index: Map<number, number>): EntityMention[] {
  for (const m of mentions) {
    if (m.form !== 'name' || m.type !== 'person') continue;
    const first = index.get(m.start);
    if (first === undefined) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].end <= m.end) last++;
    // Before: lower-case titles, a demonym, or a country's possessive.
    const before: string[] = [];
    let k = first - 1;
    while (k >= 0 && first - k <= 4 && (TITLE_WORDS.has(tokens[k].lower) || PORTFOLIOS.has(tokens[k].lower) || LABELS.has(tokens[k].lower))) before.unshift(tokens[k--].lower);
    if (before.length) push(m, before.join(' '));
    const place = k >= 0 ? places().get(tokens[k].lower) : undefined;
    if (place && place.as === 'demonym' && !m.nationality) m.nationality = place.country;
    if (k >= 1 && /^[’']s$/.test(tokens[k].value)) {
      const owner = places().get(tokens[k - 1].lower);
      if (owner && owner.as === 'name' && !m.nationality) m.nationality = owner.country;
    }
    // After: an apposition between commas that holds a title word.
    if (tokens[last + 1]?.value === ',') {
      const words: string[] = [];
      for (let j = last + 2; j < Math.min(tokens.length, last + 11); j++) {
        if (tokens[j].value === ',' || tokens[j].value === '.') break;
        words.push(tokens[j].lower);
      }
      const titles = words.filter((w) => TITLE_WORDS.has(w));
      if (titles.length) push(m, words.filter((w) => TITLE_WORDS.has(w) || PORTFOLIOS.has(w)).join(' '));
    }
  }
  return mentions;
}
