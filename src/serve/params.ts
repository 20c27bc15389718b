import type { Context } from 'hono';
import { z } from 'zod';
import { sinceDate } from '../model/since.js';
import { HttpError } from './errors.js';

/**
 * Query parameters of the API, as zod schemas: handlers validate with them and the OpenAPI
 * document lists them. Unknown parameters are refused, so a misspelt filter is an error, not a
 * silently unfiltered list.
 */
const flag = z.enum(['true', 'false', '1', '0']);

export const StoriesQuery = z
  .object({
    since: z
      .string()
      .refine((v) => sinceDate(v) !== null, { message: 'expected a duration (12h, 2d, 1w) or an ISO date' })
      .optional()
      .describe('only stories seen since then: 12h, 2d, 1w or an ISO date'),
    outlet: z.string().min(1).optional().describe('only stories with an article from this outlet (name or domain)'),
    lean: z.enum(['left', 'center', 'right']).optional().describe('only stories with a source of this lean'),
    q: z.string().min(1).optional().describe('only stories whose titles or leads match these words'),
    oneSided: flag.optional().describe('true: only stories whose coverage comes overwhelmingly from one side'),
    minSources: z.coerce.number().int().min(1).max(1000).optional().describe('only stories covered by at least this many independent outlets'),
    limit: z.coerce.number().int().min(1).max(500).optional().describe('at most this many (default 50)'),
    offset: z.coerce.number().int().min(0).optional().describe('skip this many'),
  })
  .strict();

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1).describe('the words to look for'),
    limit: z.coerce.number().int().min(1).max(200).optional().describe('at most this many of each kind (default 20)'),
  })
  .strict();

export const ArticlesQuery = z
  .object({
    outlet: z.string().min(1).optional().describe('the outlet of posted articles that name none (else the page\'s site or the file name)'),
    url: z.url({ protocol: /^https?$/ }).optional().describe('the http(s) address a posted page was saved from'),
  })
  .strict();

export const NoQuery = z.object({}).strict();

/** True for `true`/`1`. */
export const isTrue = (v: string | undefined): boolean => v === 'true' || v === '1';

/** The request's query parsed by `schema`; 400 naming every bad parameter. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const result = schema.safeParse(c.req.query());
  if (result.success) return result.data;
  throw new HttpError(400, 'BAD_PARAMS', describeIssues(result.error));
}

/** "limit: Too big…; lean: Invalid option…": each issue with the parameter it is about. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      if (i.code === 'unrecognized_keys') return `unknown parameter${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
      const where = i.path.length ? `${i.path.join('.')}: ` : '';
      return `${where}${i.message}`;
    })
    .join('; ');
}
