import type { AnnotatedArticle, Quote, Sentence, Span, Voice } from '../model/index.js';
import { toWords, type Word } from './words.js';

/** One in-story sentence with its words and the quotes that overlap it. */
export interface SentenceView {
  sentence: Sentence;
  words: Word[];
  quotes: Quote[];
}

/** What every framing detector reads of an article, built once per article. */
export interface ArticleView {
  article: AnnotatedArticle;
  sentences: SentenceView[];
  /** Stretches between quotation marks, per block, found when first asked for. */
  marked: Map<number, Span[]>;
}

/** Builds the view of the article's in-story sentences; words inside proper names are marked. */
export function viewArticle(article: AnnotatedArticle): ArticleView {
  const names = article.entities.filter((m) => m.form === 'name');
  const sentences: SentenceView[] = [];
  for (const sentence of article.sentences) {
    if (!sentence.inStory) continue;
    const words = toWords(article.tokens, sentence.tokenStart, sentence.tokenEnd);
    for (const m of names) {
      if (m.end <= sentence.start || m.start >= sentence.end) continue;
      for (const w of words) if (w.start >= m.start && w.end <= m.end) w.inName = true;
    }
    const quotes = article.quotes.filter((q) => q.start < sentence.end && sentence.start < q.end);
    sentences.push({ sentence, words, quotes });
  }
  return { article, sentences, marked: new Map() };
}

/** Whose words a span is: a quote that holds it, quotation marks around it, or the sentence's voice. */
export function voiceAt(view: ArticleView, sv: SentenceView, start: number, end: number): { voice: Voice; speaker: string | null } {
  const holder = sv.quotes.find((q) => q.start <= start && end <= q.end);
  if (holder) return { voice: 'quoted', speaker: holder.speaker };
  if (betweenQuoteMarks(view, sv.sentence).some((r) => r.start <= start && end <= r.end)) {
    return { voice: 'quoted', speaker: sv.sentence.speaker ?? sv.quotes[0]?.speaker ?? null };
  }
  // A sentence the annotator gave to a source, with no quote of its own to say where the source's
  // words stop (the second sentence of a long quotation): the whole sentence is the source's.
  if (sv.sentence.voice === 'quoted' && sv.quotes.length === 0) return { voice: 'quoted', speaker: sv.sentence.speaker };
  return { voice: 'reporter', speaker: null };
}

/** The stretches of the sentence's paragraph that stand between quotation marks, cached per block. */
function betweenQuoteMarks(view: ArticleView, s: Sentence): Span[] {
  let ranges = view.marked.get(s.block);
  if (!ranges) {
    const block = view.article.blocks[s.block] ?? s;
    ranges = quotedRanges(view.article.text, Math.min(block.start, s.start), Math.max(block.end, s.end));
    view.marked.set(s.block, ranges);
  }
  return ranges;
}

/**
 * Finds text between quotation marks in `[from, to)`: a safety net for quotes the annotator missed.
 * “…” and "…" pair up; ‘…’ and '…' too, where a ’ or ' before a letter is an apostrophe, not a
 * closing mark, and a straight ' opens only before a word after a space, a colon or a dash.
 * @example quotedRanges('He said “no” twice.', 0, 19) // [{ start: 9, end: 11 }]
 */
export function quotedRanges(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let double = -1;
  let single = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“' || (c === '"' && double < 0)) double = i + 1;
    else if ((c === '”' || c === '"') && double >= 0) {
      out.push({ start: double, end: i });
      double = -1;
    } else if (c === '‘' || (c === "'" && single < 0 && opensWord(text, i, from))) single = i + 1;
    else if ((c === '’' || c === "'") && single >= 0 && !isLetter(text[i + 1])) {
      out.push({ start: single, end: i });
      single = -1;
    }
  }
  return out;
}

/** A straight ' that opens a quotation: after a space, a colon or a dash (or the start), before a word ("Al Gore: 'Secret …'"). */
function opensWord(text: string, i: number, from: number): boolean {
  return (i === from || /[\s:(—–-]/.test(text[i - 1])) && /[\p{L}\d]/u.test(text[i + 1] ?? '');
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}
