"""Version 1: articles, their annotations and the user's lexicon."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    # Statement by statement: executescript() would commit the migration's transaction.
    conn.execute(
        """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL DEFAULT '',
        published TEXT,
        pre_title TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        subtitles TEXT NOT NULL DEFAULT '[]',
        byline TEXT NOT NULL DEFAULT '',
        dateline TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done')),
        content_hash TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )"""
    )
    conn.execute("CREATE INDEX articles_published ON articles (published, id)")
    conn.execute("CREATE INDEX articles_status ON articles (status, published)")
    conn.execute(
        """CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('entity', 'directive')),
        label TEXT NOT NULL,
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" > start),
        text TEXT NOT NULL,
        attrs TEXT NOT NULL DEFAULT '{}',
        origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
        status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
        updated_at TEXT NOT NULL
    )"""
    )
    conn.execute("CREATE INDEX annotations_article ON annotations (article_id, kind, start)")
    conn.execute(
        """CREATE TABLE lexicon (
        term TEXT NOT NULL,
        label TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('builtin', 'user')),
        PRIMARY KEY (term, label)
    )"""
    )
