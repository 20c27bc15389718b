import type { EntityMention, Sentence, Token } from '../model/index.js';
import { loadSet } from '../lexicon/index.js';
import { PORTFOLIOS, TITLES } from './name-words.js';
import { demonymBefore, places, twoWordPlace } from './places.js';

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
    // "the Russian leader", "the North Korean leader": a nationality of one or two words.
    const two = twoWordPlace(tokens, k, s.tokenEnd);
    const place = two ?? places().get(tokens[k].lower);
    if (place && /^\p{Lu}/u.test(tokens[k].value)) {
      nationality = place.country;
      k += two ? 2 : 1;
      if (tokens[k]?.value === '’s' || tokens[k]?.value === "'s") k++;
    }
    // "the Fed chairman", "the Senate majority leader": the name of the body whose role it is.
    let from = i + 1;
    const body = nationality ? undefined : names.find((m) => m.start === tokens[k].start && m.type === 'organization' && m.form === 'name');
    if (body) {
      while (k < s.tokenEnd && tokens[k].end <= body.end) k++;
      from = k;
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
    if (titleOfName(tokens, end, s, names)) continue;
    if (next && (next.value === '’s' || next.value === "'s")) {
      // "the Prime Minister's official spokesman" still mentions the Prime Minister.
    }
    if (from >= end) continue;
    const start = tokens[from].start;
    if (names.some((m) => m.start <= start && m.end > start)) continue;
    out.push({
      start,
      end: tokens[end - 1].end,
      text: tokens.slice(from, end).map((t, n) => (n && t.start > tokens[from + n - 1].end ? ' ' : '') + t.value).join(''),
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


/** "the Minister of Foreign Affairs and Trade Péter Szijjártó": the title runs on into a name. */
function titleOfName(tokens: Token[], from: number, s: Sentence, names: EntityMention[]): boolean {
  for (let k = from; k < s.tokenEnd && k < from + 8; k++) {
    if (names.some((m) => m.start === tokens[k].start)) return k > from;
    const t = tokens[k];
    if (!(/^(of|and|for)$/.test(t.lower) || (/^\p{Lu}/u.test(t.value) && (PORTFOLIOS.has(t.lower) || TITLES.has(t.lower))))) return false;
  }
  return false;
}

/** Roles too generic to stand for one person on their own ("the official", "the head"). */
const GENERIC = new Set(['official', 'head', 'chief', 'officer', 'analyst', 'economist', 'diplomat', 'father', 'sister', 'lady', 'lord', 'mr', 'mrs', 'ms', 'dr', 'sir', 'chair', 'coach', 'captain', 'general', 'representative', 'producer', 'correspondent', 'reporter', 'anchor', 'editor', 'columnist', 'commentator', 'host']);

const ORG_HEADS = loadSet('annotate/org-words');
const GROUP_HEADS = new Set(['police', 'authorities', 'officials', 'investigators', 'prosecutors', 'rescuers', 'firefighters', 'paramedics', 'doctors', 'experts', 'analysts', 'residents', 'witnesses', 'organisers', 'organizers', 'lawmakers', 'regulators', 'sources', 'troops', 'employees', 'workers', 'protesters', 'company', 'firm', 'operator', 'council']);

/** Words before a group's noun that grade or count it rather than say who it is. */
const GRADE = /^(best|worst|most|least|many|few|several|other|some|more|fewer|such|same|\p{L}+est)$/u;

/**
 * Finds unnamed institutions and groups written in lower case: "the regional transport authority",
 * "police", "the company", "regional authorities". They can speak ("police said") and are resolved
 * to a named organisation when they are a bare "the company" after one was named.
 */
export function findGroups(tokens: Token[], s: Sentence, taken: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!(GROUP_HEADS.has(t.lower) || (ORG_HEADS.has(t.lower) && t.pos === 'NOUN')) || /^\p{Lu}/u.test(t.value) && i > s.tokenStart) continue;
    if (taken.some((m) => m.start <= t.start && m.end >= t.end)) continue;
    // "council leader Amira Castell": the group word is part of a title, not a speaker.
    const next = tokens[i + 1];
    if (next && (TITLES.has(next.lower) || (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.value)))) continue;
    // "a patrol boat", "a news conference": an organisation's word in the singular modifying another
    // noun (not "its armed forces time to regroup", a plural before the next object).
    if (next && next.pos === 'NOUN' && !GROUP_HEADS.has(t.lower) && t.lower === t.lemma) continue;
    // "front-runner", "union-backed": part of a compound word.
    if (next && next.value === '-' && next.start === t.end) continue;
    // Walk back over lower-case modifiers to "the" or the start of the noun phrase.
    let from = i;
    // Not a quantity or a grade ("the best lawmakers", "other officials"): those say which, not who.
    while (from - 1 >= s.tokenStart && i - from < 3 && /^(ADJ|NOUN)$/.test(tokens[from - 1].pos) && /^\p{Ll}/u.test(tokens[from - 1].value) && !GRADE.test(tokens[from - 1].lower)) from--;
    const det = from - 1 >= s.tokenStart && /^(the|its|a)$/i.test(tokens[from - 1].value);
    const groupNoun = GROUP_HEADS.has(t.lower);
    if (!det && !groupNoun) continue;
    // "Iraqi officials", "North Korean troops": a group of one nation is told apart from another's.
    const nation = groupNoun ? demonymBefore(tokens, from, s.tokenStart) : null;
    if (nation) from -= nation.words;
    const text = tokens.slice(from, i + 1).map((x, n) => (n && x.start > tokens[from + n - 1].end ? ' ' : '') + x.value).join('');
    out.push({ start: tokens[from].start, end: t.end, text, type: 'organization', sentence: s.index, entity: '', form: 'description', roles: [t.lower], nationality: nation?.country ?? null });
  }
  return out;
}

