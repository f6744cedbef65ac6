"""Version 10: an article's kind, 'article', or 'summary' for a block that only lists the day's
headlines (新闻联播's 新闻摘要), which the list can leave out."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE articles ADD COLUMN kind TEXT NOT NULL DEFAULT 'article'")
