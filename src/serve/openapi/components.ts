import { z } from 'zod';
import { ReportSchema } from '../../report/schema.js';
import {
  ArticleInputSchema,
  ErrorSchema,
  IngestResultSchema,
  JsonBodySchema,
  MessageSchema,
  OutletSchema,
  OutletsSchema,
  SearchResultsSchema,
  StoredArticleSchema,
  StoriesSchema,
  StoryDetailSchema,
  StoryRecordSchema,
} from '../schemas.js';

/**
 * The named schemas of the OpenAPI document (`#/components/schemas/<name>`), each a zod schema the
 * API's responses are checked against. A schema nested in another is referenced, not repeated.
 */
export const COMPONENTS = {
  Stories: StoriesSchema,
  StoryRecord: StoryRecordSchema,
  StoryDetail: StoryDetailSchema,
  Report: ReportSchema,
  StoredArticle: StoredArticleSchema,
  Outlet: OutletSchema,
  Outlets: OutletsSchema,
  SearchResults: SearchResultsSchema,
  IngestResult: IngestResultSchema,
  Message: MessageSchema,
  ArticleInput: ArticleInputSchema,
  ArticlesBody: JsonBodySchema,
  Error: ErrorSchema,
} as const satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof COMPONENTS;

/** `{ $ref: '#/components/schemas/Report' }` */
export const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

/**
 * The components as JSON Schema (draft 2020-12, OpenAPI 3.1's dialect). Responses are described
 * as sent (`io: 'output'`): objects list every field and allow no others, so the consistency test
 * catches a field the document does not describe.
 */
export function componentSchemas(): Record<string, object> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'output', uri: (id) => `#/components/schemas/${id}` });
  const out: Record<string, object> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
    out[id] = rest;
  }
  return out;
}
