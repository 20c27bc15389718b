import type { Context } from 'hono';
import { z } from 'zod';
import { fromText, parseJsonLines, parseUrlList, readInputs, settleInputs } from '../../ingest/index.js';
import type { ArticleInput, Message } from '../../model/index.js';
import { message } from '../../model/index.js';
import { mediaType, readJson, readText } from '../body.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { describeIssues, ArticlesQuery, parseQuery } from '../params.js';
import { ArticleInputSchema } from '../schemas.js';

/** What a request body gave: articles ready for `ingest` or `compare`, and the problems met. */
export interface BodyArticles {
  inputs: ArticleInput[];
  messages: Message[];
}

/** Media types read as JSON Lines. */
const JSON_LINES = new Set(['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines', 'application/json-seq']);
const HTML = new Set(['text/html', 'application/xhtml+xml']);
/** Where messages say a problem came from. */
const BODY = 'request body';

const JsonArticleList = z.array(ArticleInputSchema).min(1, 'the array is empty');
const JsonUrls = z.object({ urls: z.array(z.string()).min(1, 'the list is empty') }).strict();

/**
 * Reads the articles a POST to /api/ingest or /api/compare carries, by its Content-Type:
 * - `application/json`: one article object, an array of them (ArticleInput fields, `text` or
 *   `html`), or `{ "urls": [...] }`;
 * - `application/x-ndjson` (JSON Lines): one article a line, bad lines skipped with a message;
 * - `text/html`: one saved page (`?outlet=&url=` say where it came from);
 * - `text/plain`: a list of URLs, one a line — or, when no line is a URL, one plain-text article.
 * URLs are fetched with `ctx.remote` (private addresses refused unless it allows them). Only http(s)
 * URLs are ever read: a body can never name a local file.
 */
export async function readArticles(c: Context, ctx: AppContext): Promise<BodyArticles> {
  const type = mediaType(c);
  const query = parseQuery(c, ArticlesQuery);
  const outlet = query.outlet ? { outlet: query.outlet } : {};
  const options = { remote: ctx.remote, ...outlet };
  if (type === 'application/json' || type.endsWith('+json')) {
    const body = await readJson(c, ctx.maxBodyBytes);
    if (body && typeof body === 'object' && !Array.isArray(body) && 'urls' in body) {
      const parsed = JsonUrls.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_BODY', describeIssues(parsed.error));
      return fetchUrls(parsed.data.urls, options);
    }
    // An array or one object, each checked as such so that errors name the field ("1.outlet"), not the union.
    const parsed = Array.isArray(body) ? JsonArticleList.safeParse(body) : ArticleInputSchema.safeParse(body);
    if (!parsed.success) throw new HttpError(400, 'BAD_BODY', describeIssues(parsed.error));
    const items = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
    const inputs = items.map((item, i): ArticleInput => ({ ...outlet, ...withoutEmpty(item), source: items.length > 1 ? `${BODY} [${i}]` : BODY }));
    return settleInputs(inputs, [], options);
  }
  if (JSON_LINES.has(type)) {
    const read = parseJsonLines(await readText(c, ctx.maxBodyBytes), BODY);
    for (const input of read.inputs) if (query.outlet) input.outlet ??= query.outlet;
    return settleInputs(read.inputs, read.messages, options);
  }
  if (HTML.has(type)) {
    const html = await readText(c, ctx.maxBodyBytes);
    const input: ArticleInput = { html, source: query.url ?? BODY, ...outlet, ...(query.url ? { url: query.url } : {}) };
    return settleInputs([input], [], options);
  }
  if (type === 'text/plain' || type === 'text/uri-list') {
    const text = await readText(c, ctx.maxBodyBytes);
    const list = parseUrlList(text, BODY);
    if (list.urls.length > 0 || type === 'text/uri-list') {
      const read = await fetchUrls(list.urls, options);
      return { inputs: read.inputs, messages: [...list.messages, ...read.messages] };
    }
    return settleInputs([fromText(text, BODY, outlet)], [], options);
  }
  throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `"${type || 'none'}"; send application/json, application/x-ndjson, text/html or text/plain`);
}

/** Fetches pages or feeds; anything but an http(s) URL is a message, never a file read. */
async function fetchUrls(urls: string[], options: Parameters<typeof readInputs>[1]): Promise<BodyArticles> {
  const list = parseUrlList(urls.join('\n'), BODY);
  const read = list.urls.length ? await readInputs(list.urls, options) : { inputs: [], messages: [] };
  return { inputs: read.inputs, messages: [...list.messages, ...read.messages] };
}

/** The article's fields without empty strings, so that defaults (outlet from the site) still apply. */
function withoutEmpty(item: z.infer<typeof ArticleInputSchema>): ArticleInput {
  const out: ArticleInput = {};
  for (const [key, value] of Object.entries(item)) if (value !== undefined && value !== '') Object.assign(out, { [key]: value });
  return out;
}

/**
 * The 400 for a body that gave no usable article, carrying the messages that say why.
 * @example if (!read.inputs.length) throw nothingUsable(read.messages)
 */
export function nothingUsable(messages: Message[]): HttpError {
  const all = [...messages, message('NOTHING_TO_COMPARE', 'ingest', { severity: 'error' })];
  const why = messages.length ? messages.slice(0, 3).map((m) => m.reason).join('; ') : 'the body holds no article text';
  return new HttpError(400, 'NOTHING_USABLE', why, {}, all);
}
