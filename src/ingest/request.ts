import http from 'node:http';
import https from 'node:https';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

/** What one HTTP exchange needs beyond the URL. */
export interface ExchangeOptions {
  /** The addresses the host was resolved to and checked against; the connection uses only these. */
  addresses: LookupAddress[];
  headers: Record<string, string>;
  /** Give up when the connection is not made within this many milliseconds. */
  connectTimeoutMs: number;
  /** Give up when the whole exchange, body included, is not done within this many milliseconds. */
  timeoutMs: number;
  /** The whole budget the caller had (its message names it), when `timeoutMs` is what is left of it. */
  budgetMs?: number;
  /** Read at most this many bytes of the (decompressed) body. */
  maxBytes: number;
  /** Whether a 2xx body of this Content-Type is worth reading; when not, the body is not downloaded. */
  accepts: (contentType: string) => boolean;
}

/** The answer to one request: a redirect, a status without body, or a 2xx body (maybe cut at `maxBytes`). */
export interface Exchange {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body of a 2xx answer whose type was accepted; empty otherwise. */
  body: Buffer;
  truncated: boolean;
  /** False when a 2xx body was not read because its Content-Type was not accepted. */
  accepted: boolean;
}

/** A failed exchange: `code` is Node's error code, or ECONNECTTIMEOUT / ETOTALTIMEOUT / EBADBODY. */
export class ExchangeError extends Error {
  constructor(
    readonly code: string,
    text: string,
  ) {
    super(text);
  }
}

/**
 * One GET request, with no redirect followed. The connection goes only to the given addresses (so a
 * name cannot resolve to a checked address first and another one after); the timers cover the
 * connection and the whole exchange.
 */
export function exchange(url: URL, options: ExchangeOptions): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, { method: 'GET', headers: options.headers, agent: false, lookup: pinnedLookup(options.addresses) });
    let response: http.IncomingMessage | undefined;
    let failure: ExchangeError | undefined;
    const fail = (code: string, text: string): void => {
      failure = new ExchangeError(code, text);
      response?.destroy(failure);
      req.destroy(failure);
    };
    const total = setTimeout(() => fail('ETOTALTIMEOUT', `no complete answer within ${seconds(options.budgetMs ?? options.timeoutMs)}`), options.timeoutMs);
    let connect: NodeJS.Timeout | undefined;
    const done = (): void => {
      clearTimeout(total);
      clearTimeout(connect);
    };
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      connect = setTimeout(() => fail('ECONNECTTIMEOUT', `no connection within ${seconds(options.connectTimeoutMs)}`), options.connectTimeoutMs);
      socket.once('connect', () => clearTimeout(connect));
    });
    req.on('error', (error) => {
      done();
      reject(failure ?? error);
    });
    req.on('response', (res) => {
      response = res;
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers['content-type'] ?? '');
      const success = status >= 200 && status <= 299;
      const accepted = !success || options.accepts(contentType);
      const base = { status, headers: res.headers, body: Buffer.alloc(0), truncated: false, accepted };
      if (!success || !accepted) {
        res.destroy();
        done();
        resolve(base);
        return;
      }
      readBody(res, options.maxBytes).then(
        ({ body, truncated }) => {
          done();
          req.destroy();
          resolve({ ...base, body, truncated });
        },
        (error: Error) => {
          done();
          reject(failure ?? (error instanceof ExchangeError ? error : new ExchangeError('EBADBODY', `the answer broke off (${error.message})`)));
        },
      );
    });
    req.end();
  });
}

/** Reads a body, decompressing gzip, deflate and brotli, up to `maxBytes`; stops reading past it. */
async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<{ body: Buffer; truncated: boolean }> {
  const stream = decompressed(res);
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      chunks.push(buf);
      size += buf.length;
      if (size > maxBytes) {
        truncated = true;
        break;
      }
    }
  } finally {
    if (stream !== res) stream.destroy();
    res.destroy();
  }
  const body = Buffer.concat(chunks);
  return { body: truncated ? body.subarray(0, maxBytes) : body, truncated };
}

function decompressed(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  if (!decoder) return res;
  res.on('error', (error) => decoder.destroy(error));
  return res.pipe(decoder);
}

/** A `lookup` that answers with the addresses already resolved and checked. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  }) as LookupFunction;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
