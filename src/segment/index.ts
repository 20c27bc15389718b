import type { Segment, SegmentedArticle, TokenizedArticle } from '../model/index.js';
import { message } from '../model/index.js';
import { cosine, countTerms, idfOf, termsOf, weigh, type Vector } from '../text/vector.js';
import { splitSections } from './sections.js';

/**
 * Stage 3, segment: splits roundup and live pages into their sub-articles and marks those about
 * another event as out of the story, by how much each shares with the story's other text.
 * `threshold` is the least TF-IDF cosine a section needs with the rest of the story to stay in it.
 */
export function segment(articles: TokenizedArticle[], threshold: number): SegmentedArticle[] {
  const split = articles.map((a) => ({ article: a, segments: splitSections(a) }));
  const bags = split.map(({ article, segments }) => segments.map((s) => segmentTerms(article, s)));
  const idf = idfOf(bags.flat());
  const vecs = bags.map((segs) => segs.map((terms) => weigh(countTerms(terms), idf)));
  // Twice: the second pass leaves the first pass's off-story sections out of the reference.
  for (let pass = 0; pass < 2; pass++) {
    split.forEach(({ segments }, a) => {
      segments.forEach((seg, s) => {
        const ref: Vector = new Map();
        split.forEach((other, b) =>
          other.segments.forEach((os, t) => {
            if ((b === a && (t !== 0 || s === 0)) || (b !== a && !os.inStory)) return;
            for (const [term, w] of vecs[b][t]) ref.set(term, (ref.get(term) ?? 0) + w);
          }),
        );
        seg.score = ref.size ? cosine(vecs[a][s], ref) : 1;
        seg.inStory = s === 0 || seg.score >= threshold;
      });
    });
  }
  return split.map(({ article, segments }) => finish(article, segments, threshold));
}

function segmentTerms(article: TokenizedArticle, seg: Segment): string[] {
  const terms: string[] = [];
  for (const s of article.sentences) if (s.start >= seg.start && s.end <= seg.end) terms.push(...termsOf(article.tokens, s.tokenStart, s.tokenEnd));
  return terms;
}

function finish(article: TokenizedArticle, segments: Segment[], threshold: number): SegmentedArticle {
  const messages = [...article.messages];
  const sentences = article.sentences.map((s) => {
    const index = Math.max(0, segments.findIndex((g) => s.start >= g.start && s.end <= g.end));
    return { ...s, segment: index, inStory: segments[index]?.inStory ?? true };
  });
  for (const g of segments.slice(1)) {
    const name = g.heading ?? `${g.start}–${g.end}`;
    if (!g.inStory) messages.push(message('SEGMENT_OFF_STORY', 'segment', { file: article.source, detail: name, severity: 'info' }));
    else if (g.score < threshold * 1.5) messages.push(message('SEGMENT_UNCERTAIN', 'segment', { file: article.source, detail: name, severity: 'info' }));
  }
  return { ...article, sentences, segments, messages };
}
