import type { EntityMention, Sentence, Token } from '../model/index.js';
import { loadMap } from '../lexicon/index.js';
import { demonymBefore } from './places.js';

/** What a characterising description describes: a government, an armed or political group, or a person. */
export type Characterised = 'government' | 'group' | 'person';

/** Characterising descriptions and their kind, from data/annotate/characterisations.txt. */
export const CHARACTERISATIONS = loadMap('annotate/characterisations') as Map<string, Characterised>;
const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'his', 'her', 'their', 'these', 'those']);
const POSSESSIVE = /^[’']s$/;

/**
 * Finds characterising descriptions: "the regime", "the Syrian regime", "Assad's brutal regime",
 * "Hamas militants", "the strongman", "the billionaire". They are labels an outlet chooses, which
 * the framing stage compares across outlets; `resolveEntities` ties them to the country, group or
 * person the text points at. Compound nouns ("the sanctions regime") and titles before a name
 * ("billionaire Donald Trump", a role) are not descriptions.
 */
export function findCharacterisations(tokens: Token[], s: Sentence, taken: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const two = i + 1 < s.tokenEnd ? `${tokens[i].lower} ${tokens[i + 1].lower}` : '';
    const head = CHARACTERISATIONS.has(two) ? two : CHARACTERISATIONS.has(tokens[i].lower) ? tokens[i].lower : null;
    if (!head || /^\p{Lu}/u.test(tokens[i].value) && i > s.tokenStart) continue;
    const kind = CHARACTERISATIONS.get(head)!;
    const end = i + head.split(' ').length;
    const next = tokens[end];
    // "billionaire Donald Trump" (a role beside a name), "regime forces" (a modifier).
    if (next && ((kind === 'person' && /^\p{Lu}/u.test(next.value)) || (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.value)))) continue;
    if (taken.some((m) => m.start <= tokens[i].start && m.end >= tokens[i].end)) continue;
    // Walk back over adjectives and a nationality to the determiner, owner or start of the phrase.
    let from = i;
    let nationality: string | null = null;
    while (from - 1 >= s.tokenStart) {
      const t = tokens[from - 1];
      // "the North Korean regime", "the Syrian regime": a nationality of two words or one.
      const nation: { country: string; words: number } | null = nationality ? null : demonymBefore(tokens, from, s.tokenStart);
      if (nation) {
        nationality = nation.country;
        from -= nation.words;
        continue;
      }
      if (!(t.pos === 'ADJ' && /^\p{Ll}/u.test(t.value)) && !/^\p{Ll}+(-\p{Ll}+)+$/u.test(t.value)) break;
      from--;
    }
    const before = tokens[from - 1];
    const owned = before !== undefined && (POSSESSIVE.test(before.value) || taken.some((m) => m.end === before.end && m.form === 'name'));
    const determined = before !== undefined && DETERMINERS.has(before.lower);
    // "the sanctions regime", "the tax administration": a compound noun, not a government.
    if (before?.pos === 'NOUN' && /^\p{Ll}/u.test(before.value)) continue;
    if (!owned && !determined && !nationality && !(kind === 'group' && head.endsWith('s'))) continue;
    out.push({
      start: tokens[from].start,
      end: tokens[end - 1].end,
      text: tokens.slice(from, end).map((t, n) => (n && t.start > tokens[from + n - 1].end ? ' ' : '') + t.value).join(''),
      type: kind === 'person' ? 'person' : 'organization',
      sentence: s.index,
      entity: '',
      form: 'description',
      roles: [head],
      nationality,
    });
    i = end - 1;
  }
  return out;
}

/**
 * The name a characterising description belongs to, written next to it: "Assad's regime", "the
 * Assad regime", "Hamas militants", "the government of Syria". Null when there is none.
 */
export function ownerOf(text: string, m: EntityMention, names: EntityMention[]): EntityMention | null {
  for (const n of names) {
    if (n.form !== 'name' || n.sentence !== m.sentence) continue;
    if (n.end <= m.start && /^(\s*|[’']s\s+)$/.test(text.slice(n.end, m.start))) return n;
    if (n.start >= m.end && /^\s+of\s+(the\s+)?$/.test(text.slice(m.end, n.start))) return n;
  }
  return null;
}
