import { packageVersion } from '../version.js';
import { lookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { nonPublicKind } from './address.js';
import { ExchangeError, exchange, type Exchange } from './request.js';

/** Where people who see corroborate in their logs can read what it is. */
export const PROJECT_URL = 'https://www.npmjs.com/package/corroborate';
/** The User-Agent of every request: names the tool, its version and where to read about it. */
export const USER_AGENT = `corroborate/${packageVersion()} (+${PROJECT_URL})`;

/** How corroborate fetches. Every field has a default in FETCH_DEFAULTS. */
export interface FetchOptions {
  /** Fetch from private, loopback and link-local addresses too (off: a URL could reach the user's own network). */
  allowPrivate: boolean;
  /**
   * Why an address is refused ("a loopback"), or null to allow it; replaces the private-range check
   * when given (an allow-list, a test). Applied to every address of every host, redirects included.
   */
  refuse?: (address: string) => string | null;
  /** Milliseconds for one attempt, redirects and body included. */
  timeoutMs: number;
  /** Milliseconds to make a connection. */
  connectTimeoutMs: number;
  /** Bytes of body read at most; the rest is cut (`truncated`). */
  maxBytes: number;
  /** Redirects followed at most. */
  maxRedirects: number;
  /** Further attempts after a network error, a 5xx or a 429. */
  retries: number;
  /** Wait before the first retry; doubled for each next one. */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the URL fails. */
  maxRetryAfterMs: number;
  userAgent: string;
  accept: string;
  /** Content-Types worth downloading; anything else fails as 'type' without reading the body. */
  accepts: (contentType: string) => boolean;
}

/** Types corroborate can read: pages, feeds, plain text; a missing type is sniffed later. */
const READABLE_TYPE = /^(?:$|text\/|application\/(?:xhtml\+xml|xml|json|feed\+json|[\w.+-]*\+(?:xml|json))\s*(?:;|$))/i;

export const FETCH_DEFAULTS: FetchOptions = {
  allowPrivate: false,
  timeoutMs: 30_000,
  connectTimeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1_000,
  maxRetryAfterMs: 60_000,
  userAgent: USER_AGENT,
  accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.1',
  accepts: (type) => READABLE_TYPE.test(type.trim()),
};

/** Why a fetch failed: kept apart so that each can get its own message. */
export type FetchFailure = 'refused' | 'timeout' | 'network' | 'status' | 'redirects' | 'type' | 'url';

/** A fetched body (maybe cut at maxBytes), or why there is none. `url` is where the body came from, after redirects. */
export type Fetched =
  | { ok: true; url: string; status: number; contentType: string; bytes: Buffer; truncated: boolean }
  | { ok: false; url: string; failure: FetchFailure; detail: string; status?: number };

/** Node error codes worth another attempt: the network, not the URL, is at fault. */
const TRANSIENT = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ECONNECTTIMEOUT', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EBADBODY', 'ETIMEDOUT']);

/**
 * Fetches a URL with a GET, the way a polite robot does: a clear User-Agent, timeouts, a size cap, a
 * redirect cap, and retries with exponential backoff on network errors, 5xx and 429 (honouring
 * Retry-After). Before each connection the host is resolved and every address checked: private,
 * loopback and link-local ones are refused unless `allowPrivate`. Never throws for a bad URL or server.
 * @example const page = await fetchUrl('https://news.example/story'); if (page.ok) page.bytes
 */
export async function fetchUrl(url: string, options: Partial<FetchOptions> = {}): Promise<Fetched> {
  const o = { ...FETCH_DEFAULTS, ...options };
  for (let attempt = 0; ; attempt++) {
    const result = await followRedirects(url, o);
    const { fetched } = result;
    const wait = attempt < o.retries ? retryWait(result, attempt, o) : null;
    if (fetched.ok || wait === null) return fetched;
    if (wait > o.maxRetryAfterMs) return { ...fetched, detail: `${fetched.detail}; the server asked to retry after ${Math.round(wait / 1000)} s` };
    await new Promise((r) => setTimeout(r, wait));
  }
}

interface Attempt {
  fetched: Fetched;
  transient: boolean;
  retryAfterMs?: number;
}

/** One attempt: redirects followed up to the cap, every hop's host checked. */
async function followRedirects(start: string, o: FetchOptions): Promise<Attempt> {
  const deadline = Date.now() + o.timeoutMs;
  let url: URL;
  try {
    url = new URL(start);
  } catch {
    return fail(start, 'url', 'not a valid URL');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(url.href, 'url', `${url.protocol} URLs are not fetched, only http and https`);
    const remaining = deadline - Date.now();
    if (remaining <= 0) return fail(url.href, 'timeout', `no complete answer within ${o.timeoutMs / 1000} s`);
    const refuse = o.refuse ?? (o.allowPrivate ? () => null : nonPublicKind);
    const resolved = await resolveHost(url.hostname, refuse, remaining);
    if ('failure' in resolved) return { fetched: { ok: false, url: url.href, failure: resolved.failure, detail: resolved.detail }, transient: resolved.transient };
    let answer: Exchange;
    try {
      const headers = { 'user-agent': o.userAgent, accept: o.accept, 'accept-encoding': 'gzip, deflate, br' };
      answer = await exchange(url, { addresses: resolved.addresses, headers, connectTimeoutMs: Math.min(o.connectTimeoutMs, remaining), timeoutMs: remaining, budgetMs: o.timeoutMs, maxBytes: o.maxBytes, accepts: o.accepts });
    } catch (error) {
      return networkFailure(url.href, error);
    }
    const location = answer.headers.location;
    if (answer.status >= 300 && answer.status < 400 && location) {
      if (hop >= o.maxRedirects) return fail(url.href, 'redirects', `more than ${o.maxRedirects} redirects`);
      try {
        url = new URL(location, url);
      } catch {
        return fail(url.href, 'url', `a redirect to an invalid URL (${location})`);
      }
      continue;
    }
    return judge(url.href, answer);
  }
}

function judge(url: string, answer: Exchange): Attempt {
  const { status } = answer;
  const contentType = String(answer.headers['content-type'] ?? '').trim();
  if (status >= 200 && status < 300) {
    if (!answer.accepted) return fail(url, 'type', `the server sent ${contentType.split(';')[0]}, not a web page or feed`);
    return { fetched: { ok: true, url, status, contentType, bytes: answer.body, truncated: answer.truncated }, transient: false };
  }
  const attempt: Attempt = { fetched: { ok: false, url, failure: 'status', detail: statusText(status), status }, transient: status === 429 || status >= 500 };
  const retryAfter = retryAfterMs(answer.headers['retry-after']);
  if (retryAfter !== undefined) attempt.retryAfterMs = retryAfter;
  return attempt;
}

/** Resolves a host name (an IP literal as is) and checks every address it gives. */
async function resolveHost(
  hostname: string,
  refuse: (address: string) => string | null,
  timeoutMs: number,
): Promise<{ addresses: LookupAddress[] } | { failure: FetchFailure; detail: string; transient: boolean }> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: LookupAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new ExchangeError('ECONNECTTIMEOUT', 'the host name did not resolve in time')), timeoutMs)));
      addresses = await Promise.race([lookup(host, { all: true, verbatim: true }), timeout]).finally(() => clearTimeout(timer));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      return { failure: 'network', detail: code === 'ENOTFOUND' ? `no such host (${host})` : describeError(error), transient: TRANSIENT.has(code) };
    }
  }
  if (addresses.length === 0) return { failure: 'network', detail: `no such host (${host})`, transient: false };
  for (const { address } of addresses) {
    const kind = refuse(address);
    if (kind) return { failure: 'refused', detail: `${address} is ${kind} address; pass --allow-private to fetch from it`, transient: false };
  }
  return { addresses };
}

function networkFailure(url: string, error: unknown): Attempt {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ETOTALTIMEOUT' || code === 'ECONNECTTIMEOUT') return fail(url, 'timeout', describeError(error), code === 'ECONNECTTIMEOUT');
  return fail(url, 'network', describeError(error), TRANSIENT.has(code));
}

function fail(url: string, failure: FetchFailure, detail: string, transient = false): Attempt {
  return { fetched: { ok: false, url, failure, detail }, transient };
}

/** Milliseconds to wait before the next attempt, or null when the result is final. */
function retryWait(result: Attempt, attempt: number, o: FetchOptions): number | null {
  if (!result.transient) return null;
  if (result.retryAfterMs !== undefined) return result.retryAfterMs;
  return o.backoffMs * 2 ** attempt * (1 + Math.random() * 0.25);
}

/** Retry-After as milliseconds: a number of seconds or an HTTP date. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function statusText(status: number): string {
  if (status === 404 || status === 410) return `not found (HTTP ${status})`;
  if (status === 401 || status === 403) return `access denied (HTTP ${status})`;
  if (status === 429) return 'too many requests (HTTP 429)';
  if (status >= 300 && status < 400) return `a redirect without a Location (HTTP ${status})`;
  return `the server answered HTTP ${status}`;
}

function describeError(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (error instanceof ExchangeError) return error.message;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'the connection was reset';
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return 'the host cannot be reached';
  if (/CERT|SSL|TLS/.test(code)) return `the site's TLS certificate was not accepted (${code})`;
  return error instanceof Error ? error.message : String(error);
}

