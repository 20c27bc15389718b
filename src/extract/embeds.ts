import { findAll, textOf, type El } from './tree.js';

/** The class of an embedded post's markup, by platform, as each platform's embed code writes it. */
const PLATFORMS: [RegExp, string][] = [
  [/(?:^|\s)twitter-tweet(?:$|\s)/, 'X'],
  [/(?:^|\s)instagram-media(?:$|\s)/, 'Instagram'],
  [/(?:^|\s)tiktok-embed(?:$|\s)/, 'TikTok'],
  [/(?:^|\s)bluesky-embed(?:$|\s)/, 'Bluesky'],
  [/(?:^|\s)mastodon-embed(?:$|\s)/, 'Mastodon'],
  [/(?:^|\s)(?:fb-post|fb-xfbml-parse-ignore)(?:$|\s)/, 'Facebook'],
];
/** The signature line of an embedded tweet: `— Name (@handle) date`. */
const SIGNATURE = /[—–-]\s*([^(@\n]{2,80}?)\s*\(@(\w{1,30})\)/;
/** "A post shared by Name (@handle)", Instagram's caption line. */
const SHARED_BY = /shared by\s+([^(@\n]{2,80}?)\s*\(@([\w.]{1,30})\)/i;
/** Emoji and symbols people put after their names. */
const TRAILING_SYMBOLS = /[^\p{L}\p{N}.)'’]+$/u;

/** The platform of an embedded post (`X`, `Instagram`…), or null for any other element. */
export function embedPlatform(el: El): string | null {
  if (el.tag !== 'blockquote' && el.tag !== 'div') return null;
  const cls = el.attrs.class;
  if (!cls) return null;
  for (const [re, platform] of PLATFORMS) if (re.test(cls)) return platform;
  return null;
}

/**
 * An embedded post as one line, in the form the clean and annotate stages recognise as a post:
 * `Name on X: “text”`. Null when the author cannot be read; the post is then kept as plain lines.
 * @example embedLine(tweet) === 'Tottenham Hotspur on X: “Club statement”'
 */
export function embedLine(el: El, platform: string): string | null {
  const all = textOf(el);
  const signature = SIGNATURE.exec(all) ?? SHARED_BY.exec(all);
  if (!signature) return null;
  const name = signature[1]!.replace(TRAILING_SYMBOLS, '').trim() || `@${signature[2]}`;
  const paragraphs = findAll(el, (e) => e.tag === 'p').map(textOf).filter((t) => t && !SHARED_BY.test(t));
  let body = paragraphs.join(' ');
  if (!body && platform === 'X') body = all.slice(0, all.search(SIGNATURE)).trim();
  if (!body) return null;
  return `${name} on ${platform}: “${body}”`;
}
