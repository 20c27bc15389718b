import type { EntityMention, Token } from '../../model/index.js';

/** What stands right before a cue as its grammatical subject. */
export type Adjacent =
  | { kind: 'mention' | 'pronoun'; token: number }
  /** A common noun phrase that names no entity ("the Christie supporter", "Twenty-four percent"). */
  | { kind: 'phrase'; token: number }
  | { kind: 'none' };

const SKIPPED = new Set(['AUX', 'ADV', 'PART']);
const PRONOUN = /^(he|she|it|they|we|i)$/;
/** Pronouns that name a speaker; "they", "we" and "I" are left to the caller. */
const SPEAKING_PRONOUN = /^(he|she|it)$/;
const CLOSING = /^[,—–]$/;

/**
 * The subject written right before a cue, the way English puts it: "Trump said", "Trump has also
 * said", "Trump, the front-runner, said", "Sen. Bernie Sanders (I-Vt.) said". It beats the first
 * name of the clause, which is often in an opening phrase ("Speaking in Salem, New Hampshire, Trump
 * said"). A noun phrase that holds no name is reported as such, so that no name elsewhere in the
 * clause is taken for the speaker; its possessive owner is its speaker ("Clinton's campaign said").
 */
export function adjacentSubject(tokens: Token[], cue: number, from: number, mentions: EntityMention[], depth = 0): Adjacent {
  let j = cue - 1;
  while (j >= from && SKIPPED.has(tokens[j].pos) && !PRONOUN.test(tokens[j].lower)) j--;
  j = skipParenthesis(tokens, j, from);
  // "Trump tweeted: “…”": the verb before the colon is the cue; other colons are left to the caller.
  if (tokens[cue].value === ':') return j >= from && tokens[j].pos === 'VERB' && depth < 2 ? adjacentSubject(tokens, j, from, mentions, depth + 1) : { kind: 'none' };
  if (j >= from && CLOSING.test(tokens[j].value)) {
    let k = j - 1;
    while (k > from && j - k < 16 && !CLOSING.test(tokens[k].value) && !/^[“”"]$/.test(tokens[k].value)) k--;
    const opened = k >= from && CLOSING.test(tokens[k].value);
    // "Trump went after Bush, calling him …": a participle takes the subject of the clause's verb.
    const stretch = opened ? k + 1 : from;
    const verb = firstVerb(tokens, stretch, j);
    const participle = tokens[cue].lower.endsWith('ing') && j === cue - 1;
    if (participle && verb > stretch && depth < 2) return adjacentSubject(tokens, verb, from, mentions, depth + 1);
    // An apposition between commas or dashes: "Rubio, 44, said", "Trump — the front-runner — said".
    if (!opened || k <= from) return { kind: 'none' };
    const m = mentionEndingAt(tokens, skipParenthesis(tokens, k - 1, from), mentions);
    if (m >= from) return { kind: 'mention', token: m };
    // "The firm's chief executive, Daniel Frey, said": the name between the commas.
    const inner = mentionEndingAt(tokens, j - 1, mentions);
    return inner === k + 1 ? { kind: 'mention', token: inner } : { kind: 'none' };
  }
  if (j < from) return { kind: 'none' };
  const m = mentionEndingAt(tokens, j, mentions);
  if (m >= from) return { kind: 'mention', token: m };
  if (PRONOUN.test(tokens[j].lower)) return SPEAKING_PRONOUN.test(tokens[j].lower) ? { kind: 'pronoun', token: j } : { kind: 'none' };
  if (tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'NUM') return { kind: 'none' };
  // A noun phrase: walk back over its modifiers to find a possessive owner.
  let k = j;
  while (k - 1 >= from && /^(NOUN|ADJ|PROPN|NUM|DET|PART)$/.test(tokens[k - 1].pos) && tokens[k - 1].lower !== 'that') k--;
  // "in a low voice said": a prepositional phrase is no subject.
  if (k - 1 >= from && tokens[k - 1].pos === 'ADP') return { kind: 'none' };
  for (let n = k; n < j; n++) {
    if (!/^[’']s$/.test(tokens[n + 1]?.value ?? '')) continue;
    const owner = mentionEndingAt(tokens, n, mentions);
    if (owner >= k) return { kind: 'mention', token: owner };
  }
  return { kind: 'phrase', token: j };
}

/** Index of the first token of the mention that ends with token `j`, or -1. */
export function mentionEndingAt(tokens: Token[], j: number, mentions: EntityMention[]): number {
  if (j < 0) return -1;
  const m = mentions.find((x) => x.end === tokens[j].end);
  if (!m) return -1;
  let k = j;
  while (k > 0 && tokens[k - 1].start >= m.start) k--;
  return k;
}

function firstVerb(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[k].pos === 'VERB') return k;
  return -1;
}

function skipParenthesis(tokens: Token[], j: number, from: number): number {
  if (j < from || tokens[j].value !== ')') return j;
  let k = j - 1;
  while (k > from && tokens[k].value !== '(' && j - k < 10) k--;
  return tokens[k].value === '(' ? k - 1 : j;
}
