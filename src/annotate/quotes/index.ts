import type { Block, EntityMention, Quote, SegmentedArticle, Sentence, Span, Token } from '../../model/index.js';
import { EMBED_LINE, POST_SIGNATURE } from '../../clean/patterns.js';
import { surnameOf } from '../name-words.js';
import { isCue, subjectOf, type Attribution } from './cues.js';
import { quoteSpans, trimSpan } from './marks.js';
import { reportedSpeech } from './reported.js';
import { speakerSpan, type SpeakerContext } from './speaker.js';

/**
 * Finds the quotes of an article: direct quotations with their speaker and cue, embedded posts,
 * and reported statements ("the Kremlin said the pair had…"). Speakers are left as spans of the
 * text; `resolveEntities` turns them into canonical names.
 */
export function findQuotes(article: SegmentedArticle, mentions: EntityMention[]): Quote[] {
  const { text, tokens, sentences, blocks } = article;
  const quotes: Quote[] = [];
  const usedCues = new Set<number>();
  const spansOf = blocks.map((block) => (block.dropped || block.heading ? [] : quoteSpans(text, block.start, block.end).map((s) => trimSpan(text, s))));
  const direct = spansOf.flat();
  const ctx: SpeakerContext = { tokens, mentions, sentences, quotes, direct };
  const transcript = turnsOf(text, blocks);
  // In text order, sentence by sentence, direct quotes before reported speech: a "he" finds the
  // speaker of the statement just before, whichever kind it was.
  blocks.forEach((block, b) => {
    if (block.dropped || block.heading) return;
    const inBlock = sentences.filter((s) => s.block === b && s.inStory);
    if (!inBlock.length) return;
    const spans = spansOf[b];
    const sentenceOf = (span: Span) => inBlock.find((x) => x.start <= span.start && x.end >= span.start) ?? inBlock[0];
    const starting = new Map<Sentence, Span[]>();
    for (const span of spans) {
      const s = sentenceOf(span);
      starting.set(s, [...(starting.get(s) ?? []), span]);
    }
    const turn = transcript && transcriptTurn(text, block, inBlock[0], mentions, transcript);
    if (turn) {
      quotes.push(turn);
      return;
    }
    const embed = block.embed ? EMBED_LINE.exec(text.slice(block.start, block.end)) : null;
    const signed = block.embed && !embed ? POST_SIGNATURE.exec(text.slice(block.start, block.end)) : null;
    if (signed) {
      const post = signedPost(text, block, inBlock[0], signed);
      if (post) quotes.push(post);
      return;
    }
    for (const s of inBlock) {
      for (const span of starting.get(s) ?? []) directQuote(block, b, inBlock, s, span, spans, embed);
      if (block.embed) continue;
      const r = reportedSpeech(text, tokens, s, direct, mentions);
      // A statement whose cue already introduces a direct quote is that quote, not another one.
      if (!r || usedCues.has(r.attribution.cue)) continue;
      const who = speakerSpan(r.attribution, s, ctx);
      quotes.push({ ...make(text, r.span, s, null, r.attribution.cueText, 'reported'), speakerSpan: who, speaker: who ? text.slice(who.start, who.end) : null });
    }
  });
  return quotes.sort((a, b) => a.start - b.start);

  /** A direct quote of sentence `s` in block `b` (whose sentences are `inBlock`), with its speaker and cue. */
  function directQuote(block: Block, b: number, inBlock: Sentence[], s: Sentence, span: Span, spans: Span[], embed: RegExpExecArray | null): void {
    if (embed) {
      const who = mentions.find((m) => m.start >= block.start && m.end <= block.start + embed[1].length);
      quotes.push(make(text, span, s, who ?? null, embed[2] === 'X' ? 'posted on X' : `posted on ${embed[2]}`, 'post'));
      return;
    }
    if (namesAWork(tokens, s, span)) return;
    const attribution =
      attribute(tokens, s, span, spans, text, mentions) ??
      attributeAfter(tokens, inBlock, s, span, spans, text, mentions) ??
      (span.start - block.start <= 2 ? introducedBefore(article, b, mentions) : null);
    const words = text.slice(span.start, span.end).split(/\s+/).length;
    if (!attribution || attribution.subject < 0) {
      // "“…,” says a former official": the cue of a quote that opens its sentence, with no one named, is
      // still the quote's, not a statement of its own (around a quote inside a sentence the cue may
      // report more than the quoted words: "said it has “…” since").
      const opens = !/[^\s“"‘']/.test(text.slice(s.start, span.start));
      if (attribution && words > 3 && opens && tokens[attribution.cue].start >= span.end) usedCues.add(attribution.cue);
      // "Mr. Trump, who was meeting supporters, blamed the plunge on “…”": with no cue, the quote is
      // the words of the one the sentence opens with.
      const opener = attribution ? undefined : openingName(tokens, s, span, mentions);
      if (opener && words > 3) {
        quotes.push(make(text, span, s, opener, null, 'direct'));
        return;
      }
      // A quote that continues the previous one in the same paragraph keeps its speaker.
      const previous = quotes.at(-1);
      const sameBlock = previous && previous.start >= block.start;
      if (words > 3 && previous && !attribution?.phrase && (sameBlock || previous.sentence >= s.index - 1)) {
        quotes.push({ ...make(text, span, s, null, previous.cue, 'direct'), speaker: previous.speaker, speakerSpan: previous.speakerSpan });
      } else if (words > 3) quotes.push(make(text, span, s, null, null, 'direct'));
      return;
    }
    if (words <= 3 && !shortQuoteKept(tokens, s, span, text, attribution)) return;
    const who = speakerSpan(attribution, s, ctx);
    usedCues.add(attribution.cue);
    quotes.push({ ...make(text, span, s, null, attribution.cueText, 'direct'), speakerSpan: who, speaker: who ? text.slice(who.start, who.end) : null });
  }
}

/** Nouns for works whose titles are printed between quotation marks: "his book “How to Be an Antiracist”". */
const WORKS = new Set(['book', 'novel', 'memoir', 'film', 'movie', 'documentary', 'song', 'album', 'show', 'series', 'play', 'poem', 'essay', 'column', 'podcast']);

/** Those who make works, whose work "of" names: "the author of “…”". */
const MAKERS = new Set(['author', 'authors', 'co-author', 'writer', 'director', 'producer', 'creator', 'editor', 'composer', 'star']);

/**
 * The quotation marks hold the title of a work the noun before them names ("the book “…”"), follow
 * "titled", or give the name of a thing a noun before them names ("a protest called “…”", "signs
 * with messages like “…”").
 */
function namesAWork(tokens: Token[], s: Sentence, span: Span): boolean {
  let k = tokenAt(tokens, s, span.start) - 1;
  while (k >= s.tokenStart && /^[“"‘']+$/.test(tokens[k].value)) k--;
  if (k < s.tokenStart) return false;
  if ((tokens[k].pos === 'NOUN' && WORKS.has(tokens[k].lemma)) || /^(titled|entitled)$/.test(tokens[k].lower)) return true;
  // "author of “On Saudi Arabia”", "the director of “Selma”".
  if (tokens[k].lower === 'of' && MAKERS.has(tokens[k - 1]?.lower ?? '')) return true;
  // "on CNN's “Starting Point”", "Fox News' “Hannity”": a title in capitals owned by who makes it.
  if (/^[’']s?$/.test(tokens[k].value) && readsAsTitle(tokens, span)) return true;
  // (Not "a number that one official called “…”", where the noun is who calls it so.)
  const relative = tokens.slice(Math.max(s.tokenStart, k - 5), k - 1).some((t) => /^(that|what|which|whom)$/.test(t.lower));
  return /^(called|named|dubbed|nicknamed|like)$/.test(tokens[k].lower) && tokens[k - 1]?.pos === 'NOUN' && k - 1 >= s.tokenStart && !relative;
}

/** The words between the marks are few and each longer one is capitalised, as in a title ("Meet the Press"). */
function readsAsTitle(tokens: Token[], span: Span): boolean {
  const words = tokens.filter((t) => t.start >= span.start && t.end <= span.end && /\p{L}/u.test(t.value));
  return words.length > 0 && words.length <= 6 && words.every((t) => t.value.length < 4 || /^\p{Lu}/u.test(t.value));
}

/**
 * The cue nearest to a direct quote in its sentence, outside every quote, that has a subject
 * ("…”, adding that…" borrows the subject of the sentence's main "said").
 */
function attribute(tokens: Token[], s: Sentence, span: Span, spans: Span[], text: string, mentions: EntityMention[]): Attribution | null {
  const inside = (t: Token) => spans.some((q) => t.start >= q.start && t.end <= q.end);
  const qStart = tokenAt(tokens, s, span.start);
  const qEnd = tokenAt(tokens, s, span.end - 1);
  const cues: number[] = [];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (!inside(tokens[k]) && isCue(tokens, k, true)) cues.push(k);
  const distance = (k: number) => (k < qStart ? qStart - k : k - qEnd);
  cues.sort((a, b) => distance(a) - distance(b));
  let fallback: Attribution | null = null;
  let unnamedRelative: Attribution | null = null;
  for (const cue of cues) {
    const lastQuoteEnd = spans.filter((q) => q.end <= tokens[cue].start && q.start >= s.start).map((q) => tokenAt(tokens, s, q.end - 1) + 1);
    const a = subjectOf(tokens, s, cue, Math.max(s.tokenStart, ...lastQuoteEnd), mentions);
    // "The campaign said the claims of a woman, who told the Post …, lack “any merit”": a cue in a
    // relative clause about someone unnamed gives way to another cue of the sentence.
    if (a.phrase && tokens[cue - 1]?.lower === 'who') {
      unnamedRelative ??= a;
      continue;
    }
    if (a.phrase && !fallback) return a;
    if (a.subject >= 0) return fallback ? { ...a, cue: fallback.cue, cueText: fallback.cueText } : a;
    fallback ??= a;
  }
  if (fallback ?? unnamedRelative) return fallback ?? unnamedRelative;
  // "Name: “…”" — a colon introduces the quote.
  const before = text.slice(s.start, span.start).replace(/[\s“"‘']+$/, '');
  if (!before.endsWith(':') || qStart <= s.tokenStart) return null;
  let colon = qStart - 1;
  while (colon > s.tokenStart && tokens[colon].value !== ':') colon--;
  return subjectOf(tokens, s, colon, s.tokenStart, mentions);
}

/**
 * The cue after a quote that runs over several sentences (“… . …,” he said.) or that stands in a
 * short sentence of its own after it (“…?” Mr. Clyburn said.).
 */
function attributeAfter(tokens: Token[], inBlock: Sentence[], s: Sentence, span: Span, spans: Span[], text: string, mentions: EntityMention[]): Attribution | null {
  const end = inBlock.find((x) => x.start < span.end && x.end >= span.end) ?? s;
  const inEnd = end !== s ? attribute(tokens, end, span, spans, text, mentions) : null;
  if (inEnd && inEnd.subject >= 0) return inEnd;
  const next = inBlock.find((x) => x.index === end.index + 1);
  if (next && next.tokenEnd - next.tokenStart <= 8 && /^[\s”"’'.,?!]*$/.test(text.slice(span.end, end.end))) {
    const a = attribute(tokens, next, span, spans, text, mentions);
    if (a && a.subject >= 0) return a;
  }
  return inEnd;
}

/** "Cruz called them on it:" ending the paragraph before one that opens with the quotation. */
function introducedBefore(article: SegmentedArticle, b: number, mentions: EntityMention[]): Attribution | null {
  let prev = b - 1;
  while (prev >= 0 && article.blocks[prev].dropped) prev--;
  const last = article.sentences.filter((x) => x.block === prev).at(-1);
  if (!last || article.tokens[last.tokenEnd - 1].value !== ':') return null;
  let cue = last.tokenEnd - 1;
  for (let k = last.tokenEnd - 2; k >= last.tokenStart; k--) if (isCue(article.tokens, k, true)) (cue = k), (k = -1);
  return subjectOf(article.tokens, last, cue, last.tokenStart, mentions);
}

/**
 * One- to three-word quotes are scare quotes unless a quoting verb stands right before them
 * (calling him “a total stiff”), or they end like a sentence and the cue follows (“It’s fine,” Trump said).
 */
function shortQuoteKept(tokens: Token[], s: Sentence, span: Span, text: string, a: Attribution): boolean {
  const first = tokenAt(tokens, s, span.start);
  for (let k = Math.max(s.tokenStart, first - 6); k < first; k++) if (isCue(tokens, k, true)) return true;
  const last = tokenAt(tokens, s, span.end - 1);
  return /[,?!]$/.test(text.slice(span.start, span.end)) && a.cue > last && a.cue - last <= 5;
}

/** Index of the token that covers or follows a character offset, within a sentence. */
export function tokenAt(tokens: Token[], s: Sentence, offset: number): number {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (tokens[k].end > offset) return k;
  return s.tokenEnd - 1;
}

/** An embedded post signed "— Name (@handle) June 28, 2018": its words, said by the name; null for a bare link. */
function signedPost(text: string, block: Block, s: Sentence, signed: RegExpExecArray): Quote | null {
  const words = signed[1].replace(/(\s*(https?:\/\/t\.co\/\S+|pic\.twitter\.com\/\S+))+$/, '');
  if (!/\p{L}/u.test(words)) return null;
  const at = block.start + signed[0].indexOf(signed[2], signed[1].length);
  return { ...make(text, { start: block.start, end: block.start + words.length }, s, null, 'posted on X', 'post'), speaker: signed[2], speakerSpan: { start: at, end: at + signed[2].length } };
}

/** A speaker's label that opens a turn of a transcript: "THE PRESIDENT: ", "AMY GOODMAN: ". */
const TURN = /^([A-Z][A-Z.'’ -]{1,40}[A-Z.]):\s+(?=\S)/;
/** Capitalised labels that head a report or a section, not a speaker's turn. */
const NOT_SPEAKERS = new Set(['UPDATE', 'UPDATED', 'BREAKING', 'BREAKING NEWS', 'DEVELOPING', 'EXCLUSIVE', 'WATCH', 'LISTEN', 'READ', 'MORE', 'RELATED', 'PHOTOS', 'VIDEO', 'CORRECTION', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'NOTE', 'CLAIM', 'VERDICT', 'FACT CHECK', 'FACT', 'FACTS', 'MYTH', 'TRUTH', 'FICTION', 'THE FACTS', 'BOTTOM LINE', 'WHY IT MATTERS', 'THE BACKSTORY', 'SEE ALSO', 'ANALYSIS', 'OPINION', 'LIVE', 'JUST IN', 'WASHINGTON', 'UPDATE 1', 'ADVERTISEMENT']);

/** How an article's capitalised labels are read (see `turnsOf`). */
interface Turns {
  /** Every labelled block counts: the article has three or more ("TAPPER:", "FALLIN:", "TRUMP:"). */
  all: boolean;
}

/**
 * Whether the article's capitalised labels are a transcript's turns: three or more of them (one
 * label alone, "BOOM:", "HUFFPOST READERS:", usually heads a report); else only a label that holds a
 * person's name or role counts.
 */
function turnsOf(text: string, blocks: Block[]): Turns | null {
  const labelled = blocks.filter((b) => !b.dropped && label(text, b)).length;
  return labelled ? { all: labelled >= 3 } : null;
}

function label(text: string, block: Block): RegExpExecArray | null {
  const m = TURN.exec(text.slice(block.start, block.end));
  return m && !NOT_SPEAKERS.has(m[1]) && /[A-Z]{2}/.test(m[1]) ? m : null;
}

/**
 * A paragraph of a transcript that opens with its speaker's label in capitals ("THE PRESIDENT: What
 * I just find interesting is …"): all of it is that speaker's words, a direct quote whose speaker is
 * the name or role the label holds, the person named in full whose surname it is ("DEVOS:" after
 * "Betsy DeVos"), or the label itself ("Tapper" for "TAPPER:") when it names no one known.
 */
function transcriptTurn(text: string, block: Block, s: Sentence, mentions: EntityMention[], turns: Turns): Quote | null {
  const m = label(text, block);
  if (!m) return null;
  const who = mentions.find((x) => x.type === 'person' && x.start >= block.start && x.end <= block.start + m[1].length) ?? null;
  if (!who && !turns.all) return null;
  const quote = make(text, { start: block.start + m[0].length, end: block.end }, s, who, 'said (transcript)', 'direct');
  if (who) return quote;
  // "DEVOS:" after "Betsy DeVos" was named: the person of that surname.
  const surname = surnameOf(m[1]);
  const named = mentions.find((x) => x.type === 'person' && x.form === 'name' && x.text.includes(' ') && surnameOf(x.text) === surname);
  if (named) return { ...quote, speaker: text.slice(named.start, named.end), speakerSpan: { start: named.start, end: named.end } };
  const name = m[1].toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
  return { ...quote, speaker: name, speakerSpan: { start: block.start, end: block.start + m[1].length } };
}

/**
 * The name of a person or organisation that opens sentence `s` as its subject, before the quote
 * `span`, after at most three capitalised words of a title ("Mr. Trump", "Health Secretary Alex
 * Azar", where a name of no known kind is a person's); not an owner ("Trump’s “America First” policy").
 */
function openingName(tokens: Token[], s: Sentence, span: Span, mentions: EntityMention[]): EntityMention | undefined {
  for (let k = s.tokenStart; k < Math.min(s.tokenEnd, s.tokenStart + 4); k++) {
    const m = mentions.find((x) => x.form === 'name' && x.start === tokens[k].start);
    if (m) {
      const speaks = m.type === 'person' || m.type === 'organization' || (m.type === 'other' && k > s.tokenStart);
      // The subject: a verb or an apposition follows ("Akin Gump partner Brian Pomper" is not Akin
      // Gump's), and no one else comes in before the quote ("… protested Trump's use of tropes
      // when he talks of “…”").
      const next = tokens.find((t) => t.start >= m.end);
      const subject = next !== undefined && (next.value === ',' || /^(VERB|AUX|ADV)$/.test(next.pos));
      const between = (t: Token) => t.start >= m.end && t.end <= span.start;
      const other = mentions.some((x) => x.form === 'name' && x.type === 'person' && x.start >= m.end && x.end <= span.start && x.text !== m.text);
      const pronoun = tokens.some((t) => between(t) && /^(he|she|they|we|i)$/.test(t.lower));
      return speaks && subject && !other && !pronoun && m.end <= span.start ? m : undefined;
    }
    if (tokens[k].pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[k].value)) return undefined;
  }
  return undefined;
}

function make(text: string, span: Span, s: Sentence, who: EntityMention | null, cue: string | null, kind: Quote['kind']): Quote {
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    speaker: who ? who.text : null,
    speakerSpan: who ? { start: who.start, end: who.end } : null,
    cue,
    kind,
    sentence: s.index,
  };
}
