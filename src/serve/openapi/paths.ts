import type { z } from 'zod';
import { ArticlesQuery, NoQuery, SearchQuery, StoriesQuery } from '../params.js';
import type { ComponentName } from './components.js';

/** One documented route: what the OpenAPI document says and the consistency test checks. */
export interface RouteDoc {
  method: 'get' | 'post';
  /** OpenAPI style: `/api/stories/{id}`. */
  path: string;
  summary: string;
  description?: string;
  query: z.ZodObject;
  /** Path parameters and what they are. */
  params?: Record<string, string>;
  /** Request bodies by media type: a schema name, or a description of a text body. */
  body?: Record<string, ComponentName | { text: string }>;
  /** Success responses: status → the schema of the JSON body. */
  responses: Record<number, { description: string; schema: ComponentName }>;
  /** Error statuses this route can answer besides 400/405/500. */
  errors?: number[];
}

/** Bodies /api/ingest and /api/compare accept. */
const ARTICLE_BODIES: RouteDoc['body'] = {
  'application/json': 'ArticlesBody',
  'application/x-ndjson': { text: 'JSON Lines: one article object a line (ArticleInput fields); bad lines are skipped with a message' },
  'text/html': { text: 'one saved page; `?outlet=` and `?url=` say where it came from' },
  'text/plain': { text: 'URLs of pages or feeds, one a line (`#` comments); a body with no URL line is one plain-text article' },
};

/** Every route of the API. The app's routes and this list are kept equal by a test. */
export const ROUTES: RouteDoc[] = [
  {
    method: 'get', path: '/api/stories', summary: 'List stories, newest first, with source counts and coverage by lean',
    query: StoriesQuery, responses: { 200: { description: 'the stories', schema: 'Stories' } },
  },
  {
    method: 'get', path: '/api/stories/{id}', summary: 'One story with its timeline of articles',
    query: NoQuery, params: { id: 'the story id' }, responses: { 200: { description: 'the story', schema: 'StoryDetail' } }, errors: [404],
  },
  {
    method: 'get', path: '/api/stories/{id}/report', summary: "The story's comparison: the JSON of `corroborate compare --format json`",
    description: 'Computed from the stored articles on first request and cached until the story changes.',
    query: NoQuery, params: { id: 'the story id' }, responses: { 200: { description: 'the report', schema: 'Report' } }, errors: [404],
  },
  {
    method: 'get', path: '/api/articles/{id}', summary: 'One stored article with its text, story and outlet',
    query: NoQuery, params: { id: 'the article id' }, responses: { 200: { description: 'the article', schema: 'StoredArticle' } }, errors: [404],
  },
  {
    method: 'get', path: '/api/outlets', summary: 'The outlets table: names, domains, lean, country, owner',
    query: NoQuery, responses: { 200: { description: 'the outlets', schema: 'Outlets' } },
  },
  {
    method: 'get', path: '/api/search', summary: 'Full-text search over articles and stories, best first',
    query: SearchQuery, responses: { 200: { description: 'the matches', schema: 'SearchResults' } },
  },
  {
    method: 'post', path: '/api/ingest', summary: 'Store articles and group them into stories',
    description: 'URLs are fetched politely; private, loopback and link-local addresses are refused unless the server was started with --allow-private. A body that gives no usable article is a 400 whose `messages` say why.',
    query: ArticlesQuery, body: ARTICLE_BODIES,
    responses: { 200: { description: 'nothing new: every article was already stored', schema: 'IngestResult' }, 201: { description: 'articles stored', schema: 'IngestResult' } },
    errors: [413, 415],
  },
  {
    method: 'post', path: '/api/compare', summary: 'Compare articles without storing them',
    description: 'Takes the same bodies as /api/ingest (at most 50 articles) and returns the report; problems met reading the body come first in its `messages`.',
    query: ArticlesQuery, body: ARTICLE_BODIES, responses: { 200: { description: 'the report', schema: 'Report' } }, errors: [413, 415],
  },
  {
    method: 'get', path: '/openapi.json', summary: 'This document',
    query: NoQuery, responses: {} as RouteDoc['responses'],
  },
];
