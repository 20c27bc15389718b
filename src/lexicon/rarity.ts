import { readFileSync } from 'node:fs';

let ranks: Map<string, number> | null = null;

const FLOOR = Math.log(250);
const SPAN = Math.log(60_050) - FLOOR;

/**
 * How rare a word is in general English news, from 0.15 (the 200 commonest words) to 1 (outside
 * the 60,000 most frequent): the log of its frequency rank in data/word-ranks.txt, which is what
 * inverse document frequency becomes under Zipf's law. It stands in for document frequency when a
 * story has too few articles to estimate it.
 * @example rarity('step') // ≈ 0.26; rarity('ceasefire') // ≈ 0.53
 */
export function rarity(word: string): number {
  const rank = wordRank(word);
  return rank === undefined ? 1 : Math.max(0.15, (Math.log(rank + 50) - FLOOR) / SPAN);
}

/**
 * Frequency rank of a lower-case word in general English news (1 = "the"); undefined outside the
 * 60,000 commonest words.
 * @example wordRank('the') // 1
 */
export function wordRank(word: string): number | undefined {
  if (!ranks) ranks = loadRanks();
  return ranks.get(word);
}

/** 60,000 lines: read them without the comment handling of `loadList`, which costs more here. */
function loadRanks(): Map<string, number> {
  const lines = readFileSync(new URL('../../data/word-ranks.txt', import.meta.url), 'utf8').split('\n');
  const map = new Map<string, number>();
  let rank = 0;
  for (const line of lines) if (line && line[0] !== '#') map.set(line, ++rank);
  return map;
}
