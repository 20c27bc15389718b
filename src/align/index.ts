import type { AnnotatedArticle, Entity, Fact, FactStatus } from '../model/index.js';
import { idfOf, weigh, type Vector } from '../text/vector.js';
import { claimsOf, type Claim } from './claims.js';
import { claimTerms } from './features.js';
import { averageLinkage } from './cluster.js';
import { claimSimilarity, similarityEdges, speakerOf, type ClaimView } from './graph.js';
import { profileOf } from './evidence.js';

/** A fact's claims need a mean similarity of 0.9 × threshold, with one cross-article pair at the threshold. */
const MEAN_SHARE = 0.9;
/** A fact holds at most three claims of one article (its lead, a restatement, a quotation). */
const MAX_PER_ARTICLE = 3;

/**
 * Stage 5, align: matches the claims of all articles by what they say (shared words and stems,
 * canonical entities, numbers) and groups them into facts. A fact reported by every article of the
 * story is consensus, by several partial, by one single-source.
 */
export function align(articles: AnnotatedArticle[], entities: Entity[], threshold: number): Alignment {
  const claims = articles.flatMap((a, i) => claimsOf(a, i));
  // Across articles a claim that opens "The agreement…" is read with the claim before it; within
  // its own article that context would only make neighbours look alike.
  const own = claims.map((c) => claimTerms(articles[c.article], c, null));
  const read = claims.map((c, i) => claimTerms(articles[c.article], c, i > 0 ? claims[i - 1] : null));
  const idf = idfOf(own.map((v) => v.keys()));
  const vectors = read.map((v) => weigh(v, idf));
  const ownVectors = own.map((v) => weigh(v, idf));
  const views: ClaimView[] = claims.map((claim, i) => {
    const art = articles[claim.article];
    return { claim, read: vectors[i], own: ownVectors[i], ...speakerOf(art, claim), profile: profileOf(art, claim, own[i]) };
  });
  // Edges down to 0.4 × threshold are kept: clustering ignores weak ones, conflict search uses them.
  const edges = similarityEdges(views, threshold * 0.4);
  const owner = averageLinkage(claims.length, edges, threshold, { articleOf: claims.map((c) => c.article), meanShare: MEAN_SHARE, maxPerArticle: MAX_PER_ARTICLE });
  const sims = new Map(edges.map(([i, j, w]) => [`${i} ${j}`, w]));
  const groups = new Map<number, number[]>();
  owner.forEach((o, i) => groups.set(o, [...(groups.get(o) ?? []), i]));
  const inStory = articles.filter((a) => a.sentences.some((s) => s.inStory)).length;
  const facts = [...groups.values()].map((members) => toFact(members, claims, articles, sims, inStory));
  const order = facts.map((f, i) => i).sort((a, b) => facts[b].articles.length - facts[a].articles.length || facts[a].rank - facts[b].rank);
  const factOf = new Map<number, string>();
  const names = new Map(entities.map((e) => [e.key, e.name]));
  const sorted = order.map((k, n) => {
    const id = `f${n + 1}`;
    for (const i of [...groups.values()][k]) factOf.set(i, id);
    return { ...facts[k], id, entities: facts[k].entities.map((key) => names.get(key) ?? key) };
  });
  const pairs: ClaimPair[] = edges
    .filter(([i, j]) => claims[i].article !== claims[j].article)
    .map(([i, j, w]) => ({
      a: claims[i],
      b: claims[j],
      // Conflicting figures lower the similarity of two tellings of one event: compare without them.
      similarity: Math.max(w, claimSimilarity(blind(vectors[i]), blind(vectors[j]))),
      // Of the two claims' facts, the one more articles tell (facts are numbered most told first):
      // a conflict shown there concerns every side, not a fact only one of them reports.
      fact: [factOf.get(i)!, factOf.get(j)!].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)))[0],
      sameFact: factOf.get(i) === factOf.get(j),
    }));
  return { facts: sorted, pairs };
}

const blinded = new WeakMap<Vector, Vector>();
/** A claim's vector without its numbers and dates. */
function blind(v: Vector): Vector {
  let out = blinded.get(v);
  if (!out) {
    out = new Map([...v].filter(([t]) => !t.startsWith('#') && !/^@\d{4}/.test(t)));
    blinded.set(v, out);
  }
  return out;
}

/** Two claims of different articles that say related things, with the more widely told of their facts. */
export interface ClaimPair {
  a: Claim;
  b: Claim;
  similarity: number;
  fact: string;
  /** Both claims ended up in the same fact. */
  sameFact: boolean;
}

/** The facts of a story and the related claim pairs behind them (conflicts are looked for there). */
export interface Alignment {
  facts: Fact[];
  pairs: ClaimPair[];
}

/** How much a clause that starts inside its sentence counts when the fact's words are chosen. */
const FRAGMENT = 0.7;

function toFact(members: number[], claims: Claim[], articles: AnnotatedArticle[], sims: Map<string, number>, inStory: number): Fact {
  const ids = [...new Set(members.map((i) => claims[i].article))].sort((a, b) => a - b);
  const status: FactStatus = ids.length === 1 ? 'single' : ids.length >= inStory ? 'consensus' : 'partial';
  const sim = (i: number, j: number) => sims.get(i < j ? `${i} ${j}` : `${j} ${i}`) ?? 0;
  let cross = 0;
  let pairs = 0;
  for (const i of members) for (const j of members) if (i < j && claims[i].article !== claims[j].article) [cross, pairs] = [cross + sim(i, j), pairs + 1];
  // The representative: the mention closest to the others, a whole sentence in the reporter's voice if possible;
  // in a fact of several articles, closest to the other articles' mentions (an article's own
  // repetitions of a neighbouring claim must not make that claim the fact's words).
  // A clause cut from the middle of a sentence ("as well as talks on…") reads worse as the fact's words.
  const whole = (i: number) => (/^[\p{Lu}\p{N}"“‘']/u.test(articles[claims[i].article].text.slice(claims[i].start, claims[i].start + 1)) ? 1 : FRAGMENT);
  const central = (i: number) =>
    whole(i) * members.reduce((n, j) => n + (i === j || (ids.length > 1 && claims[i].article === claims[j].article) ? 0 : sim(i, j)), 0);
  const voiceOf = (i: number) => articles[claims[i].article].sentences[claims[i].sentence].voice;
  // A whole sentence first, then the reporter's voice, then the most central.
  const rank = (i: number) => (whole(i) < 1 ? 2 : 0) + (voiceOf(i) === 'quoted' ? 1 : 0);
  const best = [...members].sort((i, j) => rank(i) - rank(j) || central(j) - central(i))[0];
  const rep = claims[best];
  const repArticle = articles[rep.article];
  const keys = new Set<string>();
  for (const i of members) {
    const c = claims[i];
    for (const m of articles[c.article].entities) if (m.start >= c.start && m.end <= c.end && m.entity) keys.add(m.entity);
  }
  return {
    id: '',
    text: wording(repArticle, rep),
    status,
    articles: ids.map((a) => articles[a].id),
    mentions: members
      .map((i) => claims[i])
      .sort((x, y) => x.article - y.article || x.start - y.start)
      .map((c) => ({ article: articles[c.article].id, sentence: c.sentence, start: c.start, end: c.end, text: articles[c.article].text.slice(c.start, c.end) })),
    confidence: pairs ? Math.min(1, cross / pairs) : 1,
    voice: voiceOf(best),
    entities: [...keys],
    rank: Math.min(...members.map((i) => claims[i].position)),
  };
}

/**
 * The words of a claim as a fact's wording: a clause cut from inside a sentence says so with an
 * ellipsis ("… and reiterated that he is open to talks."), so it does not read as a whole sentence.
 */
export function wording(article: AnnotatedArticle, c: Claim): string {
  const text = article.text.slice(c.start, c.end);
  const s = article.sentences[c.sentence];
  const before = c.start > s.start && /^\p{Ll}/u.test(text) ? '… ' : '';
  const after = c.end < s.end && !/[.!?…"”’)]$/u.test(text) ? ' …' : '';
  return `${before}${text}${after}`;
}
