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
from gui.core.searchtext import index_text, index_tokens
from gui.core.store.dialect import SQLITE, Dialect

# Positions PostgreSQL keeps in a tsvector (larger ones are stored as this).
_MAX_POSITION = 16383


def _lexeme(token: str) -> str:
    """A quoted lexeme (index_text's tokens are words or bigrams: a quote or backslash is rare)."""
    if "'" in token or "\\" in token:
        token = token.replace("\\", "\\\\").replace("'", "''")
    return "'" + token.lower() + "'"


def search_document(article: Article) -> str:
    """The article's search document (see tsvector_text)."""
    return tsvector_text(" ".join([article.pre_title, article.title, *article.subtitles]), article.body)


def tsvector_text(headline: str, body: str) -> str:
    """An article's headline and body as a tsvector literal of bigrams with their positions
    (the first 256 of each, as PostgreSQL keeps). Written for every article imported (by the
    import's tagging workers, as the store's search_text), so built by passes in C where it can:
    most bigrams occur once, and index_text's tokens (words, Chinese pairs) never hold a quote
    or a backslash to escape."""
    head, rest = _lowered_tokens(headline), _lowered_tokens(body)
    if len(head) + len(rest) + 1 >= _MAX_POSITION:
        return _tsvector_text_long(head, rest)
    tokens = head + rest
    # A phrase never runs from the headline into the body: a position between them is skipped.
    positions = [*range(1, len(head) + 1), *range(len(head) + 2, len(tokens) + 2)]
    last = dict(zip(tokens, positions, strict=True))  # in the order tokens first occur
    if len(last) == len(tokens):
        return " ".join([f"'{t}':{p}" for t, p in last.items()])
    first = dict(zip(reversed(tokens), reversed(positions), strict=True))
    repeated: dict[str, list[int]] = {t: [] for t, p in last.items() if first[t] != p}
    for token, at in zip(tokens, positions, strict=True):
        if token in repeated:
            repeated[token].append(at)
    return " ".join(
        [f"'{t}':{','.join(map(str, repeated[t][:256]))}" if t in repeated else f"'{t}':{p}" for t, p in last.items()]
    )


def _lowered_tokens(text: str) -> list[str]:
    """index_text's tokens of `text`, lower-cased."""
    tokens = index_tokens(text)
    return " ".join(tokens).lower().split() if text.lower() != text else tokens


def _tsvector_text_long(head: list[str], rest: list[str]) -> str:
    """tsvector_text of a text whose positions reach the largest PostgreSQL keeps (16,383)."""
    positions: dict[str, list[int]] = {}
    at = 0
    for tokens in (head, rest):
        for token in tokens:
            at += 1
            found = positions.get(token)
            # Positions only grow; past the largest one kept they all become it (once).
            if found is None:
                positions[token] = [min(at, _MAX_POSITION)]
            elif len(found) < 256 and found[-1] < _MAX_POSITION:
                found.append(min(at, _MAX_POSITION))
        at += 1  # a phrase never runs from the headline into the body
    return " ".join(f"'{t}':{','.join(map(str, p))}" for t, p in positions.items())


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
