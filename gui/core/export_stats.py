"""The codes export as SPSS `.sav` and Stata `.dta` files (`pizhu export --what codes --format
sav|dta`), written by pyreadstat, so a statistics package opens the codes with their labels.

The columns are the codes CSV's (export_codes.code_columns). The labels are the codebook's
Chinese ones (label_zh; label_en where a variable or value has none, then its name or code):
the documents are Chinese and both formats store UTF-8 (SPSS in Unicode mode, Stata 14+).
A nominal or ordinal variable is numeric, its values numbered 1..n in codebook order, each
number labelled with the value's label: SPSS cannot label the values of a string variable,
and a number keeps an ordinal variable's order. A multi variable is one 0/1 column per value
labelled "variable: value", an interval variable a number, a text variable a string; an empty
cell is missing (system-missing in SPSS, `.` in Stata). Both are binary files, so they are
written to a file only, never to stdout.
"""

from __future__ import annotations

import io
import math
import os
from pathlib import Path
from typing import Any

from gui.core.codebook import Codebook, Value, Variable
from gui.core.export import (
    CancelCheck,
    ExportError,
    ExportOptions,
    ExportReport,
    Progress,
    _Cancelled,
    _Run,
    stored_codebook,
)
from gui.core.export_codes import CODE_COLUMNS, coded_units
from gui.core.messages import msg
from gui.core.store import LibraryStore

# The fixed columns' labels (the variables' come from the codebook).
_FIXED_LABELS = {
    "unit": "编码单位 unit (article, directive)",
    "article_id": "文章编号 article id",
    "annotation_id": "指令编号 directive annotation id",
    "coder": "编码员 coder",
    "article_title": "标题 title",
    "published": "发布日期 published (YYYY-MM-DD)",
}
_NUMERIC_FIXED = ("article_id", "annotation_id")
_MEASURE = {"nominal": "nominal", "ordinal": "ordinal", "multi": "nominal", "interval": "scale", "text": "nominal"}
_STATA_LABEL = 80  # Stata's longest variable label


def variable_label(variable: Variable) -> str:
    return variable.label_zh or variable.label_en or variable.name


def value_label(value: Value) -> str:
    return value.label_zh or value.label_en or value.code


class _Table:
    """The columns of the file, filled one coded unit at a time, with their labels."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.columns: dict[str, list[Any]] = {name: [] for name in CODE_COLUMNS}
        self.labels: dict[str, str | None] = dict(_FIXED_LABELS)
        self.value_labels: dict[str, dict[int | float, str]] = {}
        self.measure: dict[str, str] = {"unit": "nominal", "coder": "nominal", "article_title": "nominal"}
        for variable in codebook.variables:
            if variable.type == "multi":
                for value in variable.values:
                    column = f"{variable.name}__{value.code}"
                    self.columns[column] = []
                    self.labels[column] = f"{variable_label(variable)}: {value_label(value)}"
                    self.measure[column] = "nominal"
                continue
            self.columns[variable.name] = []
            self.labels[variable.name] = variable_label(variable)
            self.measure[variable.name] = _MEASURE[variable.type]
            if variable.type in ("nominal", "ordinal"):
                self.value_labels[variable.name] = {i: value_label(v) for i, v in enumerate(variable.values, 1)}

    def add(self, fixed: list[Any], values: dict[str, Any]) -> None:
        for name, cell in zip(CODE_COLUMNS, fixed, strict=True):
            if name in _NUMERIC_FIXED:
                self.columns[name].append(math.nan if cell is None else float(cell))
            else:
                self.columns[name].append(cell or "")
        for variable in self.codebook.variables:
            value = values.get(variable.name)
            if variable.type == "multi":
                chosen = value if isinstance(value, list) else []
                for code in variable.codes():
                    cell = math.nan if value is None else float(code in chosen)
                    self.columns[f"{variable.name}__{code}"].append(cell)
            elif variable.type in ("nominal", "ordinal"):
                codes = variable.codes()
                number = codes.index(value) + 1 if value in codes else math.nan
                self.columns[variable.name].append(float(number))
            elif variable.type == "interval":
                self.columns[variable.name].append(math.nan if value is None else float(value))
            else:
                self.columns[variable.name].append("" if value is None else str(value))


def write_stats_file(
    store: LibraryStore,
    options: ExportOptions,
    path: Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    batch: int = 200,
    target: Path | None = None,
) -> ExportReport:
    """Write the codes as `.sav` or `.dta` (options.format) to `path`, synced to disk. A
    cancelled export writes nothing. The caller (export_to_file) writes to a temporary name
    and gives the file's own name as `target`, for messages."""
    import pandas as pd  # imported when used: only these formats need them
    import pyreadstat

    report = ExportReport(options.what, options.format)
    run = _Run(store, options, io.StringIO(), batch, report, progress, cancelled)
    try:
        with store.read_snapshot():
            codebook = stored_codebook(store)
            table = _Table(codebook)
            for unit, article_id, annotation_id, coder, title, published, values in coded_units(run):
                table.add([unit, article_id, annotation_id, coder, title, published], values)
    except _Cancelled:
        report.cancelled = True
        return report
    frame = pd.DataFrame(table.columns)
    try:
        if options.format == "sav":
            pyreadstat.write_sav(
                frame,
                str(path),
                column_labels=table.labels,
                variable_value_labels=table.value_labels,
                variable_measure=table.measure,
            )
        else:
            labels = {name: (label or "")[:_STATA_LABEL] or None for name, label in table.labels.items()}
            pyreadstat.write_dta(frame, str(path), column_labels=labels, variable_value_labels=table.value_labels)
    except (pyreadstat.PyreadstatError, pyreadstat.ReadstatError, ValueError) as exc:
        # A name Stata refuses (over 32 characters), say, or a value it cannot hold.
        raise ExportError(msg("export.unwritable", path=target or path, reason=exc)) from None
    with open(path, "rb+") as raw:
        os.fsync(raw.fileno())
    return report
