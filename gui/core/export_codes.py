"""The codes export (`pizhu export --what codes`): one row per coded unit (an article or a
directive) and coder, one column per variable of the codebook; a multi variable is one 0/1
column per value (`variable__code`), so a statistics package counts it directly. A cell is
empty where that unit has no code. CSV goes through the export's writer (cells a spreadsheet
would run get a leading '); JSONL keeps a multi variable's codes as a list."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any

from gui.core.codebook import Codebook
from gui.core.export import _csv_writer, _json_line, _Run
from gui.core.export_layers import ALL, check_layer, coder_filter

# The columns before the variables'.
CODE_COLUMNS = ("unit", "article_id", "annotation_id", "coder", "article_title", "published")


def code_columns(codebook: Codebook) -> list[str]:
    """The codes export's columns: CODE_COLUMNS, then the variables (multi: variable__code)."""
    columns = list(CODE_COLUMNS)
    for variable in codebook.variables:
        if variable.type == "multi":
            columns += [f"{variable.name}__{code}" for code in variable.codes()]
        else:
            columns.append(variable.name)
    return columns


def _code_cells(codebook: Codebook, values: dict[str, Any]) -> list[Any]:
    """A unit's codes as cells: empty where not coded, a multi variable as 0/1 per value."""
    cells: list[Any] = []
    for variable in codebook.variables:
        value = values.get(variable.name)
        if variable.type == "multi":
            chosen = value if isinstance(value, list) else []
            cells += [("" if value is None else int(code in chosen)) for code in variable.codes()]
        else:
            cells.append("" if value is None else value)
    return cells


# One coded unit: unit, article id, annotation id (None for an article), coder, title, published
# date and the values by variable name.
CodedUnit = tuple[str, int, int | None, str, str, str | None, dict[str, Any]]


def coded_units(run: _Run) -> Iterator[CodedUnit]:
    """Each unit (an article or a directive) and coder that has codes, by article; counts them
    in the report and reports progress by article."""
    run.total = run.store.export_count_articles(run.options.article_filter())
    run.unit = "articles"
    run.step(0)
    check_layer(run.store, run.options.layer)
    in_layer = coder_filter(run.options.layer, default=ALL)  # the codes export always had every coder
    done = 0
    for ids in run.batches():
        heads = run.store.export_article_heads(ids)
        rows = run.store.export_codes(ids)
        coded: set[int] = set()
        for (unit, unit_id, coder), group in groupby(rows, key=lambda r: (r.unit, r.unit_id, r.coder)):
            if not in_layer(coder):
                continue
            group_rows = list(group)
            article_id = group_rows[0].article_id
            title, published = heads[article_id]
            annotation_id = unit_id if unit == "directive" else None
            yield unit, article_id, annotation_id, coder, title, published, {r.variable: r.value for r in group_rows}
            run.report.rows += 1
            coded.add(article_id)
        run.report.articles += len(coded)
        done += len(ids)
        run.step(done)


def export_codes(run: _Run) -> None:
    """One row per unit (an article or a directive) and coder that has codes."""
    codebook = run.codebook
    assert codebook is not None  # write_export refuses a codes export without one
    csv_out = run.options.format == "csv"
    if csv_out:
        write_row = _csv_writer(run, code_columns(codebook))
    for unit, article_id, annotation_id, coder, title, published, values in coded_units(run):
        if csv_out:
            cells = [unit, article_id, "" if annotation_id is None else annotation_id, coder, title, published or ""]
            write_row(cells + _code_cells(codebook, values))
        else:
            record = {"unit": unit, "article_id": article_id, "annotation_id": annotation_id, "coder": coder,
                      "article_title": title, "published": published}  # fmt: skip
            record |= {v.name: values[v.name] for v in codebook.variables if v.name in values}
            run.out.write(_json_line(record))
