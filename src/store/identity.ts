import { createHash } from 'node:crypto';

/** Query parameters that only track a click, never choose the article: dropped from canonical URLs. */
const TRACKING = /^(utm_|at_|ns_|wt\.|pk_|mtm_|hsa_|mc_|ga_|_ga$|_gl$|fbclid$|gclid$|dclid$|msclkid$|igshid$|ocid$|cmpid$|smid$|smtyp$|ref$|ref_src$|referrer$|src$|hp$|pgtype$|clicksource$|module$|region$|partner$|rss$|feedtype$|_r$)/i;

/**
 * What separates words in a lower-cased paragraph: anything but ASCII letters and digits and the
 * letters from U+00C0 on, less general punctuation (U+2000–U+206F: dashes, curly quotes). A copy
 * shares its original's words whatever the punctuation. (Twice as fast as \p{L}\p{N} classes.)
 */
const NON_WORD = /[^a-z0-9\u00c0-\u1fff\u2070-\uffff]+/g;

/** Shortest paragraph (in characters of its words) that counts when comparing texts for copies. */
export const MIN_PARAGRAPH = 40;

/**
 * The URL an article is known by: https, host without `www.`, no fragment, no tracking parameters,
 * the rest sorted, no trailing slash. Not a URL: the trimmed text. Empty: null.
 * @example canonicalUrl('http://www.bbc.com/news/x/?utm_source=rss#top') // 'https://bbc.com/news/x'
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  const raw = url?.trim();
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return raw;
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  return `https://${normaliseDomain(u.host)}${path}${query}`;
}

/** A domain in the form outlets are listed by: lower case, no `www.`, no port, no trailing dot. */
export function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '').replace(/^www\d*\./, '');
}

/** The domain of a URL, or of a bare domain ("cnn.com/x" → "cnn.com"); '' when there is none. */
export function hostOf(urlOrDomain: string | null | undefined): string {
  const raw = urlOrDomain?.trim();
  if (!raw) return '';
  try {
    return normaliseDomain(new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`).host);
  } catch {
    return '';
  }
}

/** A domain and its parents down to two labels: "a.b.cnn.com" → ["a.b.cnn.com", "b.cnn.com", "cnn.com"]. */
export function domainChain(domain: string): string[] {
  const labels = domain.split('.').filter(Boolean);
  const chain: string[] = [];
  for (let i = 0; i + 2 <= labels.length; i++) chain.push(labels.slice(i).join('.'));
  return chain;
}

/** Hash of an article's text with white space settled: the same text hashes alike however it was wrapped. */
export function contentHash(text: string): string {
  const settled = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(settled).digest('hex').slice(0, 32);
}

/**
 * Short hashes of an article's paragraphs (its non-empty lines) of at least MIN_PARAGRAPH characters
 * of words, each once: a syndicated copy shares most of them with its original.
 */
export function paragraphPrints(text: string): string[] {
  const prints = new Set<string>();
  for (const line of text.split('\n')) {
    const words = line.toLowerCase().replace(NON_WORD, ' ').trim();
    if (words.length < MIN_PARAGRAPH) continue;
    prints.add(createHash('sha1').update(words).digest('hex').slice(0, 16));
  }
  return [...prints];
}
