import type { Block } from '../model/index.js';
import { EMBED_TAIL } from './patterns.js';
import { bareWords } from '../text/bare.js';

/** Text of a block reduced to letters and digits, for comparing paragraphs printed twice. */
export function fingerprint(s: string): string {
  return bareWords(s.replace(EMBED_TAIL, ''));
}

/**
 * Marks a block as a repeat when its text equals, or is contained in, an earlier kept block of at
 * least eight words (an embedded post printed once with its author line and once bare), or when a
 * later block contains it whole and is an embed. The first, fuller copy is kept.
 */
export function findRepeats(text: string, blocks: Block[]): void {
  const prints = blocks.map((b) => fingerprint(text.slice(b.start, b.end)));
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].dropped || prints[i].split(' ').length < 8) continue;
    for (let j = 0; j < blocks.length; j++) {
      if (j === i || blocks[j].dropped || blocks[j].heading) continue;
      const container = prints[j];
      if (container.length < prints[i].length || !container.includes(prints[i])) continue;
      // The same text twice: keep the first. A bare post and its "Name on X: …" line: keep the line.
      if (container.length === prints[i].length ? j < i : blocks[j].embed || j < i) {
        blocks[i].dropped = 'repeat';
        blocks[i].repeatOf = j;
        if (blocks[j].embed) blocks[i].embed = true;
        break;
      }
    }
  }
}
