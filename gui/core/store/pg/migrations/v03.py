"""Version 3 of a PostgreSQL library: adjudication decisions, as SQLite's version 16 (issue 17).

One row per decided item of an article: the action (agreed, take, none, edit), whose version,
the coders' versions at the time (JSON text), who decided and when."""

from __future__ import annotations

from typing import Any

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE decisions (
        article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        item text COLLATE "C" NOT NULL,
        action text COLLATE "C" NOT NULL CHECK (action IN ('agreed', 'take', 'none', 'edit')),
        coder text COLLATE "C" NOT NULL DEFAULT '',
        versions text COLLATE "C" NOT NULL DEFAULT '{}',
        decided_by text COLLATE "C" NOT NULL DEFAULT '',
        decided_at text COLLATE "C" NOT NULL,
        PRIMARY KEY (article_id, item)
    )""",
)


def migrate(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
