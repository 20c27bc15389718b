import type { Context } from 'hono';
import { HttpError } from './errors.js';

/** "10 MB", "512 KB": a limit as people read it. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/**
 * Reads the request body, refusing (413) one over `max` bytes: first by its Content-Length, then by
 * counting what actually arrives, so a chunked body or a lying header cannot get past the limit.
 */
export async function readBody(c: Context, max: number): Promise<Uint8Array> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > max) throw tooLarge(max);
  const body = c.req.raw.body;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The body as UTF-8 text (a byte-order mark dropped), within the limit. */
export async function readText(c: Context, max: number): Promise<string> {
  return new TextDecoder('utf-8').decode(await readBody(c, max));
}

/** The body parsed as JSON, within the limit; 400 naming the problem when it does not parse. */
export async function readJson(c: Context, max: number): Promise<unknown> {
  const text = await readText(c, max);
  if (!text.trim()) throw new HttpError(400, 'BAD_JSON', 'the body is empty');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, 'BAD_JSON', (error as Error).message);
  }
}

/** The media type of the request without parameters, lower-cased ("application/json"); "" when absent. */
export function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

function tooLarge(max: number): HttpError {
  return new HttpError(413, 'BODY_TOO_LARGE', `the limit of ${formatBytes(max)}; send fewer articles per request`);
}
