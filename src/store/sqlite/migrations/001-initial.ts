import type { Migration } from '../../migrate.js';

/** The first SQLite schema: outlets, articles (with FTS5 over title and text), stories, comparisons, state. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
CREATE TABLE outlets (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  lean TEXT CHECK (lean IN ('left', 'center', 'right')),
  country TEXT,
  owner TEXT
);
CREATE TABLE outlet_domains (
  domain TEXT PRIMARY KEY,
  outlet_id INTEGER NOT NULL REFERENCES outlets (id) ON DELETE CASCADE
);
CREATE INDEX outlet_domains_outlet ON outlet_domains (outlet_id);

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  outlet TEXT NOT NULL,
  outlet_key TEXT NOT NULL,
  host TEXT NOT NULL,
  outlet_id INTEGER REFERENCES outlets (id) ON DELETE SET NULL,
  title TEXT,
  url TEXT,
  canonical_url TEXT,
  date TEXT,
  authors TEXT NOT NULL,
  language TEXT,
  source TEXT NOT NULL,
  text TEXT NOT NULL,
  hash TEXT NOT NULL,
  copy_of TEXT,
  messages TEXT NOT NULL,
  added_at TEXT NOT NULL,
  seen TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles (canonical_url) WHERE canonical_url IS NOT NULL;
CREATE UNIQUE INDEX articles_outlet_hash ON articles (outlet_key, hash);
CREATE INDEX articles_hash ON articles (hash);
CREATE INDEX articles_outlet ON articles (outlet_id);
CREATE INDEX articles_host ON articles (host, outlet_key);

-- Paragraph hashes of articles, for finding syndicated copies. No foreign key (it would be checked for
-- every row): whatever deletes an article deletes its rows here too.
CREATE TABLE paragraphs (
  hash TEXT NOT NULL,
  article_seq INTEGER NOT NULL,
  PRIMARY KEY (hash, article_seq)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text, content = 'articles', content_rowid = 'seq', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;

CREATE TABLE stories (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT,
  first_seen TEXT,
  last_seen TEXT,
  articles TEXT NOT NULL DEFAULT '[]',
  outlets TEXT NOT NULL DEFAULT '[]',
  sources INTEGER NOT NULL DEFAULT 0,
  left_n INTEGER NOT NULL DEFAULT 0,
  center_n INTEGER NOT NULL DEFAULT 0,
  right_n INTEGER NOT NULL DEFAULT 0,
  unknown_n INTEGER NOT NULL DEFAULT 0,
  one_sided TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);
CREATE INDEX stories_last_seen ON stories (last_seen DESC, seq DESC);
CREATE VIRTUAL TABLE stories_fts USING fts5 (body, tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TABLE story_articles (
  article TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  score REAL NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story);

CREATE TABLE comparisons (
  story TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  report TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE state (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  stamp INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL
);
`,
};
