import type { AnnotatedArticle, Quote, Sentence, Voice } from '../model/index.js';
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
  return { article, sentences };
}

/** Whose words a span is: a quote that holds it, quotation marks around it, or the sentence's voice. */
export function voiceAt(view: ArticleView, sv: SentenceView, start: number, end: number): { voice: Voice; speaker: string | null } {
  const holder = sv.quotes.find((q) => q.start <= start && end <= q.end);
  if (holder) return { voice: 'quoted', speaker: holder.speaker };
  if (insideQuoteMarks(view.article.text, sv.sentence.start, start, end, sv.sentence.end)) {
    return { voice: 'quoted', speaker: sv.sentence.speaker ?? sv.quotes[0]?.speaker ?? null };
  }
  // A sentence the annotator gave to a source, with no quote of its own to say where the source's
  // words stop (the second sentence of a long quotation): the whole sentence is the source's.
  if (sv.sentence.voice === 'quoted' && sv.quotes.length === 0) return { voice: 'quoted', speaker: sv.sentence.speaker };
  return { voice: 'reporter', speaker: null };
}

/**
 * True when quotation marks open before `start` within the sentence and close after `end`. A safety
 * net for quotes the annotator missed; a ’ between letters is an apostrophe, not a closing mark.
 */
export function insideQuoteMarks(text: string, from: number, start: number, end: number, to: number): boolean {
  let double = false;
  let single = false;
  for (let i = from; i < start; i++) {
    const c = text[i];
    if (c === '“') double = true;
    else if (c === '”') double = false;
    else if (c === '"') double = !double;
    else if (c === '‘') single = true;
    else if (c === '’' && !isLetter(text[i + 1])) single = false;
  }
  if (!double && !single) return false;
  for (let i = end; i < to; i++) {
    const c = text[i];
    if (double && (c === '”' || c === '"')) return true;
    if (single && c === '’' && !isLetter(text[i + 1])) return true;
  }
  return false;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}
