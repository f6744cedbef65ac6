"""PostgreSQL's forms of the shared queries' SQL (gui/core/store/dialect.py), and its search text.

Full-text search indexes the same character bigrams as SQLite's FTS5 (gui/core/searchtext.py)
as a tsvector with positions, written by pizhu rather than by a text-search parser (which has
no notion of Chinese words), under a GIN index; a query part is a phrase of its bigrams
(`住房 <-> 房困`), so 2-character words (住房, 林武) are single index lookups. Measured against
pg_trgm (benchmarks/pg_search.py, 5,000 articles): its GIN index is never used for a 2-character
LIKE (a sequential scan, 38-112 ms) though it serves 3 characters well; the bigrams serve both.
"""

from __future__ import annotations

from gui.core.model import Article
from gui.core.searchtext import index_text
from gui.core.store.dialect import SQLITE, Dialect

# Positions PostgreSQL keeps in a tsvector (larger ones are stored as this).
_MAX_POSITION = 16383


def _lexeme(token: str) -> str:
    return "'" + token.lower().replace("\\", "\\\\").replace("'", "''") + "'"


def search_document(article: Article) -> str:
    """The article's headline and body as a tsvector literal of bigrams with their positions."""
    headline = " ".join([article.pre_title, article.title, *article.subtitles])
    positions: dict[str, list[int]] = {}
    at = 0
    for text in (headline, article.body):
        for token in index_text(text).split():
            at += 1
            positions.setdefault(token.lower(), []).append(min(at, _MAX_POSITION))
        at += 1  # a phrase never runs from the headline into the body
    return " ".join(f"{_lexeme(t)}:{','.join(map(str, sorted(set(p))[:256]))}" for t, p in positions.items())


def search_expression(part: str) -> str | None:
    """A tsquery for one part of a search: the phrase of its bigrams, or None to scan for it
    (a single Chinese character, or nothing indexable), as SQLite's match_expression."""
    found = SQLITE.search_expression(part)
    if found is None:
        return None
    tokens = index_text(part).split()
    return " <-> ".join(_lexeme(t) for t in tokens)


PG = Dialect(
    contains="strpos({column}, ?) > 0",
    ids="SELECT value::bigint FROM jsonb_array_elements_text(?::jsonb)",
    json_items="pizhu_json_items({}) AS j(value)",
    item="j.value",
    search="SELECT pizhu_search(?::tsquery)",  # migration v04: by the GIN index
    search_expression=search_expression,
    sorts={**SQLITE.sorts, "title": "lower(title) ASC, id ASC"},
    undated="(published IS NULL OR pizhu_date(published) IS NULL)",
)
