import type { TokenizedArticle } from './annotation.js';
import type { Message } from './errors.js';

/** A character range in `Article.text`. Every annotation is one, so a report can point at exact words. */
export interface Span {
  start: number;
  end: number;
}

/** What a reader hands in: one article, as loose as users have it. `text` or `html` is required. */
export interface ArticleInput {
  id?: string;
  outlet?: string;
  url?: string;
  title?: string;
  /** Publication date, ISO 8601 or anything `Date.parse` reads. */
  date?: string;
  authors?: string[];
  /** Language of the text (BCP 47, e.g. "en"), when the page says. */
  language?: string;
  text?: string;
  html?: string;
  /** Where it came from (a file name, `stdin:3`), used in messages. */
  source?: string;
}

/** Stage 0, ingest: an article with its text and metadata settled. Offsets point into `text`. */
export interface Article {
  id: string;
  outlet: string;
  title: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD or full timestamp) or null when unknown. */
  date: string | null;
  authors: string[];
  language: string | null;
  source: string;
  text: string;
  /** Id of an earlier article of the story with the same text (a syndicated wire copy), or null. */
  copyOf: string | null;
  messages: Message[];
}

/** Why a block of text was left out of the analysis. */
export type DropReason = 'boilerplate' | 'toc' | 'repeat' | 'empty';

/** A paragraph-like block of the text: one line, or one run of lines without a blank between. */
export interface Block extends Span {
  /** Null when the block is analysed; otherwise why it was dropped. */
  dropped: DropReason | null;
  /** Index of the earlier block this one repeats, when `dropped === 'repeat'`. */
  repeatOf?: number;
  /** A short line that looks like a heading (no final punctuation, title case). */
  heading: boolean;
  /** The block is an embedded social post (a "Name on X: …" line or its repetition). */
  embed: boolean;
}

/** Stage 1, clean: the text is cut into blocks; dropped blocks keep their place but are not analysed. */
export interface CleanArticle extends Article {
  blocks: Block[];
}

/** A sub-article of a roundup or live page; an ordinary article has one segment. */
export interface Segment extends Span {
  heading: string | null;
  /** False when this part is about another event: not compared, not counted as an omission. */
  inStory: boolean;
  /** How close the segment is to the story's lead (0..1); the evidence behind `inStory`. */
  score: number;
  /** Indices into `blocks`. */
  blocks: number[];
}

/** Stage 3, segment (after tokenize, stage 2, in annotation.ts). */
export interface SegmentedArticle extends TokenizedArticle {
  segments: Segment[];
}
