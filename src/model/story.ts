import type { Message } from './errors.js';
import type { AnnotatedArticle, EntityType, Voice } from './annotation.js';
import type { Span } from './article.js';

/** One real-world entity across all articles of a story, under one canonical name. */
export interface Entity {
  key: string;
  name: string;
  type: EntityType;
  /** Other names and descriptions seen for it ("Putin", "the Russian leader"). */
  aliases: string[];
  nationality: string | null;
}

/** Where one article states a fact: one or more whole sentences. */
export interface FactMention extends Span {
  article: string;
  sentence: number;
  text: string;
}

export type FactStatus = 'consensus' | 'partial' | 'single';

/** A claim matched across articles. */
export interface Fact {
  id: string;
  /** A representative wording (the clearest mention, in the reporter's voice when possible). */
  text: string;
  status: FactStatus;
  articles: string[];
  mentions: FactMention[];
  /** How sure the match across articles is (1 for a single mention). */
  confidence: number;
  /** Whose voice the representative wording speaks in. */
  voice: Voice;
  /** Canonical entities the fact is about. */
  entities: string[];
  /** Position of the first mention in its article (0 = the lead), used to rank facts. */
  rank: number;
}

export type ConflictKind = 'number' | 'date' | 'scope' | 'actor';

export interface ConflictSide extends Span {
  article: string;
  text: string;
  /** The value this side gives: "30 days", "both sides", "Tuesday". */
  value: string;
}

/** Outlets report the same fact in ways that cannot both be true. */
export interface Conflict {
  kind: ConflictKind;
  fact: string;
  description: string;
  sides: ConflictSide[];
  confidence: number;
}

export type FramingKind = 'loaded' | 'opinion' | 'hedge' | 'label';

/** A stretch of wording that frames rather than reports. */
export interface FramingSpan extends Span {
  article: string;
  text: string;
  kind: FramingKind;
  voice: Voice;
  /** Who speaks when the voice is quoted. */
  speaker: string | null;
  /** Why it was flagged: the lexicon entry or pattern, and for labels the other outlets' wording. */
  note: string;
}

/** Who an outlet lets speak. */
export interface SpeakerStat {
  article: string;
  outlet: string;
  speaker: string;
  type: EntityType;
  quotes: number;
  /** Which side the voice takes where the text makes it clear, else null. */
  stance: string | null;
}

export interface SummarySentence {
  text: string;
  articles: string[];
  facts: string[];
}

/** What one outlet reports that no other does. */
export interface Addition {
  article: string;
  outlet: string;
  facts: string[];
}

/** The whole comparison: what the runner returns and every report renders. */
export interface Story {
  title: string;
  articles: AnnotatedArticle[];
  entities: Entity[];
  facts: Fact[];
  conflicts: Conflict[];
  framing: FramingSpan[];
  speakers: SpeakerStat[];
  summary: SummarySentence[];
  additions: Addition[];
  messages: Message[];
}
