import { loadList } from '../lexicon/index.js';
import type { Block } from './blocks.js';
import { isLinkLine } from './lines.js';
import { lineWeight } from './select.js';

/** A container whose text is more than this share of link text is a list of links (a site map, a menu page). */
const MAX_LINK_SHARE = 0.5;
/** Teaser lists: this many headings that are links… */
const TEASER_HEADINGS = 4;
/** …with less text than this between them, on average, make a home or section page, not an article. */
const TEASER_TEXT = 300;
/** An error page's text is short; a long text under such a title is an article about errors. */
const ERROR_PAGE_WORDS = 150;
/** A title that is just a status code ("404"), alone or between separators. */
const STATUS_TITLE = /(?:^|[|–—:-]\s*)[45]\d\d(?:\s*[|–—:-]|$)/;

let errorWords: string[] | null = null;

/**
 * True when the lines of the chosen container read as an article: some prose, not mostly links,
 * and, unless the page declares itself an article, not a list of teasers (many linked headings with
 * a sentence or two under each, as on a home page or a section front; an article can have a few
 * "read also" headlines between its paragraphs).
 */
export function looksLikeArticle(blocks: Block[], declaresArticle: boolean): boolean {
  let chars = 0;
  let links = 0;
  let prose = 0;
  let ownText = 0;
  let linkedHeadings = 0;
  for (const b of blocks) {
    chars += b.chars;
    links += b.linkChars;
    prose += Math.max(0, lineWeight(b));
    if (b.heading && isLinkLine(b)) linkedHeadings++;
    else ownText += b.chars - b.linkChars;
  }
  if (prose <= 0 || links > chars * MAX_LINK_SHARE) return false;
  return declaresArticle || linkedHeadings < TEASER_HEADINGS || ownText / linkedHeadings >= TEASER_TEXT;
}

/**
 * True when the page says it is an error page ("Page not found", "404") in its title or main
 * heading and has only a short text.
 */
export function isErrorPage(titles: (string | null)[], text: string): boolean {
  if (text.split(/\s+/).length > ERROR_PAGE_WORDS) return false;
  errorWords ??= loadList('extract/error-titles');
  return titles.some((title) => {
    if (!title) return false;
    const t = title.toLowerCase().trim();
    return STATUS_TITLE.test(t) || errorWords!.some((w) => t.includes(w));
  });
}
