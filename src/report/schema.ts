import { z } from 'zod';

/**
 * The JSON report: corroborate's contract with other tools. `schema/report.schema.json` is generated
 * from this (`npm run schema`) and a test keeps the two in step. Names listed in the README are stable.
 */
const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const voice = z.enum(['reporter', 'quoted']);
const entityType = z.enum(['person', 'organization', 'place', 'other']);

export const SegmentSchema = z.object({
  heading: z.string().nullable(),
  inStory: z.boolean(),
  score: z.number().describe('similarity of the segment to the story lead, 0..1'),
  ...span,
});

export const ArticleSchema = z.object({
  id: z.string(),
  outlet: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  date: z.string().nullable(),
  authors: z.array(z.string()),
  language: z.string().nullable(),
  source: z.string(),
  copyOf: z.string().nullable().describe('id of an earlier article with the same text (a syndicated copy)'),
  text: z.string().describe('the article text every offset in this report points into'),
  segments: z.array(SegmentSchema),
  sentences: z.array(z.object({ ...span, voice, speaker: z.string().nullable(), inStory: z.boolean() })),
});

export const MentionSchema = z.object({ article: z.string(), text: z.string(), ...span });

export const FactSchema = z.object({
  id: z.string(),
  text: z.string(),
  status: z.enum(['consensus', 'partial', 'single']),
  articles: z.array(z.string()),
  mentions: z.array(MentionSchema),
  confidence: z.number(),
  voice,
  entities: z.array(z.string()),
});

export const ConflictSchema = z.object({
  kind: z.enum(['number', 'date', 'scope', 'actor']),
  fact: z.string(),
  description: z.string(),
  confidence: z.number(),
  sides: z.array(z.object({ article: z.string(), text: z.string(), value: z.string(), ...span })),
});

export const QuoteSchema = z.object({
  article: z.string(),
  speaker: z.string().nullable(),
  cue: z.string().nullable(),
  kind: z.enum(['direct', 'reported', 'post']),
  text: z.string(),
  ...span,
});

export const EntitySchema = z.object({
  name: z.string(),
  type: entityType,
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema),
});

export const FramingSchema = z.object({
  article: z.string(),
  text: z.string(),
  kind: z.enum(['loaded', 'opinion', 'hedge', 'label']),
  voice,
  speaker: z.string().nullable(),
  note: z.string(),
  ...span,
});

export const SpeakerSchema = z.object({
  article: z.string(),
  outlet: z.string(),
  speaker: z.string(),
  type: entityType,
  quotes: z.number().int(),
  stance: z.string().nullable(),
});

export const ReportSchema = z.object({
  version: z.literal(1),
  title: z.string(),
  articles: z.array(ArticleSchema),
  facts: z.array(FactSchema),
  conflicts: z.array(ConflictSchema),
  quotes: z.array(QuoteSchema),
  entities: z.array(EntitySchema),
  framing: z.array(FramingSchema),
  speakers: z.array(SpeakerSchema),
  summary: z.array(z.object({ text: z.string(), articles: z.array(z.string()), facts: z.array(z.string()) })),
  additions: z.array(z.object({ article: z.string(), outlet: z.string(), facts: z.array(z.string()) })),
  messages: z.array(
    z.object({
      severity: z.enum(['error', 'warning', 'info']),
      code: z.string(),
      reason: z.string(),
      file: z.string().optional(),
      stage: z.string(),
    }),
  ),
});

/** The JSON report, as `corroborate compare --format json` prints it. */
export type Report = z.infer<typeof ReportSchema>;
