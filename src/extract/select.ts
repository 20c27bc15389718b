import type { Block } from './blocks.js';
import { looksLikeContent } from './furniture.js';
import { BARE_URL } from './lines.js';
import type { El } from './tree.js';

/**
 * Weights of the container search. Set by hand and checked on the Article Extraction Benchmark
 * (`npm run eval:extract`); each has a reason, given beside it.
 */
const WEIGHTS = {
  /** Characters a line needs before it counts as prose: labels, dates and buttons are shorter. */
  base: 40,
  /** Cost of each character inside a link: navigation and teaser lists are mostly links. */
  link: 1,
  /** Lines that fall short of prose count against a container at this rate (half: they are often harmless). */
  short: 0.5,
  /** Paragraphs are what articles are made of; list items are as often menus and teasers as content. */
  p: 1.5,
  li: 0.3,
  /** Bonus for a container that says it holds the article (`<article>`, `itemprop="articleBody"`, "entry-content"). */
  hint: 50,
  /** Share of a line's weight passed on to each further ancestor: the tightest container that holds the prose wins. */
  decay: 0.85,
  /** Widening: ancestors looked at, and what an ancestor must add (same-made paragraphs, little else). */
  levels: 5,
  gain: 0.25,
  other: 0.5,
  junk: 0.5,
};

/** What a line is worth as evidence of the article's container: positive for prose, negative for furniture. */
export function lineWeight(b: Block): number {
  if (b.heading || b.owner.tag === 'tr' || BARE_URL.test(b.text)) return 0;
  const w = b.chars - b.linkChars - WEIGHTS.base - b.linkChars * WEIGHTS.link;
  // A short plain sentence in a paragraph is article text more often than not: neutral, not furniture.
  if (w < 0) return b.owner.tag === 'p' && b.linkChars === 0 ? 0 : w * WEIGHTS.short;
  return w * (b.owner.tag === 'p' ? WEIGHTS.p : b.owner.tag === 'li' ? WEIGHTS.li : 1);
}

/**
 * The element that holds the article: every line adds its weight to its ancestors, less at each
 * level up, so the best-scoring element is the tightest one around most of the prose and little
 * furniture. It is then widened to take in sections of the same article split by ads or figures.
 * Null when no element holds any prose.
 */
export function findContainer(blocks: Block[]): El | null {
  const score = new Map<El, number>();
  for (const b of blocks) {
    let share = lineWeight(b);
    if (share === 0) continue;
    for (let el: El | null = b.owner; el; el = el.parent) {
      score.set(el, (score.get(el) ?? 0) + share);
      share *= WEIGHTS.decay;
    }
  }
  let best: El | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    const total = looksLikeContent(el) ? s + WEIGHTS.hint : s;
    if (total > bestScore) [best, bestScore] = [el, total];
  }
  return best && widen(best, blocks);
}

/** True when `el` is `ancestor` or inside it. */
export function contains(ancestor: El, el: El): boolean {
  for (let e: El | null = el; e; e = e.parent) if (e === ancestor) return true;
  return false;
}

const signature = (b: Block): string => `${b.owner.tag}.${b.owner.attrs.class ?? ''}`;

/**
 * Climbs from the container to an ancestor when the ancestor adds paragraphs made like the
 * container's own (same tag and class) and little else: an article split into sections is taken
 * whole, a list of teasers beside it is not.
 */
function widen(best: El, blocks: Block[]): El {
  const bySignature = new Map<string, number>();
  for (const b of blocks) {
    const w = lineWeight(b);
    if (w > 0 && contains(best, b.owner)) bySignature.set(signature(b), (bySignature.get(signature(b)) ?? 0) + w);
  }
  let dominant = '';
  let own = 0;
  for (const [sig, w] of bySignature) if (w > own) [dominant, own] = [sig, w];
  let chosen = best;
  let gained = 0;
  let el = best.parent;
  for (let level = 0; dominant && el && level < WEIGHTS.levels && el.tag !== 'body' && el.tag !== 'html'; level++) {
    let same = 0;
    let other = 0;
    let junk = 0;
    for (const b of blocks) {
      if (!contains(el, b.owner) || contains(best, b.owner)) continue;
      const w = lineWeight(b);
      if (w < 0) junk -= w;
      else if (signature(b) === dominant) same += w;
      else other += w;
    }
    if (same > gained && same >= WEIGHTS.gain * own && junk + other * WEIGHTS.other <= WEIGHTS.junk * same) {
      chosen = el;
      gained = same;
    }
    el = el.parent;
  }
  return chosen;
}
