import type { EntityMention, Sentence, Token } from '../model/index.js';
import { loadSet } from '../lexicon/index.js';
import { places } from './places.js';

const TITLES = loadSet('annotate/titles');
const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their']);

/**
 * Finds role descriptions that stand for a person: "the Russian leader", "the US president",
 * "The Prime Minister". They are resolved to a named person at story level, when the text allows.
 * Descriptions followed by a name ("the US President Donald Trump") are left to `findNames`.
 */
export function findDescriptions(tokens: Token[], s: Sentence, names: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    if (!DETERMINERS.has(tokens[i].lower)) continue;
    let k = i + 1;
    let nationality: string | null = null;
    const place = places().get(tokens[k].lower);
    if (place && /^\p{Lu}/u.test(tokens[k].value)) {
      nationality = place.country;
      k++;
      if (tokens[k]?.value === '’s' || tokens[k]?.value === "'s") k++;
    }
    // Longest title phrase of one to three words.
    let role: string | null = null;
    let end = k;
    for (let n = 3; n >= 1 && !role; n--) {
      if (k + n > s.tokenEnd) continue;
      const phrase = tokens.slice(k, k + n).map((t) => t.lower).join(' ');
      if (TITLES.has(phrase)) {
        role = phrase;
        end = k + n;
      }
    }
    if (!role || GENERIC.has(role)) continue;
    const next = tokens[end];
    if (next && /^\p{Lu}/u.test(next.value) && next.pos === 'PROPN') continue; // a name follows
    if (next && (next.value === '’s' || next.value === "'s")) {
      // "the Prime Minister's official spokesman" still mentions the Prime Minister.
    }
    const start = tokens[i + 1].start;
    if (names.some((m) => m.start <= start && m.end > start)) continue;
    out.push({
      start,
      end: tokens[end - 1].end,
      text: tokens.slice(i + 1, end).map((t, n) => (n && t.start > tokens[i + n].end ? ' ' : '') + t.value).join(''),
      type: 'person',
      sentence: s.index,
      entity: '',
      form: 'description',
      roles: [role],
      nationality,
    });
    i = end - 1;
  }
  return out;
}

/** Roles too generic to stand for one person on their own ("the official", "the head"). */
const GENERIC = new Set(['official', 'head', 'chief', 'officer', 'analyst', 'economist', 'diplomat', 'father', 'sister', 'lady', 'lord', 'mr', 'mrs', 'ms', 'dr', 'sir', 'chair', 'coach', 'judge', 'captain', 'general', 'justice', 'representative']);
