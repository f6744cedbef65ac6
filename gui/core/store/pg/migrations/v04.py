"""Version 4 of a PostgreSQL library: the article list's indexes and an index-only search.

The list reads every id of the library in its order (`published DESC NULLS LAST, id DESC`, by
status too): v01's indexes ran the other way for NULLs and without `id`, so each list was a sort
of the whole table (0.2-0.6 s on 10,000 articles); these match the order and serve index-only
scans. `pizhu_search` reads the bigram GIN index and never the tsvectors: the planner, which
does not count the cost of detoasting each document, chose a sequential scan for a common
bigram (100 ms on 10,000 articles against 10 ms by the index). Statistics are gathered at once.
Frozen: a later change is a new module.
"""

from __future__ import annotations

from typing import Any

STATEMENTS: tuple[str, ...] = (
    "CREATE INDEX articles_list ON articles (published DESC NULLS LAST, id DESC)",
    "DROP INDEX articles_status",
    "CREATE INDEX articles_status_list ON articles (status, published DESC NULLS LAST, id DESC)",
    """CREATE FUNCTION pizhu_search(query tsquery) RETURNS SETOF bigint LANGUAGE sql STABLE ROWS 1000
        SET enable_seqscan = off AS $$
        SELECT id FROM article_search WHERE doc @@ query
    $$""",
    "ANALYZE articles",
    "ANALYZE article_search",
)


def migrate(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
