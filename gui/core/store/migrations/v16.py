"""Version 16: the lead's adjudication decisions (issue 17, team coding).

One row per decided item of an article (an entity span, a directive, a code of a variable; the
item key is gui/core/adjudication.py's): what was done (`action`: the coders agreed and their
version was written to the final layer, the lead took one coder's version, took none, or edited
the final layer), whose version (`coder`), the coders' versions at the time (`versions`, JSON:
when a coder's layer changes later the decision no longer holds), who decided and when."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE decisions (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('agreed', 'take', 'none', 'edit')),
            coder TEXT NOT NULL DEFAULT '',
            versions TEXT NOT NULL DEFAULT '{}',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL,
            PRIMARY KEY (article_id, item)
        ) WITHOUT ROWID"""
    )
