import type { El } from './tree.js';

/** Containers that hold no article text wherever they are: navigation, asides, footers. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'menu']);

/**
 * Class and id words of page furniture (after Readability's `unlikelyCandidates`, widened with
 * share bars, newsletters, cookie banners and recommendations). `MAYBE` words override these.
 */
const UNLIKELY =
  /-ad-|(?:^|[\s_-])ads?(?:$|[\s_-])|advert|ai2html|banner|combx|community|cover-wrap|extra|footer|header|legends|menu|remark|replies|rss|shoutbox|sidebar|skyscraper|supplemental|ad-break|agegate|pagination|pager|yom-remote|toolbar|navbar|masthead|byline|author|caption|credit|tags|topics/i;
/** Class and id words of furniture that no content word overrides: comments, share bars, related stories… */
const STRONG =
  /comment|disqus|share|sharing|social|related|newsletter|cookie|consent|gdpr|promo|sponsor|outbrain|taboola|recommend|trending|popular|breadcrumb|subscri|signup|most-read|more-stories|read-?more|popup|modal|login|donat|(?:^|[\s_-])cta(?:$|[\s_-])/i;
/** Words that make a container likely to hold the article (Readability's `okMaybeItsACandidate`, widened). */
const MAYBE = /and|article|body|column|content|main|mathjax|shadow|entry|story|post|text/i;
/** Roles of furniture in ARIA markup. */
const ROLES = /^(?:navigation|banner|complementary|contentinfo|menu|menubar|search|dialog|alert|alertdialog|toolbar)$/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Embedded posts (tweets, Instagram posts…), which belong to the article even inside a "social" box. */
const EMBED = /embed|twitter-tweet|instagram-media|tiktok|fb-post|bluesky|mastodon/i;
/** Strong signs of the article's container. */
const CONTENT = /article|entry-content|post-content|post-body|post-entry|postbody|blog-post|single-post|story|main-content|content-main|page-content|content-body|body-content/i;

/** The class and id words of an element, as one string. */
export function classAndId(el: El): string {
  const c = el.attrs.class;
  const i = el.attrs.id;
  return c && i ? `${c} ${i}` : c ?? i ?? '';
}

/**
 * True for elements that look like page furniture rather than article: navigation, asides, footers,
 * hidden elements, and containers whose class or id says share bar, related stories, comments,
 * newsletter, cookie banner…
 */
export function looksLikeFurniture(el: El): boolean {
  if (alwaysFurniture(el)) return true;
  const attrs = el.attrs;
  if (attrs.role && ROLES.test(attrs.role)) return true;
  if (el.tag === 'body' || el.tag === 'html' || el.tag === 'a') return false;
  const words = classAndId(el);
  if (!words || EMBED.test(words)) return false;
  if (STRONG.test(words)) return !CONTENT.test(words);
  return UNLIKELY.test(words) && !MAYBE.test(words);
}

/** Furniture whatever it holds: navigation, asides, footers and hidden elements. */
function alwaysFurniture(el: El): boolean {
  if (FURNITURE_TAGS.has(el.tag)) return true;
  const attrs = el.attrs;
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return true;
  return attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style);
}

/** True for elements that say they hold the article: `<article>`, `<main>`, `itemprop="articleBody"`, class "entry-content"… */
export function looksLikeContent(el: El): boolean {
  if (el.tag === 'article' || el.tag === 'main') return true;
  if (el.tag === 'body' || el.tag === 'html') return false;
  const itemprop = el.attrs.itemprop;
  if (itemprop && /articleBody/i.test(itemprop)) return true;
  if (el.attrs.role === 'main') return true;
  const words = classAndId(el);
  return words !== '' && CONTENT.test(words);
}

/** Text, outside links, that an element marked as content must hold to vouch for its wrapper: more than a teaser card. */
const WRAPPED_PROSE = 400;

/**
 * Decides which elements to leave out as furniture. A furniture-looking element that wraps an
 * element marked as content and holding real prose (`<div class="page-ad-margins"><article>…`) is
 * a wrapper, not furniture: it stays, so that whole pages do not vanish behind one unlucky class
 * name. Teaser cards (`<article>` with a headline and a sentence) vouch for nothing.
 */
export function furniture(root: El): Set<El> {
  const out = new Set<El>();
  const order: El[] = [];
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    order.push(el);
    for (const child of el.children) if (typeof child !== 'string') stack.push(child);
  }
  // Children come after their parents in `order`: walking it backwards sees every subtree before its root.
  const prose = new Map<El, number>();
  const holdsContent = new Set<El>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const furnished = looksLikeFurniture(el);
    if (furnished && (alwaysFurniture(el) || !holdsContent.has(el))) out.add(el);
    const chars = el.tag === 'a' || el.tag === 'script' ? 0 : ownProse(el, prose);
    if (!el.parent) continue;
    prose.set(el.parent, (prose.get(el.parent) ?? 0) + chars);
    if (holdsContent.has(el) || (!furnished && chars >= WRAPPED_PROSE && looksLikeContent(el))) holdsContent.add(el.parent);
  }
  return out;
}

/** Characters (spaces excluded) of an element's own text plus what its children reported. */
function ownProse(el: El, prose: Map<El, number>): number {
  let chars = prose.get(el) ?? 0;
  for (const child of el.children) if (typeof child === 'string') chars += child.replace(/\s+/g, '').length;
  return chars;
}
