"""The few SQL forms that differ between the backends, for the queries both share.

The query mixins (filters, articles, export and Insight queries) are written once; where
SQLite and PostgreSQL spell a thing differently (JSON arrays, substring search, full-text
search, case-blind sorting, date parsing) they ask the store's `_dialect` for it. `SQLITE`
is the SQLite form; gui/core/store/pg/dialect.py has PostgreSQL's. Parameters are `?` in
both: the PostgreSQL connection translates them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from gui.core.searchtext import match_expression


@dataclass(frozen=True)
class Dialect:
    """SQL fragments of one backend."""

    # "{column} contains the parameter".
    contains: str
    # A query of the ids in one JSON array parameter.
    ids: str
    # The items of a JSON array (a scalar as itself) as rows of `j`, `{}` the JSON expression ...
    json_items: str
    # ... and one item as text (a number as its digits).
    item: str
    # Ids of the articles matching the parameter, an expression made by `search_expression`.
    search: str
    search_expression: Callable[[str], str | None]
    # The article list's orders by name.
    sorts: Mapping[str, str]
    # Articles without a (valid) publication date.
    undated: str


SQLITE = Dialect(
    contains="instr({column}, ?) > 0",
    ids="SELECT value FROM json_each(?)",
    json_items="json_each({}) j",
    item="CAST(j.value AS TEXT)",
    search="SELECT rowid FROM article_search WHERE article_search MATCH ?",
    search_expression=match_expression,
    sorts={
        "published": "published DESC NULLS LAST, id DESC",
        "published_asc": "published ASC NULLS LAST, id ASC",
        "title": "title COLLATE NOCASE ASC, id ASC",
        "status": "status ASC, published DESC NULLS LAST, id DESC",
        "imported": "id ASC",
        "entities": "n_entities DESC, id DESC",
        "directives": "n_directives DESC, id DESC",
    },
    undated="(published IS NULL OR date(substr(published, 1, 10)) IS NULL)",
)
