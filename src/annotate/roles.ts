import type { EntityMention, Token } from '../model/index.js';
import { CHARACTERISATIONS } from './characterisations.js';
import { PORTFOLIOS, TITLES } from './name-words.js';
import { demonymBefore, places } from './places.js';

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
    // "Russian", "North Korean" before the title: the person's nationality.
    const nation = demonymBefore(tokens, k + 1, 0);
    if (nation && !m.nationality) m.nationality = nation.country;
    if (k >= 1 && /^[’']s$/.test(tokens[k].value)) {
      const owner = places().get(tokens[k - 1].lower);
      if (owner && owner.as === 'name' && !m.nationality) m.nationality = owner.country;
    }
    // After: an apposition between commas that holds a title word.
    const words = tokens[last + 1]?.value === ',' ? apposition(tokens, last + 2) : [];
    if (words.some((w) => TITLE_WORDS.has(w))) push(m, words.filter((w) => TITLE_WORDS.has(w) || PORTFOLIOS.has(w)).join(' '));
  }
  return mentions;
}

/**
 * The words of a noun phrase set off by a comma from token `from` on (up to ten, to the next comma
 * or full stop), or none when they are not one: a clause with a verb (", a senior defense official
 * said", ", but to protect the president") or words across a quotation mark ("David Petraeus,” the
 * New York congressman told"). "who was the top commander" is one.
 */
function apposition(tokens: Token[], from: number): string[] {
  const words: string[] = [];
  let j = from;
  if (/^(who|which)$/.test(tokens[j]?.lower ?? '') && /^(is|was)$/.test(tokens[j + 1]?.lower ?? '')) j += 2;
  for (; j < Math.min(tokens.length, from + 10); j++) {
    const t = tokens[j];
    if (t.value === ',' || t.value === '.') break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /["“”]/.test(t.value)) return [];
    words.push(t.lower);
  }
  return words;
}
