"""Insight's codebook tab: a crosstab of two variables as a shaded table, or one variable over time.

The crosstab (gui/core/insight/codes.py counts it) is a heatmap: each cell shows its count and
its row percentage and is shaded by that percentage; the last row and column are the totals.
Clicking a cell (or a total) lists the articles behind it in the main window, as a bar does in
the other tabs. The second variable may be "Over time": the first one's counts per year,
quarter or month as stacked bars. Variable and value labels are the codebook's, in the
interface language; they came from a file, so charts and tooltips get them escaped.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QResizeEvent, QShowEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.core import insight
from gui.core.codebook import Codebook, Value, Variable
from gui.core.insight import NOT_CODED, OVER_TIME, CodesOverTime, Crosstab, InsightView, Selector, Table, ViewOptions
from gui.insight.charts import (
    NONE_COLOR,
    ChartView,
    Select,
    ink_on,
    save_png,
    save_svg,
    value_colors,
)
from gui.insight.panels import Panel
from gui.insight.timechart import Stack, draw_stacked_periods
from gui.shared.i18n import chinese
from gui.shared.plaintext import tooltip

if TYPE_CHECKING:
    from gui.insight.window import InsightWindow

_Index = QModelIndex | QPersistentModelIndex
TOTAL = None  # the totals' row and column


def label_of(item: Variable | Value) -> str:
    """A variable's or value's label in the interface language (the other one, or the code, if missing)."""
    first, second = (item.label_zh, item.label_en) if chinese() else (item.label_en, item.label_zh)
    return first or second or (item.name if isinstance(item, Variable) else item.code)


class Labels:
    """What the tab calls codes and variables: the codebook's labels, "(not coded)", "Total"."""

    def __init__(self, not_coded: str, total: str) -> None:
        self.not_coded = not_coded
        self.total = total

    def value(self, variable: Variable, code: str | None) -> str:
        if code is TOTAL:
            return self.total
        if code == NOT_CODED:
            return self.not_coded
        found = next((v for v in variable.values if v.code == code), None)
        return label_of(found) if found is not None else code

    def pair(self, variable: Variable, code: str) -> str:
        return f"{label_of(variable)}: {self.value(variable, code)}"


class HeatmapModel(QAbstractTableModel):
    """The crosstab as a table: a cell per code pair (count, row %), then the totals."""

    def __init__(self, labels: Labels, parent: Any = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.table: Crosstab | None = None
        self.rows: list[str | None] = []
        self.columns: list[str | None] = []
        self.shade = QColor("#4e79a7")
        self.base = QColor("#ffffff")
        self.bold = QFont()
        self.bold.setBold(True)

    def set_table(self, table: Crosstab | None, shade: QColor, base: QColor) -> None:
        self.beginResetModel()
        self.table, self.shade, self.base = table, shade, base
        self.rows = [*table.rows, TOTAL] if table is not None else []
        self.columns = [*table.columns, TOTAL] if table is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        table = self.table
        if table is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        codes, variable = (self.columns, table.column) if horizontal else (self.rows, table.row)
        if not 0 <= section < len(codes):
            return None
        text = self.labels.value(variable, codes[section])
        return text if role == Qt.ItemDataRole.DisplayRole else tooltip(f"{label_of(variable)}: {text}")

    def cell(self, index: _Index) -> tuple[int, float | None]:
        """The count of a cell (or a total) and its row percentage (None for the totals row)."""
        table = self.table
        assert table is not None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if row is TOTAL:
            return (table.total if column is TOTAL else table.column_totals.get(column, 0)), None
        if column is TOTAL:
            count = table.row_totals.get(row, 0)
            return count, 100.0 if count else None
        return table.count(row, column), table.row_percent(row, column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid():
            return None
        count, percent = self.cell(index)
        total = self.rows[index.row()] is TOTAL or self.columns[index.column()] is TOTAL
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{count:,}" if percent is None or total else f"{count:,}\n{percent:.0f}%"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and not total:
            return self._shade(index, percent or 0.0)
        if role == Qt.ItemDataRole.ForegroundRole and not total:
            return ink_on(self._shade(index, percent or 0.0))
        if role == Qt.ItemDataRole.FontRole and total:
            return self.bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.description(index) + "\n" + self._count_text(count, percent))
        return None

    def _count_text(self, count: int, percent: float | None) -> str:
        unit = self.table.unit if self.table is not None else "article"
        text = self.tr("{n} articles") if unit == "article" else self.tr("{n} directives")
        shown = text.format(n=f"{count:,}")
        if percent is not None:
            shown += " · " + self.tr("{p}% of the row").format(p=f"{percent:.1f}")
        return shown

    def _shade(self, index: _Index, percent: float) -> QColor:
        """The cell's colour: the base colour at 0%, the shade at 100%; grey for the uncoded, so
        that what was coded stands out."""
        t = max(0.0, min(1.0, percent / 100.0))
        uncoded = NOT_CODED in (self.rows[index.row()], self.columns[index.column()])
        a, b = self.base, QColor(NONE_COLOR) if uncoded else self.shade
        return QColor(
            round(a.red() + (b.red() - a.red()) * t),
            round(a.green() + (b.green() - a.green()) * t),
            round(a.blue() + (b.blue() - a.blue()) * t),
        )

    def description(self, index: _Index) -> str:
        table = self.table
        assert table is not None
        row, column = self.rows[index.row()], self.columns[index.column()]
        parts = [self.labels.pair(v, c) for v, c in ((table.row, row), (table.column, column)) if c is not TOTAL]
        return " × ".join(parts) or self.labels.total

    def selector(self, index: _Index) -> Selector | None:
        """The articles behind a cell, described in the interface language."""
        if self.table is None or not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        return replace(self.table.selector(row, column), description=self.description(index))


def draw_codes_over_time(view: ChartView, series: CodesOverTime, labels: Labels, select: Select) -> None:
    """A variable's units per period, one stacked bar per period, a colour per value."""
    if not series.periods:
        view.clear()
        view.show_empty(QCoreApplication.translate("CodesPanel", "No codes of this variable under these filters"))
        return
    colors = value_colors(series.values, "topic")  # NOT_CODED ("") is grey, as "(none)" is
    periods = series.periods

    def stack(value: str) -> Stack:
        name = labels.value(series.variable, value)
        return Stack(
            legend=f"{name} ({series.totals.get(value, 0):,})",
            color=colors[value],
            counts=[float(series.count(p, value)) for p in periods],
            clicked=lambda index: select(_described(series, labels, periods[index], value)),
            tip=lambda index: f"{_period(periods[index])} · {name}: {series.count(periods[index], value):,}",
            legend_clicked=lambda: select(_described(series, labels, None, value)),
        )

    shown = [v for v in series.values if series.totals.get(v)]  # the table beside lists them all
    draw_stacked_periods(view, periods, _period, [stack(value) for value in shown])


def _period(key: str) -> str:
    return QCoreApplication.translate("CodesPanel", "no date") if key == insight.NO_DATE else key


def _described(series: CodesOverTime, labels: Labels, period: str | None, value: str | None) -> Selector:
    parts = [_period(period)] if period is not None else []
    if value is not None:
        parts.append(labels.pair(series.variable, value))
    return replace(series.selector(period, value), description=" · ".join(parts))


class CodesPanel(Panel):
    """The codebook tab: two variable combos (the second may be "Over time"), a period combo, and
    whether units without a code count; the heatmap or the chart, and a line of statistics."""

    name = "codes"

    def __init__(self, parent: Any = None) -> None:
        self.stack = QStackedWidget()
        super().__init__(self.stack, parent)
        self.labels = Labels(self.tr("(not coded)"), self.tr("Total"))
        self.message = QLabel()
        self.message.setObjectName("codes_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it may name the codebook
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heatmap = HeatmapModel(self.labels, self)
        self.grid = QTableView()
        self.grid.setObjectName("crosstab")
        self.grid.setModel(self.heatmap)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setMinimumSectionSize(56)
        self.grid.clicked.connect(self._cell_clicked)
        self.grid.activated.connect(self._cell_clicked)  # Enter on a cell
        self.statistics = QLabel()
        self.statistics.setObjectName("crosstab_statistics")
        self.statistics.setTextFormat(Qt.TextFormat.PlainText)
        self.statistics.setWordWrap(True)
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.grid, 1)
        table_layout.addWidget(self.statistics)
        self.chart_view = ChartView()
        for page in (self.message, table_page, self.chart_view):
            self.stack.addWidget(page)

        self.row = self.combo("code_row", [])
        self.row.setToolTip(self.tr("Rows: a variable of the codebook"))
        self.column = self.combo("code_column", [])
        self.column.setToolTip(self.tr("Columns: another variable, or the first one over time"))
        self.period = self.combo(
            "code_period",
            [(self.tr("By year"), "year"), (self.tr("By quarter"), "quarter"), (self.tr("By month"), "month")],
        )
        self.not_coded = QCheckBox(self.tr("Count units not coded"))
        self.not_coded.setObjectName("code_not_coded")
        self.not_coded.setChecked(True)
        self.not_coded.toggled.connect(lambda _on: self.optionsChanged.emit())
        for widget in (QLabel(self.tr("Rows")), self.row, QLabel(self.tr("by")), self.column, self.period):
            self.controls.addWidget(widget)
        self.controls.addWidget(self.not_coded)
        self.model.set_header([self.tr("Value"), self.tr("Count")])
        self.codebook: Codebook | None = None
        self.crosstab: Crosstab | None = None
        self.over_time: CodesOverTime | None = None

    def options(self, options: ViewOptions) -> ViewOptions:
        return replace(
            options,
            code_row=self.row.currentData(),
            code_column=self.column.currentData(),
            code_period=self.period.currentData(),
            not_coded=self.not_coded.isChecked(),
        )

    def _fill(self, codebook: Codebook | None, row: str | None, column: str | None) -> None:
        """Offer the codebook's variables with values; select the ones the view shows."""
        variables = insight.crossable(codebook)
        for combo, chosen, extra in (
            (self.row, row, []),
            (self.column, column, [(self.tr("Over time"), OVER_TIME)]),
        ):
            combo.blockSignals(True)
            combo.clear()
            for variable in variables:
                combo.addItem(label_of(variable), variable.name)
                combo.setItemData(combo.count() - 1, tooltip(variable.description), Qt.ItemDataRole.ToolTipRole)
            for text, data in extra:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def update_view(self, view: InsightView, window: InsightWindow) -> None:
        codes = view.codes
        self.codebook = codes.codebook if codes is not None else None
        self.crosstab = codes.crosstab if codes is not None else None
        self.over_time = codes.over_time if codes is not None else None
        crosstab, over_time = self.crosstab, self.over_time
        row = crosstab.row.name if crosstab else over_time.variable.name if over_time else None
        column = crosstab.column.name if crosstab else OVER_TIME if over_time else None
        self._fill(self.codebook, row, column)
        for widget in (self.row, self.column, self.not_coded):
            widget.setEnabled(crosstab is not None or over_time is not None)
        self.period.setVisible(over_time is not None)
        self.table.setVisible(over_time is not None)
        palette = self.palette()
        shade, base = palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base)
        self.heatmap.set_table(crosstab, shade, base)
        self._fit_grid()
        if crosstab is not None:
            self.statistics.setText(self._statistics(crosstab))
            self.stack.setCurrentIndex(1)
        elif over_time is not None:
            draw_codes_over_time(self.chart_view, over_time, self.labels, self.selected.emit)
            self.model.set_header([label_of(over_time.variable), self.tr("Count")])
            self.model.set_rows(
                [[self.labels.value(over_time.variable, v), over_time.totals.get(v, 0)] for v in over_time.values],
                [_described(over_time, self.labels, None, v) for v in over_time.values],
            )
            self.stack.setCurrentIndex(2)
        else:
            self.message.setText(self._empty_text(codes))
            self.stack.setCurrentIndex(0)

    def _empty_text(self, codes: insight.CodesView | None) -> str:
        if codes is None or codes.codebook is None:
            return self.tr(
                "This library has no codebook yet. Make one with Tools → Codebook… (or pizhu codebook import FILE), "
                "code articles in the side panel, and cross-tabulate the codes here."
            )
        if not insight.crossable(codes.codebook):
            return self.tr("The codebook has no variables with values (nominal, multiple choice, ordinal) to cross.")
        return self.tr(
            "Nothing is coded yet with the codebook “{name}”. Code articles and directives in the side panel "
            "(a key per value); their crosstab shows here."
        ).format(name=codes.codebook.name)

    def _statistics(self, table: Crosstab) -> str:
        what = self.tr("articles") if table.unit == "article" else self.tr("directives")
        text = self.tr("{n} {what} · cells: count and percentage of the row · click a cell to list its articles")
        text = text.format(n=f"{table.total:,}", what=what)
        if "multi" in (table.row.type, table.column.type):
            text += " · " + self.tr("a multiple-choice unit counts under each value chosen")
        test = table.chi_square
        if test is not None:
            line = self.tr("χ² = {chi2}, df = {dof}, p = {p}, Cramér's V = {v}").format(
                chi2=f"{test.chi2:.2f}", dof=test.dof, p=f"{test.p:.3g}", v=f"{test.cramers_v:.2f}"
            )
            if test.small_expected:
                line += " " + self.tr("(some expected counts are under 5: read p with care)")
            text += "\n" + line
        return text

    def _fit_grid(self) -> None:
        """Columns as wide as their labels; when they all fit, they share the width (no empty band)."""
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        needed = sum(header.sectionSize(c) for c in range(header.count()))
        if 0 < needed < self.grid.viewport().width():
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.crosstab is not None:
            QTimer.singleShot(0, self._fit_grid)  # once the grid has its new size too

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.crosstab is not None:
            QTimer.singleShot(0, self._fit_grid)  # drawn while the tab was hidden: its width was not known

    def _cell_clicked(self, index: QModelIndex) -> None:
        selector = self.heatmap.selector(index)
        if selector is not None:
            self.selected.emit(selector)

    def fit_columns(self) -> None:
        if self.over_time is not None:
            super().fit_columns()

    def table_data(self) -> Table:
        if self.crosstab is not None:
            return insight.table_crosstab(self.crosstab)
        if self.over_time is not None:
            return insight.table_codes_over_time(self.over_time)
        return [], []

    def export(self, fmt: str, path: str | Path) -> Path:
        """The crosstab as PNG or SVG is the table as drawn; the time view is a chart like the others."""
        if fmt == "csv":
            return super().export(fmt, path)
        if fmt not in ("png", "svg"):
            raise ValueError(fmt)
        if self.stack.currentIndex() != 1:
            title = f"pizhu Insight: {self.name}"
            return save_png(self.chart_view, path) if fmt == "png" else save_svg(self.chart_view, path, title)
        path = Path(path)
        widget = self.grid
        if fmt == "png":
            if not widget.grab().save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
            return path
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(widget.size())
        generator.setViewBox(QRectF(0, 0, widget.width(), widget.height()))
        generator.setTitle(f"pizhu Insight: {self.name}")
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"cannot write {path}")
        widget.render(painter, QPoint(0, 0))
        painter.end()
        return path
