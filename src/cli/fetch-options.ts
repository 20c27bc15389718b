import type { FetchOptions, RemoteOptions } from '../ingest/index.js';

/**
 * Environment variables that tune fetching, for tests and slow networks (milliseconds and bytes):
 * timeouts, the wait before the first retry, the number of retries and the size cap.
 */
const ENV: Record<string, keyof FetchOptions> = {
  CORROBORATE_FETCH_TIMEOUT_MS: 'timeoutMs',
  CORROBORATE_FETCH_CONNECT_TIMEOUT_MS: 'connectTimeoutMs',
  CORROBORATE_FETCH_RETRY_MS: 'backoffMs',
  CORROBORATE_FETCH_RETRIES: 'retries',
  CORROBORATE_FETCH_MAX_BYTES: 'maxBytes',
};

/** Help text naming the variables above. */
export const FETCH_ENV_HELP = `Fetching: at most 2 requests at a time to one site and 4 in all; 30 s per URL, 5 MB per page,
5 redirects, 2 retries on network errors, 5xx and 429. Addresses in private, loopback and link-local
ranges are refused unless --allow-private is given. Tune with the environment variables
${Object.keys(ENV).join(', ')}.`;

/** How `compare` and `extract` fetch: `--allow-private` plus whatever the environment sets. */
export function fetchOptions(allowPrivate: boolean, env: NodeJS.ProcessEnv): Partial<FetchOptions> {
  const options: Partial<FetchOptions> = { allowPrivate };
  for (const [name, key] of Object.entries(ENV)) {
    const value = Number(env[name]);
    if (env[name]?.trim() && Number.isFinite(value) && value >= 0) Object.assign(options, { [key]: value });
  }
  return options;
}

/** The same, as the options of `readInputs`. */
export function remoteOptions(allowPrivate: boolean, env: NodeJS.ProcessEnv): Partial<RemoteOptions> {
  return { fetch: fetchOptions(allowPrivate, env) };
}

/**
 * The `--allow-private` option of every command that fetches, as `.option()` arguments; `what` says
 * what it lets through ("a local server").
 * @example command.option(...allowPrivate('a local server'))
 */
export function allowPrivate(what?: string): [flags: string, description: string] {
  return ['--allow-private', `fetch from private, loopback and link-local addresses too${what ? ` (${what})` : ''}`];
}
