"""The numbers behind the Insight charts as tables, and tables as CSV files for Excel."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from gui.core.csvcells import escape_cell
from gui.core.insight.directives import DirectivesOverTime, IssuerRow
from gui.core.insight.entities import Cooccurrence, EntityRow
from gui.core.insight.selectors import period_text, value_text

Table = tuple[list[str], list[list[Any]]]


def table_over_time(series: DirectivesOverTime) -> Table:
    header = ["period", series.stack, "directives"]
    rows = [
        [period_text(p), value_text(v), series.count(p, v)]
        for p in series.periods
        for v in series.stacks
        if series.count(p, v)
    ]
    return header, rows


def table_stack_totals(series: DirectivesOverTime) -> Table:
    return [series.stack, "directives", "articles"], [
        [value_text(t.value), t.directives, t.articles] for t in series.totals
    ]


def table_issuers(rows: Iterable[IssuerRow]) -> Table:
    header = ["issuer", "kind", "directives", "articles", "topic", "topic_directives"]
    out = []
    for row in rows:
        for t in row.topics:
            out.append([row.name, row.kind, row.directives, row.articles, value_text(t.topic), t.directives])
    return header, out


def table_entities(rows: Iterable[EntityRow]) -> Table:
    return ["label", "text", "mentions", "articles"], [[r.label, r.text, r.mentions, r.articles] for r in rows]


def table_pairs(result: Cooccurrence) -> Table:
    header = ["label_a", "a", "label_b", "b", "shared_articles", "articles_a", "articles_b"]
    rows = [[p.a.label, p.a.text, p.b.label, p.b.text, p.articles, p.a.articles, p.b.articles] for p in result.pairs]
    return header, rows


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading ' (as every pizhu CSV)."""
    return escape_cell(value) if isinstance(value, str) else value


def write_csv(path: str | Path, table: Table) -> Path:
    """Write a table as CSV for Excel: UTF-8 with a BOM, CRLF, formula-like cells neutralised."""
    header, rows = table
    path = Path(path)
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([neutralise(v) for v in row] for row in rows)
    return path
