import type { Segment, TokenizedArticle } from '../model/index.js';

/**
 * Cuts an article at its headings when it reads as a roundup: a table of contents was found, or two
 * or more headings each open a section of at least two sentences. Otherwise it is one segment.
 */
export function splitSections(article: TokenizedArticle): Segment[] {
  const { blocks, text } = article;
  const sentencesIn = (from: number, to: number) => article.sentences.filter((s) => s.block > from && s.block < to).length;
  const heads: number[] = [];
  blocks.forEach((b, i) => {
    if (b.dropped || !b.heading) return;
    heads.push(i);
  });
  const hadToc = blocks.some((b) => b.dropped === 'toc');
  const sections = heads.filter((h, k) => sentencesIn(h, heads[k + 1] ?? blocks.length) >= 2);
  const whole: Segment = { start: 0, end: text.length, heading: article.title, inStory: true, score: 1, blocks: blocks.map((_, i) => i) };
  if (!(hadToc ? sections.length >= 1 : sections.length >= 2)) return [whole];
  const cuts = sections.filter((h) => h > 0 || sentencesIn(-1, h) > 0);
  const out: Segment[] = [];
  const lead = sentencesIn(-1, cuts[0] ?? blocks.length);
  // A lead of one line ("The Editorial Board") is a byline, not a section: the first heading's
  // section takes it in and stands for the article.
  if (lead === 1) cuts.shift();
  if (!cuts.length) return [whole];
  if (lead > 0) out.push(make(article, -1, cuts[0], article.title));
  cuts.forEach((h, k) => out.push(make(article, h, cuts[k + 1] ?? blocks.length, text.slice(blocks[h].start, blocks[h].end))));
  return out.length ? out : [whole];
}

function make(article: TokenizedArticle, from: number, to: number, heading: string | null): Segment {
  const { blocks, text } = article;
  const first = Math.max(from, 0);
  const start = from < 0 ? 0 : blocks[from].start;
  const end = to < blocks.length ? blocks[to].start : text.length;
  const ids: number[] = [];
  for (let i = first; i < to; i++) ids.push(i);
  return { start, end, heading, inStory: true, score: 1, blocks: ids };
}
