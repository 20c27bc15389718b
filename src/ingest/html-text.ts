/** The few named entities feed titles and summaries use; numeric ones are decoded by number. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const TAG = /<[^>]*>/g;

/**
 * A snippet of feed HTML (a title, a summary) as plain text: tags dropped, common entities decoded,
 * spaces collapsed. Not an HTML parser: full pages go to the extractor.
 * @example htmlToPlain('Storm &amp; <b>flood</b>') === 'Storm & flood'
 */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(TAG, ' ')
    .replace(ENTITY, (all, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      }
      return NAMED[name.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many words a snippet of HTML holds. */
export function htmlWords(html: string): number {
  const plain = htmlToPlain(html);
  return plain ? plain.split(' ').length : 0;
}
