import { z } from 'zod';
import { ArticleSchema } from '../report/schema.js';
import { httpErrors } from './errors.js';

/**
 * The shapes the API sends, as zod schemas: the OpenAPI document's response schemas are generated
 * from these, and the tests check real responses against them. They mirror the store's types
 * (src/store/types.ts); the report itself is `ReportSchema` (src/report/schema.ts).
 */
const lean = z.enum(['left', 'center', 'right']);

export const MessageSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string().describe('a code from src/model/errors.ts'),
  reason: z.string(),
  file: z.string().optional(),
  stage: z.string(),
  place: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
});

export const CoverageSchema = z.object({
  left: z.number().int(),
  center: z.number().int(),
  right: z.number().int(),
  unknown: z.number().int(),
});

export const StoryRecordSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  firstSeen: z.string().nullable().describe('earliest article date (or arrival time), ISO'),
  lastSeen: z.string().nullable(),
  articles: z.array(z.string()).describe('article ids in arrival order'),
  outlets: z.array(z.string()),
  sources: z.number().int().describe('independent sources: outlets with an article that is not a syndicated copy'),
  coverage: CoverageSchema,
  oneSided: z.enum(['left', 'right']).nullable().describe('the side the coverage overwhelmingly comes from'),
  version: z.number().int(),
});

export const TimelineEntrySchema = z.object({
  article: z.string(),
  outlet: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  lean: lean.nullable(),
  copyOf: z.string().nullable(),
  score: z.number(),
});

export const StoryDetailSchema = StoryRecordSchema.extend({ timeline: z.array(TimelineEntrySchema) });

export const StoriesSchema = z.object({ stories: z.array(StoryRecordSchema) });

/** A stored article: the report's article fields (without its analysis), and what the store adds. */
export const StoredArticleSchema = ArticleSchema.pick({
  id: true, outlet: true, title: true, url: true, date: true, authors: true, language: true, source: true, text: true, copyOf: true,
}).extend({
  messages: z.array(MessageSchema),
  hash: z.string(),
  addedAt: z.string(),
  story: z.string().nullable(),
  outletName: z.string().nullable().describe('the outlet record the article was matched to'),
  lean: lean.nullable(),
});

export const OutletSchema = z.object({
  name: z.string(),
  domains: z.array(z.string()),
  lean: lean.nullable(),
  country: z.string().nullable(),
  owner: z.string().nullable(),
});

export const OutletsSchema = z.object({ outlets: z.array(OutletSchema) });

export const SearchResultsSchema = z.object({
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      outlet: z.string(),
      date: z.string().nullable(),
      story: z.string().nullable(),
      snippet: z.string().describe('words around the match, matched words in [brackets]'),
      rank: z.number(),
    }),
  ),
  stories: z.array(
    z.object({ id: z.string(), title: z.string().nullable(), lastSeen: z.string().nullable(), sources: z.number().int(), rank: z.number() }),
  ),
});

export const IngestResultSchema = z.object({
  stored: z.number().int().describe('articles stored for the first time'),
  duplicates: z.number().int().describe('articles already in the store'),
  copies: z.number().int().describe('syndicated copies of another outlet\'s article'),
  assigned: z.number().int().describe('articles put into stories'),
  newStories: z.number().int(),
  messages: z.array(MessageSchema),
});

export const ErrorSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(httpErrors) as [keyof typeof httpErrors, ...(keyof typeof httpErrors)[]]),
    message: z.string(),
  }),
  messages: z.array(MessageSchema).optional().describe('problems in the posted content that explain the error'),
});

/** One article as posted to /api/ingest or /api/compare (fields of ArticleInput; `text` or `html` required). */
export const ArticleInputSchema = z
  .object({
    id: z.string().optional(),
    outlet: z.string().optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    date: z.string().optional().describe('ISO 8601, or anything Date.parse reads'),
    authors: z.array(z.string()).optional(),
    language: z.string().optional(),
    text: z.string().optional(),
    html: z.string().optional().describe('a saved page: the article is extracted from it'),
  })
  .refine((a) => Boolean(a.text?.trim() || a.html?.trim()), { message: 'an article needs "text" or "html"' });

/** The JSON bodies /api/ingest and /api/compare accept. */
export const JsonBodySchema = z.union([
  ArticleInputSchema,
  z.array(ArticleInputSchema),
  z.object({ urls: z.array(z.string()).min(1) }).describe('pages or feeds to fetch'),
]);
