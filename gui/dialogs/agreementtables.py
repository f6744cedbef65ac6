"""The reliability report's tables (Tools → Intercoder Agreement…): the figures as rows of cells,
a sortable read-only model over them, and Krippendorff's thresholds as cell colours.

A cell keeps its text (three decimals, "—" where the core gives None) apart from its sort key
(the number itself; a missing figure sorts below every number), so clicking a header sorts
0.9 above 0.85 and never by the text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from gui.core.agreement import RELIABLE, TENTATIVE, AgreementReport, PairAgreement, VariableAgreement
from gui.core.codebook import Variable
from gui.shared.i18n import QT_TRANSLATE_NOOP, chinese
from gui.shared.plaintext import NAME_LIMIT, short, tooltip

NONE = "—"  # a figure that does not apply or is undefined
MISSING = -math.inf  # its sort key: below every figure
SORT_ROLE = Qt.ItemDataRole.UserRole

# Krippendorff's thresholds as tints that read on a light and a dark background alike.
GOOD = QColor(46, 160, 67, 90)
TENTATIVE_COLOUR = QColor(219, 160, 0, 100)
POOR = QColor(215, 58, 73, 90)

LEVEL_TEXT = {
    "nominal": QT_TRANSLATE_NOOP("Agreement", "nominal"),
    "ordinal": QT_TRANSLATE_NOOP("Agreement", "ordinal"),
    "interval": QT_TRANSLATE_NOOP("Agreement", "interval"),
    "multi": QT_TRANSLATE_NOOP("Agreement", "multi (MASI)"),
}
VARIABLE_HEADERS = (
    QT_TRANSLATE_NOOP("Agreement", "Variable"),
    QT_TRANSLATE_NOOP("Agreement", "Level"),
    QT_TRANSLATE_NOOP("Agreement", "Units"),
    QT_TRANSLATE_NOOP("Agreement", "Coders"),
    QT_TRANSLATE_NOOP("Agreement", "Alpha"),
    QT_TRANSLATE_NOOP("Agreement", "95% interval"),
    QT_TRANSLATE_NOOP("Agreement", "Agreement"),
    QT_TRANSLATE_NOOP("Agreement", "Cohen's kappa"),
    QT_TRANSLATE_NOOP("Agreement", "Fleiss' kappa"),
)
PAIR_HEADERS = (
    QT_TRANSLATE_NOOP("Agreement", "Coder A"),
    QT_TRANSLATE_NOOP("Agreement", "Coder B"),
    QT_TRANSLATE_NOOP("Agreement", "Variable"),
    QT_TRANSLATE_NOOP("Agreement", "Alpha"),
    QT_TRANSLATE_NOOP("Agreement", "Agreement"),
    QT_TRANSLATE_NOOP("Agreement", "Cohen's kappa"),
    QT_TRANSLATE_NOOP("Agreement", "Units"),
)
ANNOTATION_HEADERS = (
    QT_TRANSLATE_NOOP("Agreement", "What"),
    QT_TRANSLATE_NOOP("Agreement", "Coders"),
    QT_TRANSLATE_NOOP("Agreement", "Units"),
    QT_TRANSLATE_NOOP("Agreement", "F1"),
    QT_TRANSLATE_NOOP("Agreement", "Alpha"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Agreement", text)


def variable_label(variable: Variable | None, name: str) -> str:
    """A variable's label in the interface language (the other one, or its name, if missing)."""
    if variable is None:
        return name
    first, second = (variable.label_zh, variable.label_en) if chinese() else (variable.label_en, variable.label_zh)
    return first or second or name


def threshold_colour(alpha: float | None) -> QColor | None:
    """Krippendorff's reading of alpha: reliable, tentative conclusions only, or not reliable."""
    if alpha is None:
        return None
    if alpha >= RELIABLE:
        return GOOD
    return TENTATIVE_COLOUR if alpha >= TENTATIVE else POOR


def number(value: float | None) -> str:
    return NONE if value is None else f"{value:.3f}"


def percent(value: float | None) -> str:
    return NONE if value is None else f"{value:.1f}%"


def interval(ci: Sequence[float] | None) -> str:
    return NONE if not ci else f"{ci[0]:.3f} – {ci[1]:.3f}"


@dataclass(slots=True)
class Cell:
    text: str
    key: Any  # what the column sorts by
    colour: QColor | None = None
    tip: str = ""
    align_right: bool = False


def text_cell(text: str, tip: str = "") -> Cell:
    """Imported text (a coder's name, a label): shown cut, whole in the tooltip."""
    return Cell(short(text, NAME_LIMIT), text.casefold(), tip=tip or (text if len(text) > NAME_LIMIT else ""))


def figure_cell(value: float | int | None, text: str | None = None, coloured: bool = False) -> Cell:
    shown = text if text is not None else (number(value) if isinstance(value, float) or value is None else str(value))
    colour = threshold_colour(value) if coloured and not isinstance(value, int) else None
    return Cell(shown, MISSING if value is None else value, colour, align_right=True)


def variable_rows(report: AgreementReport, variables: dict[str, Variable]) -> list[list[Cell]]:
    rows = []
    for v in report.variables:
        rows.append(_variable_row(v, variables.get(v.variable)))
    return rows


def _variable_row(v: VariableAgreement, variable: Variable | None) -> list[Cell]:
    label = variable_label(variable, v.variable)
    level = tr(LEVEL_TEXT[v.level]) if v.level in LEVEL_TEXT else v.level
    return [
        text_cell(label, tip=v.variable if label != v.variable else ""),
        Cell(level, level),
        figure_cell(v.units),
        figure_cell(v.coders),
        figure_cell(v.alpha, coloured=True),
        Cell(interval(v.alpha_ci), v.alpha_ci[0] if v.alpha_ci else MISSING, align_right=True),
        figure_cell(v.percent_agreement, percent(v.percent_agreement)),
        figure_cell(v.cohen_kappa),
        figure_cell(v.fleiss_kappa),
    ]


def pair_rows(pairs: Sequence[PairAgreement], variables: dict[str, Variable]) -> list[list[Cell]]:
    return [
        [
            text_cell(p.coder_a),
            text_cell(p.coder_b),
            text_cell(variable_label(variables.get(p.variable), p.variable)),
            figure_cell(p.alpha, coloured=True),
            figure_cell(p.percent_agreement, percent(p.percent_agreement)),
            figure_cell(p.cohen_kappa),
            figure_cell(p.units),
        ]
        for p in pairs
    ]


def has_annotation_figures(report: AgreementReport) -> bool:
    return bool(report.entities.get("articles") or report.directives.get("articles"))


def annotation_rows(report: AgreementReport) -> list[list[Cell]]:
    """Entities (all labels, each label, each coder pair) and directives (detection, each attribute, each pair)."""
    entities, directives = report.entities, report.directives
    rows: list[list[Cell]] = []
    if entities.get("articles"):
        everything = QCoreApplication.translate("Agreement", "Entities, all labels")
        rows.append(
            _annotation_row(everything, entities["coders"], entities["articles"], entities["f1"], entities["alpha"])
        )
        for each in entities.get("labels", []):
            rows.append(_annotation_row(_entities(each["label"]), None, None, each["f1"]))
        for pair in entities.get("pairs", []):
            rows.append(_pair_row(_entities(pair.get("label")), pair))
    if directives.get("articles"):
        found = QCoreApplication.translate("Agreement", "Directives found")
        rows.append(_annotation_row(found, directives["coders"], directives["articles"], directives["f1"]))
        for attribute in directives.get("attributes", []):
            what = QCoreApplication.translate("Agreement", "Directives: {attribute}")
            rows.append(_annotation_row(what.format(attribute=attribute["attribute"]), None, attribute["units"], None,
                                        attribute["alpha"]))  # fmt: skip
        for pair in directives.get("pairs", []):
            rows.append(_pair_row(found, pair))
            for attribute in pair.get("attributes", []):
                what = QCoreApplication.translate("Agreement", "Directives: {attribute}")
                coders = f"{pair['coder_a']} × {pair['coder_b']}"
                rows.append(_annotation_row(what.format(attribute=attribute["attribute"]), coders, attribute["units"],
                                            None, attribute["alpha"]))  # fmt: skip
    return rows


def _entities(label: str | None) -> str:
    if not label:
        return QCoreApplication.translate("Agreement", "Entities, all labels")
    return QCoreApplication.translate("Agreement", "Entities: {label}").format(label=label)


def _annotation_row(
    what: str, coders: int | str | None, units: int | None, f1: float | None, alpha: float | None = None
) -> list[Cell]:
    coder_cell = text_cell(coders) if isinstance(coders, str) else figure_cell(coders) if coders else Cell("", "")
    return [
        text_cell(what),
        coder_cell,
        figure_cell(units) if units is not None else Cell("", MISSING),
        figure_cell(f1),
        figure_cell(alpha, coloured=True),
    ]


def _pair_row(what: str, pair: dict[str, Any]) -> list[Cell]:
    coders = f"{pair['coder_a']} × {pair['coder_b']}"
    return _annotation_row(what, coders, pair.get("articles"), pair.get("f1"), pair.get("alpha"))


class CellModel(QAbstractTableModel):
    """Rows of cells under translated headers; read-only, sorted through a proxy by SORT_ROLE."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[Cell]] = []

    def set_rows(self, rows: list[list[Cell]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self._headers[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == SORT_ROLE:
            return cell.key
        if role == Qt.ItemDataRole.BackgroundRole and cell.colour is not None:
            return QBrush(cell.colour)
        if role == Qt.ItemDataRole.ToolTipRole and cell.tip:
            return tooltip(cell.tip)
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
