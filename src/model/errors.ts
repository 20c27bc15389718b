/**
 * The one catalogue of problem codes. Every message on a document or a report uses a code from here,
 * so tools can act on codes and people can read the reasons.
 * `{file}`, `{detail}` and friends are filled by `message()`.
 */
export const errors = {
  INPUT_NOT_FOUND: 'cannot read {file}: {detail}',
  INPUT_EMPTY: '{file} is empty: nothing to compare',
  INPUT_BINARY: '{file} looks like a binary file, not text or HTML: skipped',
  INPUT_TOO_LARGE: '{file} is {detail}; only the first part was read',
  ENCODING_GUESSED: '{file} is not valid UTF-8; read it as {detail}',
  MOJIBAKE_REPAIRED: '{file}: characters read in the wrong encoding were repaired in the {detail} ("â€™" read as "’")',
  JSONL_BAD_LINE: '{file}: line {detail} is not valid JSON: skipped',
  JSONL_NO_TEXT: '{file}: line {detail} has no "text" or "html" field: skipped',
  HTML_NO_ARTICLE: '{file}: no article body found in the page',
  HTML_EXTRACTED: '{file}: article text extracted from HTML ({detail})',
  DUPLICATE_ARTICLE: '{file} has the same text as {detail}: counted once',
  DUPLICATE_ID: '{file}: id "{detail}" is used twice; renamed',
  BOILERPLATE_DROPPED: '{file}: dropped {detail}',
  REPEATED_BLOCK: '{file}: a repeated paragraph was collapsed ({detail})',
  SEGMENT_OFF_STORY: '{file}: section "{detail}" is about another story; left out of the comparison',
  SEGMENT_UNCERTAIN: '{file}: section "{detail}" may be about another story (low similarity); kept',
  ARTICLE_OFF_STORY: '{file} shares little with the other articles ({detail}); it may be about another event',
  DATE_UNKNOWN: '{file}: no publication date; relative dates ("Tuesday") are left unresolved',
  DATE_IMPOSSIBLE: '{file}: date "{detail}" cannot be a publication date (too old or in the future): ignored',
  SPEAKER_UNKNOWN: '{file}: a quote has no speaker that could be identified ({detail})',
  SINGLE_ARTICLE: 'only one article: every fact is single-source and there is nothing to contrast',
  NOTHING_TO_COMPARE: 'no usable article was read',
  ARTICLE_TRUNCATED: '{file}: the article is {detail}; analysis used only its start',
  SYNDICATED_COPY: '{file} carries the same text as {detail}: a syndicated copy, not independent coverage',
  OUTPUT_NOT_WRITTEN: 'cannot write {file}: {detail}',
  HTML_TOO_COMPLEX: '{file}: the page has too many elements for full extraction ({detail}); its whole text was kept',
  URL_REFUSED: '{file}: not fetched: {detail}',
  URL_FAILED: 'cannot fetch {file}: {detail}',
  URL_NOT_PAGE: '{file}: {detail}: skipped',
  URL_TOO_LARGE: '{file} is over {detail}; only the first part was read',
  URL_LIST_BAD_LINE: '{file}: {detail}: skipped',
  FEED_INVALID: '{file} is not a feed corroborate can read (RSS, Atom, JSON Feed or OPML): {detail}',
  FEED_EMPTY: '{file}: the feed lists no entries',
  FEED_ENTRY_EMPTY: '{file}: a feed entry has no text, summary or link: skipped',
  FEED_TRUNCATED: '{file} lists {detail}; only the first were read',
  FEED_SUMMARY_ONLY: '{file}: the full article could not be fetched ({detail}); only the feed\'s summary was used',
  FEED_NESTED: '{file}: an OPML list inside an OPML list is not followed',
} as const;

export type ErrorCode = keyof typeof errors;
export type Severity = 'error' | 'warning' | 'info';

/** A problem met on the way: never an exception, always something a report can show. */
export interface Message {
  severity: Severity;
  code: ErrorCode;
  reason: string;
  /** The file, URL or `stdin` the problem is about, when there is one. */
  file?: string;
  /** The stage that noticed it: ingest, clean, segment, annotate, align, frame, summarize. */
  stage: string;
  /** Character range in the article text, when the problem has a place. */
  place?: { start: number; end: number };
}

/** Builds a message from the catalogue: `message('INPUT_EMPTY', 'ingest', {file: 'a.txt'})`. */
export function message(
  code: ErrorCode,
  stage: string,
  fields: { file?: string; detail?: string | number; severity?: Severity; place?: { start: number; end: number } } = {},
): Message {
  const reason = errors[code]
    .replace('{file}', fields.file ?? 'input')
    .replace('{detail}', String(fields.detail ?? ''));
  const m: Message = { severity: fields.severity ?? 'warning', code, reason, stage };
  if (fields.file !== undefined) m.file = fields.file;
  if (fields.place) m.place = fields.place;
  return m;
}
