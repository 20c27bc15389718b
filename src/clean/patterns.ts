import { ABBREVIATIONS, MONTHS, WEEKDAYS } from '../text/calendar.js';

/**
 * Lines that are page furniture rather than article text, in English news pages.
 * Kept in one place (Readability keeps its REGEXPS the same way); each is tested on a whole line.
 */
export const BOILERPLATE: RegExp[] = [
  /^(related|recommended|more|top|latest|trending|popular)( articles| stories| news| reads| reading| videos| coverage)?:?$/i,
  /^(read more|read next|see also|also read|more on this( story)?|more from|you may also like|most read|don't miss|related coverage)\b.*/i,
  // A link to a topic page: "Full Coverage: Virus Outbreak", "Full coverage of George Floyd's death and protests".
  /^(full|complete|more) coverage\b.*/i,
  // A teaser for another article: "More:Supreme Court blocks …", "Earlier: …", "READ: …" (not "Watch: …",
  // which heads video articles of their own).
  /^(more|earlier|related|read|previously|recommended)\s?:\s?\S.*|\bread more$/i,
  // "( Also on POLITICO: House GOP's fiscal split looms large)", "Also see: …".
  /^\(?\s?(also on [\p{L} .]{2,30}|also see|also)\s?:\s?\S.*/iu,
  // A scraped link with its label glued on: "Texas shooting:How to help victims of Sutherland Springs".
  /^[\p{L}\d ,'’&-]{3,60}:\p{Lu}[^.!?]{8,150}$/u,
  /\bjoin our .{0,40}\b(facebook|group|community|newsletter|discussion)\b/i,
  /\bclick (the|on) (headlines?|here|links?)\b/i,
  /^(sign up|subscribe|register|log ?in|sign in|follow us|share (this|on)|join our|get our|download (our|the) ([\w!.]+ ){0,3}app)\b.*/i,
  /^(advertisement|advert|sponsored( content)?|ad|skip (to|advert)|cookie|we use cookies|accept( all)? cookies)\b.*/i,
  /^(copyright|©|\(c\))\s.*|all rights reserved\.?$/i,
  /^(image|photo|video|picture|graphic)( source| credit| caption)?:\s.*/i,
  /^(share|tweet|email|print|comments?|whatsapp|facebook|twitter|linkedin)( this)?( article| story| page)?$/i,
  /^(listen to this article|watch:|watch live|live updates?:?)$/i,
  /^(this (article|story) (was|has been) (updated|amended|corrected))\b.*/i,
  /^(updated|published|last updated|first published)\b.{0,40}$/i,
  /^(you can read|to read more|for more (information|stories|news))\b.*/i,
  /^visit .{1,60}(homepage|home page|website) for more\b.*/i,
  /^(slideshow|gallery|photos?) \(\d+ (images?|photos?)\)$/i,
  /^(story continue[sd]? below|continue reading)\b.*/i,
  /^click here\b.*/i,
  /^(the )?associated press contributed to this report\.?$|^contributing: .{0,200}$/i,
  /^(close|loading\.*|video|photo|youtube|\[pullquote\]|_{3,}|\*{3,}|#)$/i,
  /^-?\s*follow (@\w+|the \w+ on (twitter|x|facebook))\b.*/i,
  /^the (opinions|views) expressed (in this \w+|by (the )?(columnists?|authors?|writers?|contributors?))\b.*\b(own|solely|not (necessarily )?(represent|reflect))\b/i,
  /^\**(get|want) .{0,100}\b(inbox|newsletter)\b.*|^newsletter sign-?up$|\bsign up here\.?\**$/i,
  /^this is a rush transcript\b.*/i,
  /^(next|prev|previous) image \d+ of \d+$|^enlarge this image\b.*|^image copyright\b.*/i,
  /^(listen to (this )?article|share this article)\b.*/i,
  /^(analysis|opinion)(\s*\/\s*(analysis|opinion))?:?$/i,
  /^this (article|story) is more than \d+ (years?|months?|weeks?|days?) old$/i,
  // An ad slot's settings printed as text: '{"unitName":"dfpPosition1","display":"mobile"} hidden ad unit'.
  /^\{\s*"\w+"\s*:.*\}(?:\s*hidden ad unit)?$/i,
  // An embedded post's signature left alone, its words lost: "—OIR Spokesman (@OIRSpox) December 31, 2019".
  /^[—–-]\s*[^—–()\n]{1,60}?\s*\(@\w{1,15}\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u,
];

/**
 * Widgets printed into the text whatever their length: a video player's "JUST WATCHED … Replay
 * More Videos … MUST WATCH …" or "CLOSE <the video's description> (May 10) AP" (its close button,
 * in Gannett papers' pages) and a gallery's caption that repeats its title ("Photos: Victims of
 * the attack Photos: Victims of the attack …"), counts its place ("Hide Caption 3 of 15 Photos: …")
 * or is a slideshow's, whose lines open with its buttons ("Hide caption A man waits … Previous Next
 * Altaf Qadri/AP", "Previous Next Azim Afif via AP 1 of 10 i View slideshow"),
 * or a whole gallery printed as one line ("Photos: Trump's rise … Hide Caption 1 of 37 Photos: Trump's
 * rise …"), an audio player's ("Media NBC Leadership And #MeToo … Listen · 4:04 4:04"), and a
 * channel's advertisement listing where to watch it ("Watch … on DirecTV Ch. 349, DISH Ch. 223"),
 * and a picture's caption behind its share buttons ("Facebook Twitter Pinterest Reality Winner poses …").
 */
export const WIDGET = /\bBy signing up,? you agree to receive\b|\bThis site is protected by re[Cc](?:APTCHA|aptcha)\b|^JUST WATCHED\b.*\bMUST WATCH\b|^CLOSE\s|^(Photos|Images|Videos?): (.{8,120}?) \1: \2(?!\w)|^Hide [Cc]aption\b|\bHide [Cc]aption \d+ of \d+ (?:Photos|Images):|^Previous Next\b|\b\d+ of \d+ i View slideshow$|\bListen · \d{1,2}:\d\d\b|\bCh\. \d+,.*\bCh\. \d+\b|^Facebook Twitter Pinterest\b/;

/**
 * A newsletter's invitation, on a line of its own or closing an author's note: "Want FOX News First
 * in your inbox every day? Sign up here.", "Let our news meet your inbox.", "Get breaking news alerts
 * and special reports. The news and stories that matter, delivered weekday mornings." (taken on
 * lines of at most NEWSLETTER_CHARS characters: prose can say "delivered to your inbox" too).
 */
export const NEWSLETTER =
  /\b(?:sign(?:ing)? ?up|subscribe|newsletters?|delivered|get|receive|want|meet)\b[^.?!]{0,120}\b(?:in|to|into|meet) your inbox\b|\bin your inbox\b[^.?!]{0,10}[.?!]?\s*(?:sign ?up|subscribe)\b|^get breaking news alerts\b|\bdelivered (?:every |each )?(?:weekday|week ?day|daily|morning)s?(?: mornings?)?\.?$/i;
export const NEWSLETTER_CHARS = 400;

/** A line of page furniture: a short line of a BOILERPLATE kind, a NEWSLETTER invitation, or a WIDGET whatever its length. */
export const isFurniture = (line: string): boolean =>
  (line.length <= 200 && BOILERPLATE.some((re) => re.test(line))) || (line.length <= NEWSLETTER_CHARS && NEWSLETTER.test(line)) || WIDGET.test(line);

/**
 * A photographer's credit, "Mandel Ngan/AFP/Getty Images", "(Leah Millis/Reuters)", "Jim Watson | AFP |
 * Getty Images", "(Photo: Drew Ortiz, Getty Images)", "REUTERS/Mike Segar", "(Tom Fox / Staff
 * Photographer)", "(Tom Fox/The Dallas Morning News via AP, Pool)", or a line that ends in
 * "(Photo: AP)", or one that ends in "U.S. Marine Corps photo by Sgt. Ann Lee": the line is an image
 * caption, not article text (taken on lines of at most CAPTION_CHARS characters).
 */
export const PHOTO_CREDIT =
  /(?:^|\s)(?:[Pp]hoto|[Pp]hotograph|[Ii]mage) (?:by|courtesy of) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4}$|\((?:Photo|Image|Video|Graphic)s?:[^()\n]{1,80}\)\s*$|(?:^|[\s|(:])\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?: ?\/ ?| \| |, (?=Getty))(?:\p{Lu}[\p{L} .]{0,40}?(?: \| | ?\/ ?| via ))*(?:AP|AFP|Getty Images|Reuters|EPA(?:-EFE)?|Bloomberg|Pool|Sipa|Shutterstock|NurPhoto|Anadolu|TASS|Xinhua|Staff Photographer|Staff Photo|Special Contributor)\b|\b(?:REUTERS|AP Photo|AFP)\/ ?\p{Lu}/u;
export const CAPTION_CHARS = 400;

const WEEKDAY = WEEKDAYS.join('|');
const MONTH = [...MONTHS, ...ABBREVIATIONS.filter((a) => MONTHS.some((m) => m.startsWith(a.slice(0, 3))))].map((m) => m.replace('.', '\\.')).join('|');
/**
 * A wire photo's caption, which ends with the day the picture was taken, set off by a comma: "…
 * in the courtroom in Dallas, Monday, September 30, 2019." Prose says "on Monday"; a caption
 * dates the picture (its credit often sits on the next line, or was cut off).
 */
export const DATED_CAPTION = new RegExp(`, (?:${WEEKDAY}), (?:${MONTH}) \\d{1,2}, \\d{4}\\.?$`, 'i');
/** The same caption opening a line that runs on into the next paragraph ("… Sunday, Jan. 12, 2020. A candlelight ceremony …"); group 1 is the caption. */
export const CAPTION_HEAD = new RegExp(`^([^\\n]{20,${CAPTION_CHARS}}?, (?:${WEEKDAY}), (?:${MONTH}) \\d{1,2}, \\d{4}\\.)\\s+\\S`, 'i');

/** A line introducing a list of headlines that follows ("Read more about X below:"). */
export const LIST_INTRO = /\b(below|following|read more|skip ahead|in this (article|roundup|live blog))\b.*[:.]?$/i;

/** A list item line: "> headline", "• headline", "- headline", "* headline", "1. headline". */
export const LIST_ITEM = /^\s*(?:>|•|·|–|-|\*|\d{1,2}[.)])\s+(\S.*)$/;

/** An embedded social-media post as scrapers print it: `Name on X (formerly Twitter): "…"`. */
export const EMBED_LINE =
  /^(.{2,80}?) on (X|Twitter|Facebook|Instagram|Telegram|Truth Social|Bluesky|Threads|Mastodon|TikTok|YouTube|LinkedIn)\b(?: \(formerly Twitter\))?\s*:\s*["“'‘]/;

/**
 * A post as an embedded tweet prints in scraped text: its words, then "— Name (@handle) June 28,
 * 2018" (groups: the words, the name, the handle).
 */
export const POST_SIGNATURE = /^(.+?)\s*[—–-]\s*([^—–()\n]{1,60}?)\s*\(@(\w{1,15})\)\s+\p{L}+\.? \d{1,2}, \d{4}\s*$/u;

/** A post's trailing platform marker as scrapers leave it: `… / X"`. */
export const EMBED_TAIL = /\s*\/\s*(X|Twitter|Facebook|Instagram|Telegram)\s*["”’']?\s*$/;

/**
 * A note on the author, as the first or last line of an article: "Michael Hirsh is national editor
 * for Politico Magazine.", "Jane Ruiz is a senior fellow at the Harbour Institute and the author of
 * …". A name, "is", a post in journalism or research, and where.
 */
export const AUTHOR_NOTE =
  /^(?!(?:The|A|An|This|That|He|She|It|They|His|Her|Its|Their)\s)(?:\p{Lu}[\p{L}.'’-]+ ){1,3}(?:is|was) (?:a |an |the )?(?:[\p{L}-]+ ){0,4}(?:editor|correspondent|reporter|writer|columnist|contributor|producer|fellow|analyst|anchor|journalist|staff writer|bureau chief)\b[^.]{0,60}\b(?:for|at|of|with)\b[^\n]{0,140}$/u;
