import type { Segment, SegmentedArticle, TokenizedArticle } from '../model/index.js';
import { message } from '../model/index.js';
import { cosine, countTerms, termsOf, weigh, type Vector } from '../text/vector.js';
import { rarity } from '../lexicon/rarity.js';
import { splitSections } from './sections.js';

/**
 * Stage 3, segment: splits roundup and live pages into their sub-articles and marks those about
 * another event as out of the story, by how much each shares with the story's other text.
 * `threshold` is the least TF-IDF cosine a section needs with the rest of the story to stay in it
 * (see SECTION_SHARE for a second chance).
 */
export function segment(articles: TokenizedArticle[], threshold: number): SegmentedArticle[] {
  const split = articles.map((a) => ({ article: a, segments: splitSections(a) }));
  const bags = split.map(({ article, segments }) => segments.map((s) => segmentTerms(article, s)));
  const names = new Set(bags.flat().flatMap((b) => [...b.names]));
  // Rarity in general English, not in the story: with two or three articles, words they all share
  // would get no weight from the story's own document frequencies.
  const vecs = bags.map((segs) => segs.map((b) => weigh(countTerms(b.terms), rarity)));
  // Twice: the second pass leaves the first pass's off-story sections out of the reference.
  for (let pass = 0; pass < 2; pass++) {
    // The reference for a section is every in-story section of the other articles, plus its own
    // article's lead: one sum for the story, minus the article's own share.
    const total: Vector = new Map();
    const own = split.map(({ segments }, a) => {
      const mine: Vector = new Map();
      segments.forEach((g, t) => g.inStory && addInto(mine, vecs[a][t]));
      addInto(total, mine);
      return mine;
    });
    split.forEach(({ segments }, a) => {
      const others = subtract(total, own[a]);
      let othersWords: Vector | null = null;
      const shareWords = (v: Vector) => cosine(wordsOf(v, names), (othersWords ??= wordsOf(others, names)));
      const withLead = segments.length > 1 ? addInto(new Map(others), vecs[a][0]) : others;
      segments.forEach((seg, s) => {
        const ref = s === 0 ? others : withLead;
        seg.score = ref.size ? cosine(vecs[a][s], ref) : 1;
        seg.inStory = s === 0 || seg.score >= threshold || (others.size > 0 && shareWords(vecs[a][s]) >= threshold * SECTION_SHARE);
      });
    });
  }
  // An article leaves the story only when at least two others stay: with two articles, or when all
  // look unlike each other (short leads), there is no telling which one is off.
  const staying = split.filter(({ segments }) => segments[0].score >= threshold / 2).length;
  const canDrop = split.length >= 3 && staying >= 2;
  return split.map(({ article, segments }) => finish(article, segments, threshold, split.length > 1, canDrop));
}

/**
 * A section is short and often told from one angle ("Dreamers are still vulnerable", one expert's
 * answer in an interview): on 2019–2020 AllSides stories, sections about another event or page
 * furniture mostly scored under 0.1 against the rest of the story, while sections of the story
 * itself scored anywhere from 0.06 up. So a section under the threshold still stays when its words
 * (names and figures left out) reach this share of the threshold against the other articles' words:
 * what happened, not the page's own lead (a live page's lead lists every item on it) nor the
 * region's place names that a local roundup shares with any story of the region.
 */
const SECTION_SHARE = 0.5;

const wordsOf = (v: Vector, names: Set<string>): Vector => new Map([...v].filter(([t]) => !names.has(t)));

function segmentTerms(article: TokenizedArticle, seg: Segment): { terms: string[]; names: Set<string> } {
  const terms: string[] = [];
  const names = new Set<string>();
  for (const s of article.sentences) {
    if (s.start < seg.start || s.end > seg.end) continue;
    terms.push(...termsOf(article.tokens, s.tokenStart, s.tokenEnd));
    // A heading's capitals and a sentence's first word say nothing of names.
    if (article.blocks[s.block]?.heading) continue;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      const t = article.tokens[k];
      if (t.type === 'number' || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value))) names.add(t.lemma);
    }
  }
  return { terms, names };
}

function finish(article: TokenizedArticle, segments: Segment[], threshold: number, compared: boolean, canDrop: boolean): SegmentedArticle {
  const messages = [...article.messages];
  // A whole article that shares little with the others is flagged; one that shares almost nothing
  // is about another event and leaves the comparison, so that it counts as nobody's omission.
  if (compared && segments[0].score < threshold) {
    const gone = canDrop && segments[0].score < threshold / 2;
    if (gone) for (const g of segments) g.inStory = false;
    const detail = `similarity ${segments[0].score.toFixed(2)}${gone ? '; left out of the comparison' : ''}`;
    messages.push(message('ARTICLE_OFF_STORY', 'segment', { file: article.source, detail }));
  }
  const sentences = article.sentences.map((s) => {
    const index = Math.max(0, segments.findIndex((g) => s.start >= g.start && s.end <= g.end));
    return { ...s, segment: index, inStory: segments[index]?.inStory ?? true };
  });
  for (const g of segments.slice(1)) {
    const name = g.heading ?? `${g.start}–${g.end}`;
    if (!g.inStory) messages.push(message('SEGMENT_OFF_STORY', 'segment', { file: article.source, detail: name, severity: 'info' }));
    else if (g.score < threshold) messages.push(message('SEGMENT_UNCERTAIN', 'segment', { file: article.source, detail: name, severity: 'info' }));
  }
  return { ...article, sentences, segments, messages };
}

function addInto(into: Vector, v: Vector): Vector {
  for (const [t, w] of v) into.set(t, (into.get(t) ?? 0) + w);
  return into;
}

function subtract(a: Vector, b: Vector): Vector {
  const out: Vector = new Map(a);
  for (const [t, w] of b) {
    const left = (out.get(t) ?? 0) - w;
    if (left > 1e-9) out.set(t, left);
    else out.delete(t);
  }
  return out;
}
