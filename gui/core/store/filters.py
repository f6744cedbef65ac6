"""The article list's filter and sort orders as SQL over `articles` (shared by the list, the
export and Insight queries, which all count the articles the list shows)."""

from __future__ import annotations

import json
from typing import Any

from gui.core.model import ArticleFilter
from gui.core.searchtext import match_expression

SORTS = {
    "published": "published DESC NULLS LAST, id DESC",
    "published_asc": "published ASC NULLS LAST, id ASC",
    "title": "title COLLATE NOCASE ASC, id ASC",
    "status": "status ASC, published DESC NULLS LAST, id DESC",
    "imported": "id ASC",
    "entities": "n_entities DESC, id DESC",
    "directives": "n_directives DESC, id DESC",
}


_HAS_VALUE = "EXISTS (SELECT 1 FROM json_each(c.value) j WHERE CAST(j.value AS TEXT) = ?)"
_CODED = (
    f"SELECT c.unit_id FROM codes c WHERE c.unit = 'article' AND c.variable = ? AND {_HAS_VALUE}"
    " UNION SELECT a.article_id FROM codes c JOIN annotations a ON a.id = c.unit_id AND a.status != 'rejected'"
    f" WHERE c.unit = 'directive' AND c.variable = ? AND {_HAS_VALUE}"
)


def filter_terms(flt: ArticleFilter) -> tuple[list[str], list[Any], list[tuple[str, list[Any]]]]:
    """A filter as conditions on the articles' own columns (with their parameters) and as
    sets of article ids, each a query that selects ids (with its parameters)."""
    clauses: list[str] = []
    params: list[Any] = []
    sets: list[tuple[str, list[Any]]] = []
    if flt.status:
        clauses.append("status = ?")
        params.append(flt.status)
    if flt.kind:
        clauses.append("kind = ?")
        params.append(flt.kind)
    # A document's issuing body (发文机关) or number (文号), by a part of it: 国务院 finds 国务院办公厅.
    for column, value in (("issuer", flt.issuing_body), ("doc_number", flt.doc_number)):
        if value:
            clauses.append(f"instr({column}, ?) > 0")
            params.append(value)
    if flt.date_from:
        clauses.append("published >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        clauses.append("published <= ?")
        params.append(flt.date_to)
    if flt.ids is not None:
        # One JSON array: any number of ids (SQLite takes a few thousand parameters at most).
        sets.append(("SELECT value FROM json_each(?)", [json.dumps(list(flt.ids))]))
    if flt.label:
        # article_labels: the labels of each article's entities that are not rejected.
        sets.append(("SELECT article_id FROM article_labels WHERE label = ?", [flt.label]))
    # directive_values: each article's directives that are not rejected, one row per attribute value.
    for attr, value in (("issuer", flt.issuer), ("topic", flt.topic)):
        if value:
            sets.append(("SELECT article_id FROM directive_values WHERE attr = ? AND value = ?", [attr, value]))
    # A code is stored as JSON: json_each reads a list's items and a scalar as itself, and a
    # number is compared as its text ("3"). Several (variable, value) pairs must all hold.
    for variable, value in flt.code:
        sets.append((_CODED, [variable, value, variable, value]))
    for part in (flt.query or "").split():
        expression = match_expression(part)
        if expression is not None:
            sets.append(("SELECT rowid FROM article_search WHERE article_search MATCH ?", [expression]))
        else:
            # A single Chinese character has no index entry: scan for it.
            clauses.append(
                "(instr(body, ?) > 0 OR instr(title, ?) > 0 OR instr(pre_title, ?) > 0 OR instr(subtitles, ?) > 0)"
            )
            params.extend([part] * 4)
    return clauses, params, sets


def where(flt: ArticleFilter) -> tuple[str, list[Any]]:
    """The WHERE clause over `articles` for a filter, and its parameters."""
    clauses, params, sets = filter_terms(flt)
    for sql, set_params in sets:
        clauses.append(f"id IN ({sql})")
        params.extend(set_params)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
