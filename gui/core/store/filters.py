"""The article list's filter and sort orders as SQL over `articles` (shared by the list, the
export and Insight queries, which all count the articles the list shows)."""

from __future__ import annotations

import json
from typing import Any

from gui.core.model import ArticleFilter
from gui.core.store.dialect import SQLITE, Dialect

SORTS = SQLITE.sorts


def has_value(dialect: Dialect, column: str = "c.value") -> str:
    """EXISTS: the code's JSON holds the parameter (a list as one of its items, a scalar as itself)."""
    return f"EXISTS (SELECT 1 FROM {dialect.json_items.format(column)} WHERE {dialect.item} = ?)"


def _coded(dialect: Dialect) -> str:
    found = has_value(dialect)
    return (
        f"SELECT c.unit_id FROM codes c WHERE c.unit = 'article' AND c.variable = ? AND {found}"
        " UNION SELECT a.article_id FROM codes c JOIN annotations a ON a.id = c.unit_id AND a.status != 'rejected'"
        f" WHERE c.unit = 'directive' AND c.variable = ? AND {found}"
    )


def filter_terms(
    flt: ArticleFilter, dialect: Dialect = SQLITE
) -> tuple[list[str], list[Any], list[tuple[str, list[Any]]]]:
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
            clauses.append(dialect.contains.format(column=column))
            params.append(value)
    if flt.date_from:
        clauses.append("published >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        clauses.append("published <= ?")
        params.append(flt.date_to)
    if flt.ids is not None:
        # One JSON array: any number of ids (SQLite takes a few thousand parameters at most).
        sets.append((dialect.ids, [json.dumps(list(flt.ids))]))
    if flt.label:
        # article_labels: the labels of each article's entities that are not rejected.
        sets.append(("SELECT article_id FROM article_labels WHERE label = ?", [flt.label]))
    # directive_values: each article's directives that are not rejected, one row per attribute value.
    for attr, value in (("issuer", flt.issuer), ("topic", flt.topic)):
        if value:
            sets.append(("SELECT article_id FROM directive_values WHERE attr = ? AND value = ?", [attr, value]))
    if flt.document:
        # Articles that name one of the documents, or are one (a policy page is its own record).
        ids = json.dumps(list(flt.document))
        sets.append(
            (
                f"SELECT article_id FROM document_mentions WHERE document_id IN ({dialect.ids})"
                f" UNION SELECT article_id FROM documents WHERE id IN ({dialect.ids}) AND article_id IS NOT NULL",
                [ids, ids],
            )
        )
    # A code is stored as JSON: json_each reads a list's items and a scalar as itself, and a
    # number is compared as its text ("3"). Several (variable, value) pairs must all hold.
    for variable, value in flt.code:
        sets.append((_coded(dialect), [variable, value, variable, value]))
    for part in (flt.query or "").split():
        expression = dialect.search_expression(part)
        if expression is not None:
            sets.append((dialect.search, [expression]))
        else:
            # A single Chinese character has no index entry: scan for it.
            clauses.append(
                "("
                + " OR ".join(dialect.contains.format(column=c) for c in ("body", "title", "pre_title", "subtitles"))
                + ")"
            )
            params.extend([part] * 4)
    return clauses, params, sets


def where(flt: ArticleFilter, dialect: Dialect = SQLITE) -> tuple[str, list[Any]]:
    """The WHERE clause over `articles` for a filter, and its parameters."""
    clauses, params, sets = filter_terms(flt, dialect)
    for sql, set_params in sets:
        clauses.append(f"id IN ({sql})")
        params.extend(set_params)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
