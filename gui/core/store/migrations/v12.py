"""Version 12: a coder's note on an article (issue 16).

One note per article and coder (the coder '' until coders arrive): what a coder wants the
lead to know about this article — a doubt, a borderline decision. It goes with its article."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE notes (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            coder TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (article_id, coder)
        )"""
    )
