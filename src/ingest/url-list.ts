import type { Message } from '../model/index.js';
import { badUrlLine } from './problems.js';

/** `http://` or `https://` at the start of an input spec: a URL to fetch, not a file. */
export const URL_SPEC = /^https?:\/\//i;

/**
 * Reads a list of URLs: one a line; blank lines and `#` comments (whole-line or after a space) are
 * skipped. A line that is not an http(s) URL gives a message naming the file and line. Pure.
 * @example parseUrlList('# story\nhttps://a.example/1\n', 'urls.txt').urls // ['https://a.example/1']
 */
export function parseUrlList(text: string, source: string): { urls: string[]; messages: Message[] } {
  const urls: string[] = [];
  const messages: Message[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    if (URL_SPEC.test(line) && isUrl(line)) {
      if (!urls.includes(line)) urls.push(line);
    } else messages.push(badUrlLine(source, i + 1, line));
  });
  return { urls, messages };
}

function isUrl(text: string): boolean {
  try {
    new URL(text);
    return !/\s/.test(text);
  } catch {
    return false;
  }
}
