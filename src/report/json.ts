import type { Story } from '../model/index.js';
import type { Report } from './schema.js';

/** Turns a compared story into the JSON report (the published contract). */
export function toReport(story: Story): Report {
  return {
    version: 1,
    title: story.title,
    articles: story.articles.map((a) => ({
      id: a.id,
      outlet: a.outlet,
      title: a.title,
      url: a.url,
      date: a.date,
      authors: a.authors,
      language: a.language,
      source: a.source,
      copyOf: a.copyOf,
      text: a.text,
      segments: a.segments.map((s) => ({ heading: s.heading, inStory: s.inStory, score: round(s.score), start: s.start, end: s.end })),
      sentences: a.sentences.map((s) => ({ start: s.start, end: s.end, voice: s.voice, speaker: s.speaker, inStory: s.inStory })),
    })),
    facts: story.facts.map((f) => ({
      id: f.id,
      text: f.text,
      status: f.status,
      articles: f.articles,
      mentions: f.mentions.map((m) => ({ article: m.article, text: m.text, start: m.start, end: m.end })),
      confidence: round(f.confidence),
      voice: f.voice,
      entities: f.entities,
    })),
    conflicts: story.conflicts.map((c) => ({
      kind: c.kind,
      fact: c.fact,
      description: c.description,
      confidence: round(c.confidence),
      sides: c.sides.map((s) => ({ article: s.article, text: s.text, value: s.value, start: s.start, end: s.end })),
    })),
    quotes: story.articles.flatMap((a) =>
      a.quotes.map((q) => ({ article: a.id, speaker: q.speaker, cue: q.cue, kind: q.kind, text: q.text, start: q.start, end: q.end })),
    ),
    entities: story.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: story.articles.flatMap((a) =>
        a.entities.filter((m) => m.entity === e.key).map((m) => ({ article: a.id, text: m.text, start: m.start, end: m.end })),
      ),
    })),
    framing: story.framing.map((f) => ({ ...f })),
    speakers: story.speakers.map((s) => ({ ...s })),
    summary: story.summary.map((s) => ({ ...s })),
    additions: story.additions.map((a) => ({ ...a })),
    messages: story.messages.map((m) => {
      const out: Report['messages'][number] = { severity: m.severity, code: m.code, reason: m.reason, stage: m.stage };
      if (m.file !== undefined) out.file = m.file;
      return out;
    }),
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
