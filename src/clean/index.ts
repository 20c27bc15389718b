import type { Article, Block, CleanArticle } from '../model/index.js';
import { message } from '../model/index.js';
import { AUTHOR_NOTE, CAPTION_CHARS, CAPTION_HEAD, DATED_CAPTION, EMBED_LINE, isFurniture, LIST_INTRO, LIST_ITEM, PHOTO_CREDIT, POST_SIGNATURE } from './patterns.js';
import { findRepeats } from './repeats.js';
import { bareWords } from '../text/bare.js';

/**
 * Stage 1, clean: cuts the text into blocks (one per line) and marks page furniture, tables of
 * contents and repeated paragraphs as dropped. Nothing is deleted, so every offset stays true.
 */
export function clean(article: Article): CleanArticle {
  const blocks = toBlocks(article.text);
  markBoilerplate(article.text, blocks);
  markTableOfContents(article.text, blocks);
  findRepeats(article.text, blocks);
  const messages = [...article.messages];
  const dropped = countBy(blocks.filter((b) => b.dropped));
  for (const [reason, n] of Object.entries(dropped)) {
    if (reason === 'empty') continue;
    const code = reason === 'repeat' ? 'REPEATED_BLOCK' : 'BOILERPLATE_DROPPED';
    messages.push(message(code, 'clean', { file: article.source, detail: `${n} ${label(reason)}`, severity: 'info' }));
  }
  return { ...article, blocks, messages };
}

/** Splits the text into non-empty lines, trimmed, as blocks. */
export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    // A wire photo's caption glued to the paragraph after it, its credit cut off: a block of its own.
    const head = CAPTION_HEAD.exec(body);
    const caption = head && /\p{Lu}/u.test(head[0].at(-1)!) ? head[1] : undefined;
    if (caption) blocks.push({ start, end: start + caption.length, dropped: null, heading: false, embed: false });
    const from = caption ? body.indexOf(body.slice(caption.length).trimStart(), caption.length) : 0;
    const rest = body.slice(from);
    const embed = EMBED_LINE.test(rest) || POST_SIGNATURE.test(rest);
    blocks.push({ start: start + from, end: start + body.length, dropped: null, heading: !embed && isHeading(rest), embed });
  }
  return blocks;
}

/** A heading: a short line without closing punctuation that does not read as a sentence fragment. */
function isHeading(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= 16 && line.length <= 120 && !/[.!:;,"”]$/.test(line) && /^[\p{Lu}\d‘'"“]/u.test(line);
}

function markBoilerplate(text: string, blocks: Block[]): void {
  blocks.forEach((b, i) => {
    const line = text.slice(b.start, b.end);
    if (isFurniture(line)) b.dropped = 'boilerplate';
    else if (line.length <= CAPTION_CHARS && (PHOTO_CREDIT.test(line) || DATED_CAPTION.test(line))) b.dropped = 'boilerplate';
    // A note on the author opens or closes an article.
    else if ((i === 0 || i === blocks.length - 1) && line.length <= 240 && AUTHOR_NOTE.test(line)) b.dropped = 'boilerplate';
  });
}

/**
 * A run of two or more list items whose texts come back later as headings is a table of contents;
 * so is a run of list items right after a line that introduces them ("Click the headlines below").
 */
function markTableOfContents(text: string, blocks: Block[]): void {
  const lines = blocks.map((b) => text.slice(b.start, b.end));
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && LIST_ITEM.test(lines[j])) j++;
    if (j - i >= 2) {
      const items = lines.slice(i, j).map((l) => bareWords(LIST_ITEM.exec(l)![1]));
      const later = new Set(lines.slice(j).map(bareWords));
      const echoed = items.filter((t) => later.has(t)).length;
      const introduced = i > 0 && LIST_INTRO.test(lines[i - 1]);
      if (echoed >= Math.ceil(items.length / 2) || introduced) {
        for (let k = i; k < j; k++) blocks[k].dropped = 'toc';
        if (introduced && !blocks[i - 1].dropped) blocks[i - 1].dropped = 'boilerplate';
      }
      i = j;
    } else i++;
  }
}

function countBy(blocks: Block[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const b of blocks) out[b.dropped!] = (out[b.dropped!] ?? 0) + 1;
  return out;
}

const label = (reason: string) =>
  ({ boilerplate: 'boilerplate line(s)', toc: 'table-of-contents line(s)', repeat: 'repeated paragraph(s)' })[reason] ?? reason;
