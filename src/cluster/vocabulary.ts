import { wordRank } from './lexicon.js';

/** Words outside the rank list are taken to be this rare in the background (names, figures). */
const UNRANKED = 60_000;

/**
 * Share of English news articles expected to hold a term before any is seen, by Zipf's law from its
 * frequency rank (data/word-ranks.txt): about 25 / rank. A plural cut to its singular is looked up in both forms.
 * @example backgroundShare('earthquake') // ≈ 0.0085
 */
export function backgroundShare(term: string): number {
  const rank = term[0] === '#' ? UNRANKED : wordRank(term) ?? wordRank(`${term}s`) ?? UNRANKED;
  return Math.min(0.5, 25 / (rank + 50));
}

/**
 * The terms met so far, numbered, with how many articles held each: inverse document frequencies
 * learnt as articles arrive, smoothed by a background of `prior` documents of general news. Early on
 * the background decides, later the stream's own counts do; nothing is fitted in advance.
 */
export class Vocabulary {
  documents = 0;
  private ids = new Map<string, number>();
  private terms: string[] = [];
  private df: number[] = [];
  private background: number[] = [];

  constructor(private prior: number) {}

  /** The number of a term, given one on first sight. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.push(term) - 1;
      this.ids.set(term, id);
      this.df.push(0);
      this.background.push(this.prior * backgroundShare(term) + 1);
    }
    return id;
  }

  /** The term of a number. */
  term(id: number): string {
    return this.terms[id];
  }

  /** Counts one article's distinct terms. */
  count(ids: number[]): void {
    this.documents++;
    for (const id of ids) this.df[id]++;
  }

  /** Inverse document frequency of a term, by number. */
  idf(id: number): number {
    return Math.log((this.documents + this.prior) / (this.df[id] + this.background[id]));
  }

  /** Document frequencies as plain data (terms never counted are left out). */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    this.terms.forEach((t, id) => {
      if (this.df[id]) out[t] = this.df[id];
    });
    return out;
  }

  /** Takes back saved document frequencies. */
  restore(documents: number, counts: Record<string, number>): void {
    this.documents = documents;
    for (const [t, n] of Object.entries(counts)) this.df[this.id(t)] = n;
  }
}
