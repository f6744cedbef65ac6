"""Version 14: who made each annotation (issue 17, team coding).

`coder` is the name of the coder whose layer an annotation belongs to; '' is the library's own
layer: the automatic suggestions and the work of an editor who works alone, the final layer.
Merging a coder's assignment file replaces that coder's layer article by article, which the
index serves."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE annotations ADD COLUMN coder TEXT NOT NULL DEFAULT ''")
    conn.execute("CREATE INDEX annotations_coder ON annotations (coder, article_id) WHERE coder != ''")
