import type { EntityMention, EntityType, Sentence, Token } from '../model/index.js';
import { loadSet } from '../lexicon/index.js';
import { places, PLACE_WORDS } from './places.js';

const TITLES = loadSet('annotate/titles');
const TITLE_WORDS = new Set([...TITLES].flatMap((t) => t.split(' ')).filter((w) => w.length > 2 || w.endsWith('.')));
const PORTFOLIOS = loadSet('annotate/portfolios');
const ORG_WORDS = loadSet('annotate/org-words');
const INSTITUTIONS = loadSet('annotate/institutions');
const EVENT_WORDS = loadSet('annotate/event-words');
const CALENDAR = new Set(
  'yesterday today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);
const JOINERS = new Set(['of', 'de', 'van', 'von', 'der', 'al', 'bin', 'la', 'du', 'le', 'el']);
const capitalised = (t: Token) => /^[\p{Lu}]/u.test(t.value) || /^No\d+$/.test(t.value);

/**
 * Finds proper-name mentions in one sentence: runs of capitalised tokens, with the titles and
 * nationality words in front split off as roles ("US President Donald Trump" → Donald Trump,
 * president, United States). Descriptions ("the Russian leader") are found by `findDescriptions`.
 */
export function findNames(tokens: Token[], sentence: Sentence, midCaps: Set<string>): EntityMention[] {
  const out: EntityMention[] = [];
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    if (!startsName(tokens, i, sentence, midCaps)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < sentence.tokenEnd) {
      if (capitalised(tokens[j]) && tokens[j].type !== 'punctuation' && !CALENDAR.has(tokens[j].lower)) j++;
      else if (JOINERS.has(tokens[j].lower) && j + 1 < sentence.tokenEnd && capitalised(tokens[j + 1]) && tokens[j].lower !== 'and') j++;
      else if (tokens[j].lower === 'and' && j + 1 < sentence.tokenEnd && capitalised(tokens[j + 1]) && hasOrgWord(tokens, i, j)) j++;
      else break;
    }
    out.push(...splitRun(tokens, i, j, sentence));
    i = j;
  }
  return out;
}

function startsName(tokens: Token[], i: number, s: Sentence, midCaps: Set<string>): boolean {
  const t = tokens[i];
  if (!capitalised(t) || t.type === 'punctuation' || t.type === 'number' || CALENDAR.has(t.lower) || t.value.length < 2) return false;
  if (i > s.tokenStart && !/^[“"‘'(]$/.test(tokens[i - 1].value)) return true;
  // A capital at the start of a sentence or quote is a name only when the word is capitalised
  // elsewhere too, or is a known place or institution, or opens a longer capitalised run.
  if (t.stop) return false;
  const next = tokens[i + 1];
  if (midCaps.has(t.value) || places().has(t.lower) || INSTITUTIONS.has(t.lower)) return true;
  // "Cruz continued:", "Trump has said": a proper noun that is the subject of a verb.
  if (t.pos !== 'PROPN' || next === undefined) return false;
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

function hasOrgWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_WORDS.has(tokens[k].lower) || PORTFOLIOS.has(tokens[k].lower)) return true;
  return false;
}

/** Splits a capitalised run into nationality / title prefix and the name itself. */
function splitRun(tokens: Token[], from: number, to: number, s: Sentence): EntityMention[] {
  const out: EntityMention[] = [];
  const roles: string[] = [];
  let nationality: string | null = null;
  let k = from;
  // Leading nationality and title words: "US President", "Hungarian Minister of Foreign Affairs and Trade".
  let title: string[] = [];
  while (k < to - 1) {
    const lower = tokens[k].lower;
    const place = places().get(lower);
    if (place && (place.as === 'demonym' || tokens[k].value.length <= 3) && !nationality && title.length === 0) {
      nationality = place.country;
    } else if (TITLE_WORDS.has(lower) || (title.length > 0 && (PORTFOLIOS.has(lower) || JOINERS.has(lower) || lower === 'and'))) {
      title.push(lower);
    } else break;
    k++;
  }
  // "Deputy Chief Fire Officer Alan Reyes", "Local MP Graham Oduya": the name starts after the last
  // title word of a long run.
  for (let j = to - 2; j >= k && to - k > 2; j--) {
    if (TITLE_WORDS.has(tokens[j].lower) && tokens[j + 1].pos === 'PROPN') {
      title.push(...tokens.slice(k, j + 1).map((t) => t.lower));
      k = j + 1;
      break;
    }
  }
  if (title.length) roles.push(title.join(' '));
  const allTitle = tokens.slice(k, to).every((t) => TITLE_WORDS.has(t.lower) || PORTFOLIOS.has(t.lower) || JOINERS.has(t.lower));
  if (allTitle && (title.length > 0 || TITLE_WORDS.has(tokens[k].lower))) return out;
  if (to - from === 1 && places().get(tokens[from].lower)?.as === 'demonym') return out;
  if (k >= to) {
    // Only a nationality or title: a place or a role, not a named entity.
    const place = places().get(spanText(tokens, from, to).toLowerCase());
    if (place && place.as !== 'demonym') out.push(mention(tokens, from, to, s, 'place', [], null));
    return out;
  }
  const type = typeOf(tokens, k, to);
  out.push(mention(tokens, k, to, s, type, roles, nationality));
  return out;
}

/** Person, organisation or place, from the words of the name. */
export function typeOf(tokens: Token[], from: number, to: number): EntityType {
  const text = spanText(tokens, from, to).toLowerCase();
  const last = tokens[to - 1].lower;
  if (INSTITUTIONS.has(text) || INSTITUTIONS.has(text.replace(/^the /, ''))) return 'organization';
  const place = places().get(text);
  if (place && place.as !== 'demonym') return 'place';
  if (PLACE_WORDS.has(text) || (to - from > 1 && PLACE_WORDS.has(last))) return 'place';
  for (let k = from; k < to; k++) if (ORG_WORDS.has(tokens[k].lower)) return 'organization';
  for (let k = from; k < to; k++) if (EVENT_WORDS.has(tokens[k].lower)) return 'other';
  if (to - from === 1 && /^[A-Z]{2,6}$/.test(tokens[from].value)) return 'organization';
  if (to - from >= 2 && to - from <= 4) return 'person';
  return 'other';
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

/** The text of a token range as written (single spaces between tokens where the text had any). */
export function spanText(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) out += (k > from && tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].value;
  return out;
}
