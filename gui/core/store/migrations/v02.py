"""Version 2: full-text search over title and body as character bigrams (see searchtext), and
lexicon rows that block a term as well as add it (corrections teach both)."""

from __future__ import annotations

import json
import sqlite3

from gui.core.searchtext import index_text


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE VIRTUAL TABLE article_search USING fts5 (title, body, content='', tokenize='unicode61')")
    conn.execute("ALTER TABLE lexicon ADD COLUMN action TEXT NOT NULL DEFAULT 'add' CHECK (action IN ('add', 'block'))")
    conn.execute("ALTER TABLE lexicon ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT id, pre_title, title, subtitles, body FROM articles").fetchall()
    conn.executemany(
        "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
        (
            (article_id, index_text(" ".join([pre_title, title, *json.loads(subtitles)])), index_text(body))
            for article_id, pre_title, title, subtitles, body in rows
        ),
    )
