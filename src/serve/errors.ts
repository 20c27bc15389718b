import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Message } from '../model/index.js';

/**
 * The catalogue of HTTP API problems. Problems inside the content (an empty article, a refused URL)
 * stay messages with codes from `src/model/errors.ts`; these codes say why a request as a whole
 * was refused. `{detail}` is filled by `apiError()`.
 */
export const httpErrors = {
  NOT_FOUND: 'no such resource: {detail}',
  METHOD_NOT_ALLOWED: '{detail}',
  BAD_PARAMS: 'bad query or path parameter: {detail}',
  BAD_JSON: 'the request body is not valid JSON: {detail}',
  BAD_BODY: 'the request body cannot be used: {detail}',
  UNSUPPORTED_MEDIA_TYPE: 'cannot read a body of type {detail}',
  BODY_TOO_LARGE: 'the request body is over {detail}',
  NOTHING_USABLE: 'no usable article was read: {detail}',
  INTERNAL: 'internal error: {detail}',
} as const;

export type HttpErrorCode = keyof typeof httpErrors;

/** The body of every 4xx/5xx API response; `messages` when problems in the content explain it. */
export interface ApiErrorBody {
  error: { code: HttpErrorCode; message: string };
  messages?: Message[];
}

/** A request the API refuses; thrown inside handlers, turned into JSON by `errorResponse`. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: HttpErrorCode,
    detail: string,
    /** Extra headers, e.g. `Allow` on a 405. */
    readonly headers: Record<string, string> = {},
    /** Messages about the content (e.g. why no article was read), sent beside the error. */
    readonly messages?: Message[],
  ) {
    super(httpErrors[code].replace('{detail}', detail));
    this.name = 'HttpError';
  }
}

/** `{ error: { code, message } }` with the error's status and headers. */
export function errorResponse(c: Context, error: HttpError): Response {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
  if (error.messages) body.messages = error.messages;
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(body, error.status);
}

/**
 * The API's `onError`: a refusal keeps its status; anything else is a 500 with one line (the
 * process goes on serving). The stack goes to stderr only with CORROBORATE_DEBUG=1.
 */
export function onApiError(error: Error, c: Context): Response {
  if (error instanceof HttpError) return errorResponse(c, error);
  if (process.env.CORROBORATE_DEBUG === '1') console.error(error);
  return errorResponse(c, new HttpError(500, 'INTERNAL', error.message || error.name));
}

/** True for the paths the JSON API owns (and answers with JSON errors). */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/openapi.json';
}
