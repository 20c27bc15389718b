import type { AnnotatedArticle } from '../model/index.js';
import { cosine, sharedEvidence, type Vector } from '../text/vector.js';
import type { Claim } from './claims.js';
import { discount, evidenceFactor, otherParticipants, sharedPieces, unsupported, type Profile } from './evidence.js';

/** Similarity of two claims of the same article is discounted: restating is not corroborating. */
const SAME_ARTICLE = 0.8;
/**
 * Two sources saying the same words are two facts: who said it is part of what is reported (not
 * when a claim only cites its source: "…, according to the electricity company").
 */
const OTHER_SPEAKER = 0.5;
/** Shared evidence worth half the score: about two rare words and a name. */
const EVIDENCE_HALF = 3;

/** How alike two claims are: the mean of TF-IDF cosine and shared rare evidence (0..1). */
export function claimSimilarity(a: Vector, b: Vector): number {
  return 0.5 * cosine(a, b) + 0.5 * sharedEvidence(a, b, EVIDENCE_HALF);
}

/**
 * The source a claim is in the voice of: the speaker of the quote covering most of it (≥ 30%), and
 * whether the claim only cites that source ("…, according to the electricity company").
 */
export function speakerOf(article: AnnotatedArticle, c: Claim): { speaker: string | null; cited: boolean } {
  let best: { speaker: string | null; cited: boolean } = { speaker: null, cited: false };
  let most = 0.3 * (c.end - c.start);
  for (const q of article.quotes) {
    const overlap = Math.min(q.end, c.end) - Math.max(q.start, c.start);
    if (overlap > most && q.speaker) [most, best] = [overlap, { speaker: q.speaker, cited: q.cue === 'according to' }];
  }
  return best;
}

/** A claim as it is compared: read with its context across articles, alone within its own. */
export interface ClaimView {
  claim: Claim;
  /** Weighted terms, with those borrowed from the previous claim when it opens "The agreement…". */
  read: Vector;
  /** Weighted terms of the claim alone. */
  own: Vector;
  speaker: string | null;
  /** The claim cites its source ("according to …") rather than reports what the source said. */
  cited: boolean;
  profile: Profile;
}

/**
 * How alike two claims are as evidence of one fact: their similarity with the shared terms that mean
 * different things on each side discounted, lowered for the same article, another speaker, other
 * people taking part, or (across articles) a single shared word.
 */
export function pairSimilarity(x: ClaimView, y: ClaimView): number {
  const same = x.claim.article === y.claim.article;
  const [a, b] = same ? [x.own, y.own] : [x.read, y.read];
  const off = unsupported(a, b, x.profile, y.profile);
  let w = claimSimilarity(discount(a, off), discount(b, off)) * otherParticipants(x.profile, y.profile);
  if (same) w *= SAME_ARTICLE;
  else w *= evidenceFactor(sharedPieces(a, b, off));
  if (x.speaker && y.speaker && x.speaker !== y.speaker && !x.cited && !y.cited) w *= OTHER_SPEAKER;
  return w;
}

/**
 * Similarities of all claim pairs that share a term, found through an inverted index so that long
 * articles do not cost a comparison of every pair.
 */
export function similarityEdges(views: ClaimView[], floor: number): Array<[number, number, number]> {
  const postings = new Map<string, number[]>();
  views.forEach((v, i) => {
    for (const t of v.read.keys()) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  const edges: Array<[number, number, number]> = [];
  for (let i = 0; i < views.length; i++) {
    const candidates = new Set<number>();
    for (const t of views[i].read.keys()) for (const j of postings.get(t)!) if (j > i) candidates.add(j);
    for (const j of candidates) {
      const w = pairSimilarity(views[i], views[j]);
      if (w >= floor) edges.push([i, j, w]);
    }
  }
  return edges;
}
