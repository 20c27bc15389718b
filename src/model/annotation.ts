import type { CleanArticle, Span, SegmentedArticle } from './article.js';

export type Voice = 'reporter' | 'quoted';

/** One token of the text, as the NLP model saw it. */
export interface Token extends Span {
  value: string;
  lower: string;
  lemma: string;
  pos: string;
  /** Token type from the tokenizer: word, number, punctuation, … */
  type: string;
  /** A function word (the, of, is …) by the model's stop-word list. */
  stop: boolean;
}

/** A sentence: a range of tokens and characters, with whose voice it speaks in. */
export interface Sentence extends Span {
  index: number;
  /** Token range `[tokenStart, tokenEnd)` into `tokens`. */
  tokenStart: number;
  tokenEnd: number;
  /** Index into `blocks`. */
  block: number;
  /** Index into `segments`. */
  segment: number;
  /** Part of a segment that is in the story. */
  inStory: boolean;
  /** 'quoted' when the sentence is mostly a quotation or a reported statement of a source. */
  voice: Voice;
  /** Canonical speaker when the voice is a source's. */
  speaker: string | null;
  /** The sentence is the repetition of an embedded post, or inside one. */
  embed: boolean;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** A name or description in the text that refers to an entity. `entity` is filled at story level. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  sentence: number;
  /** Canonical entity key after resolution across the story. */
  entity: string;
  /** How the mention refers: by a proper name, a title/role ("the Russian leader"), or a pronoun. */
  form: 'name' | 'description';
  /** Role words seen next to the name ("President", "envoy") and places linked to it ("Russian"). */
  roles: string[];
  nationality: string | null;
}

/** A number with its unit and what it counts ("more than 90 minutes", "23 soldiers"). */
export interface NumberMention extends Span {
  text: string;
  value: number;
  /** Normalised unit: minute, day, percent, usd, … or the counted noun's lemma. */
  unit: string | null;
  /** The noun phrase head the number quantifies (lemma), when found. */
  counts: string | null;
  /** exact, or a bound: "more than 90" is `min`, "up to 30" is `max`, "about 90" is `approx`. */
  bound: 'exact' | 'min' | 'max' | 'approx';
  sentence: number;
}

/** A date expression, resolved against the article's date when possible. */
export interface DateMention extends Span {
  text: string;
  /** ISO date, or null when it could not be resolved. */
  iso: string | null;
  sentence: number;
}

/** A quotation or attributed statement. */
export interface Quote extends Span {
  /** Canonical speaker name (person or institution), or null when none could be found. */
  speaker: string | null;
  speakerSpan: Span | null;
  /** The verb or phrase that attributes it: said, told, declared, "in a statement", "according to". */
  cue: string | null;
  text: string;
  kind: 'direct' | 'reported' | 'post';
  sentence: number;
}

/** Stage 2, tokenize: tokens and sentences of the kept blocks. */
export interface TokenizedArticle extends CleanArticle {
  tokens: Token[];
  sentences: Sentence[];
}

/** Stage 4, annotate. */
export interface AnnotatedArticle extends SegmentedArticle {
  entities: EntityMention[];
  numbers: NumberMention[];
  dates: DateMention[];
  quotes: Quote[];
}
