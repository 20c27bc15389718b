/** Word ranks for sketches: the one table in src/lexicon/rarity.ts. */
export { wordRank } from '../lexicon/rarity.js';
