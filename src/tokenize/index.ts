import type { CleanArticle, Sentence, Token, TokenizedArticle } from '../model/index.js';
import { tokenizeBlock } from './block.js';
import { endsWithTitle } from './titles.js';

/**
 * Stage 2, tokenize: tokens, lemmas, parts of speech and sentences of every kept block, with
 * character offsets into the article text. Sentences never cross blocks.
 */
export function tokenize(article: CleanArticle): TokenizedArticle {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  article.blocks.forEach((block, b) => {
    if (block.dropped) return;
    const out = tokenizeBlock(article.text, block, tokens.length);
    tokens.push(...out.tokens);
    for (const [tokenStart, tokenEnd] of out.sentences) {
      // wink ends a sentence at "!”" even when it goes on in lower case (“historic!” and “epic!”),
      // after some titles ("Rear Adm. Hossein Khanzadi") and before a figure that opens with a full
      // stop ("a .45-caliber handgun").
      const last = sentences.at(-1);
      const first = tokens[tokenStart].value;
      // "a .45-caliber handgun", "at 6.13am": a figure cut at its full stop.
      const glued = (s: Sentence) => /^\d/.test(first) && article.text[s.end - 1] === '.' && tokens[tokenStart].start === s.end && /[\s\d]/.test(article.text[s.end - 2] ?? ' ');
      const goesOn = (s: Sentence) => /^\p{Ll}/u.test(first) || (/^\p{Lu}/u.test(first) && article.text[s.end - 1] === '.' && endsWithTitle(article.text.slice(Math.max(s.start, s.end - 8), s.end))) || glued(s) || inBrackets(article.text, s.end, tokens[tokenStart].start) || inPartyLabel(article.text, s.end, tokens[tokenStart].start);
      if (last && last.block === b && goesOn(last)) {
        last.tokenEnd = tokenEnd;
        last.end = tokens[tokenEnd - 1].end;
        continue;
      }
      sentences.push({
        index: sentences.length,
        start: tokens[tokenStart].start,
        end: tokens[tokenEnd - 1].end,
        tokenStart,
        tokenEnd,
        block: b,
        segment: 0,
        inStory: true,
        voice: 'reporter',
        speaker: null,
        embed: block.embed,
      });
    }
  });
  return { ...article, tokens, sentences };
}

/**
 * A cut inside a party and state label without brackets: "Sen. Bob Menendez, D-N.|J., the top
 * Democrat", "Schumer, R-S.|C. said".
 * @example inPartyLabel('Menendez, D-N.J., the', 13, 13) // true
 */
export function inPartyLabel(text: string, end: number, next: number): boolean {
  return /\b[DRI]-\p{Lu}\.$/u.test(text.slice(Math.max(0, end - 5), end)) && /^\p{Lu}\.(?![\p{L}\p{N}])/u.test(text.slice(next, next + 3));
}

/** Longest bracket, in characters, that a sentence end is taken to fall inside. */
const SHORT_BRACKET = 16;

/**
 * A cut inside a short bracket that the next sentence closes before it ends a clause: "Sen. Lindsey
 * Graham (R-S.|C.) said", "(D-N.|Y.)". wink ends sentences at the full stops of such abbreviations.
 * @example inBrackets('Graham (R-S.C.) said', 12, 12) // true
 */
export function inBrackets(text: string, end: number, next: number): boolean {
  // Looked for among the last SHORT_BRACKET characters only: a sentence end is checked at every cut.
  const from = Math.max(0, end - SHORT_BRACKET);
  const open = text.slice(from, end).lastIndexOf('(');
  if (open < 0 || text.slice(from + open, end).includes(')')) return false;
  const close = text.slice(next, next + SHORT_BRACKET).search(/[)\n]/);
  return close >= 0 && text[next + close] === ')' && !/[.!?]\s/.test(text.slice(next, next + close));
}
