import type { Migration } from '../../migrate.js';

/**
 * Ingest batches, numbered in the order they were read, so that stories come out the same however
 * many processes store them; and the order of assignments, which other processes replay.
 */
export const batches: Migration = {
  version: 2,
  name: 'batches',
  up: `
CREATE TABLE batches (
  n INTEGER PRIMARY KEY,
  state TEXT NOT NULL CHECK (state IN ('queued', 'stored', 'clustered', 'failed')),
  articles INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX batches_state ON batches (state, n);
ALTER TABLE articles ADD COLUMN batch INTEGER;
CREATE INDEX articles_batch ON articles (batch, seq);
ALTER TABLE story_articles ADD COLUMN assigned INTEGER NOT NULL DEFAULT 0;
UPDATE story_articles SET assigned = (SELECT seq FROM articles WHERE articles.id = story_articles.article);
CREATE INDEX story_articles_assigned ON story_articles (assigned);
`,
};
