"""The four tabs of the Insight window: directives over time, top issuers, top entities of a label
and co-occurrence. Each is a Panel: its options, a chart (or graph) beside its table, and an
Export menu (PNG, SVG, CSV); the window computes the view and hands each panel its part."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core import insight
from gui.core.insight import InsightView, Table, ViewOptions
from gui.insight.charts import ChartView, save_png, save_svg
from gui.insight.graph import GraphView
from gui.insight.rankcharts import draw_entities, draw_issuers
from gui.insight.rowsmodel import RowsModel
from gui.insight.timechart import draw_over_time
from gui.shared.labels import LabelSet
from gui.shared.tables import row_table

if TYPE_CHECKING:
    from gui.insight.window import InsightWindow


class Panel(QWidget):
    """One tab: options, a chart (or graph) beside its table, and an Export menu."""

    selected = Signal(object)  # a Selector
    optionsChanged = Signal()

    name = "chart"  # for file names: insight-<name>.png

    def __init__(self, chart: QWidget, parent: Any = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.model = RowsModel([], self)
        self.table = row_table(f"{self.name}_table", self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.clicked.connect(self._row_clicked)
        self.table.activated.connect(self._row_clicked)  # Enter on a row

        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.export_button = QToolButton()
        self.export_button.setObjectName(f"{self.name}_export")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Chart as PNG…"), lambda: self._ask_and_export("png"))
        menu.addAction(self.tr("Chart as SVG…"), lambda: self._ask_and_export("svg"))
        menu.addAction(self.tr("Numbers as CSV…"), lambda: self._ask_and_export("csv"))
        self.export_button.setMenu(menu)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(chart)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        top = QHBoxLayout()
        top.addLayout(self.controls)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for text, value in items:
            box.addItem(text, value)
        box.activated.connect(lambda _n: self.optionsChanged.emit())
        return box

    def fit_columns(self) -> None:
        """Numbers as wide as they need, names share the rest (long meeting names are elided)."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            numeric = self.model.is_numeric(column)
            mode = QHeaderView.ResizeMode.ResizeToContents if numeric else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)

    def _row_clicked(self, index: QModelIndex) -> None:
        selector = self.model.selector(index.row())
        if selector is not None:
            self.selected.emit(selector)

    # -- what each tab shows --------------------------------------------------

    def update_view(self, view: InsightView, window: InsightWindow) -> None:
        raise NotImplementedError

    def table_data(self) -> Table:
        raise NotImplementedError

    def options(self, options: ViewOptions) -> ViewOptions:
        return options

    # -- export ---------------------------------------------------------------

    def export(self, fmt: str, path: str | Path) -> Path:
        """Write the chart (png, svg) or its numbers (csv) to `path`."""
        # Every panel's chart is a QGraphicsView (a chart view or the graph), typed QWidget here.
        if fmt == "png":
            return save_png(self.chart, path)  # type: ignore[arg-type]  # see above
        if fmt == "svg":
            return save_svg(self.chart, path, f"pizhu Insight: {self.name}")  # type: ignore[arg-type]  # see above
        if fmt == "csv":
            return insight.write_csv(path, self.table_data())
        raise ValueError(fmt)

    def _ask_and_export(self, fmt: str) -> None:
        filters = {"png": "PNG (*.png)", "svg": "SVG (*.svg)", "csv": "CSV (*.csv)"}
        start = str(Path.home() / f"insight-{self.name}.{fmt}")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), start, filters[fmt])
        if not chosen:
            return
        try:
            self.export(fmt, chosen)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Export"), self.tr("Cannot write {path}: {error}").format(path=chosen, error=exc)
            )


class TimePanel(Panel):
    name = "directives-over-time"

    def __init__(self, parent: Any = None) -> None:
        view = ChartView()
        super().__init__(view, parent)
        self.view = view
        self.model.set_header([self.tr("Topic"), self.tr("Directives"), self.tr("Articles")])
        self.period = self.combo(
            "period", [(self.tr("By month"), "month"), (self.tr("By week"), "week"), (self.tr("By day"), "day")]
        )
        self.stack = self.combo(
            "stack", [(self.tr("Stacked by topic"), "topic"), (self.tr("Stacked by strength"), "strength")]
        )
        self.controls.addWidget(self.period)
        self.controls.addWidget(self.stack)
        self.series: insight.DirectivesOverTime | None = None

    def options(self, options: ViewOptions) -> ViewOptions:
        return replace(options, period=self.period.currentData(), stack=self.stack.currentData())

    def update_view(self, view: InsightView, window: InsightWindow) -> None:
        series = self.series = view.over_time
        colors = window.stack_colors(view)
        draw_over_time(self.view, series, colors, self.selected.emit)
        first = self.tr("Topic") if series.stack == "topic" else self.tr("Strength")
        self.model.set_header([first, self.tr("Directives"), self.tr("Articles")])
        self.model.set_rows(
            [[insight.value_text(t.value), t.directives, t.articles] for t in series.totals],
            [t.selector for t in series.totals],
        )

    def table_data(self) -> Table:
        return insight.table_over_time(self.series) if self.series else ([], [])


class IssuersPanel(Panel):
    name = "issuers"

    def __init__(self, parent: Any = None) -> None:
        view = ChartView()
        super().__init__(view, parent)
        self.view = view
        self.model.set_header(
            [self.tr("Issuer"), self.tr("Kind"), self.tr("Directives"), self.tr("Articles"), self.tr("Topics")]
        )
        self.kinds = self.combo(
            "issuer_kinds",
            [
                (self.tr("People and meetings"), insight.PEOPLE_AND_MEETINGS),
                (self.tr("All issuers"), None),
                (self.tr("Documents"), ("DOC",)),
            ],
        )
        self.controls.addWidget(self.kinds)
        self.rows: list[insight.IssuerRow] = []

    def options(self, options: ViewOptions) -> ViewOptions:
        return replace(options, issuer_kinds=self.kinds.currentData())

    def update_view(self, view: InsightView, window: InsightWindow) -> None:
        self.rows = view.issuers
        draw_issuers(self.view, self.rows, window.topic_colors(view), self.selected.emit)
        self.model.set_rows(
            [
                [
                    r.name,
                    window.label_name(r.kind) if r.kind else "",
                    r.directives,
                    r.articles,
                    "  ".join(f"{insight.value_text(t.topic)} {t.directives}" for t in r.topics),
                ]
                for r in self.rows
            ],
            [r.selector for r in self.rows],
        )

    def table_data(self) -> Table:
        return insight.table_issuers(self.rows)


class EntitiesPanel(Panel):
    name = "entities"

    def __init__(self, labels: LabelSet, parent: Any = None) -> None:
        view = ChartView()
        super().__init__(view, parent)
        self.view = view
        self.model.set_header([self.tr("Entity"), self.tr("Articles"), self.tr("Mentions")])
        self.label = self.combo("entity_label", [(label.display(), label.code) for label in labels])
        self.controls.addWidget(self.label)
        self.rows: list[insight.EntityRow] = []

    def options(self, options: ViewOptions) -> ViewOptions:
        return replace(options, entity_label=self.label.currentData() or "PER")

    def update_view(self, view: InsightView, window: InsightWindow) -> None:
        self.rows = view.entities
        color = window.label_color(view.options.entity_label)
        draw_entities(self.view, self.rows, color, self.selected.emit)
        self.model.set_rows([[r.text, r.articles, r.mentions] for r in self.rows], [r.selector for r in self.rows])

    def table_data(self) -> Table:
        return insight.table_entities(self.rows)


class CooccurrencePanel(Panel):
    name = "cooccurrence"

    def __init__(self, parent: Any = None) -> None:
        graph = GraphView()
        super().__init__(graph, parent)
        self.graph = graph
        self.model.set_header([self.tr("Person or meeting"), self.tr("Appears with"), self.tr("Shared articles")])
        self.graph.selected.connect(self.selected.emit)
        self.legend = QLabel()
        self.legend.setObjectName("graph_legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.controls.addWidget(self.legend)
        self.result: insight.Cooccurrence | None = None

    def update_view(self, view: InsightView, window: InsightWindow) -> None:
        self.result = view.cooccurrence
        self.graph.set_graph(self.result, window.label_color)
        keys = "  ".join(
            f'<span style="color:{window.label_color(code).name()}">●</span> {html.escape(window.label_name(code))}'
            for code in insight.PEOPLE_AND_MEETINGS
        )
        self.legend.setText(
            keys + "  ·  " + html.escape(self.tr("circle: articles, line: articles in common; click to list them"))
        )
        self.model.set_rows(
            [[p.a.text, p.b.text, p.articles] for p in self.result.pairs], [p.selector for p in self.result.pairs]
        )

    def table_data(self) -> Table:
        return insight.table_pairs(self.result) if self.result else ([], [])
