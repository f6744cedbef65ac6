"""The Insight window: the library (or the article list's filter) in charts.

Use (the lead's menu action in gui/window/mainwindow.py):

    window = InsightWindow(library.path, main_window)
    window.show()

`main_window` is the MainWindow, or any object with the same three parts:
`show_only(ids, description)`, `filter_bar` (with `current_filter()` and a
`changed` signal) and `annotator` (with an `articleEdited` signal). Optional:
`labels` (a LabelSet, for label names and colours) and `library` (its
`data_version()` tells the window that another process changed the library).

Four tabs: directives over time (by day, week or month, stacked by topic or
strength, with the totals per topic), top issuers (people and meetings, or all,
split by topic), top entities of a label (articles and mentions), and
co-occurrence (a ranked table of who appears with whom, and a graph). Clicking
a bar segment, a legend entry, a table row, a node or an edge narrows the
article list to the articles behind it (`main_window.show_only`).

The window follows the list's filters: it recomputes when they change and after
an edit (debounced), always on a worker thread (gui.shared.workers.run_job, with its own
library connection), so it never blocks the reader. The article ids that it sent
to the list itself are not taken as a filter, so a click narrows the list without
collapsing the charts onto the clicked bar. Every tab exports its chart as PNG or
SVG and the numbers behind it as CSV (UTF-8 with BOM for Excel). Charting: see
gui/insight/charts.py for why Qt Charts.
"""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core import insight
from gui.core.errors import LibraryError
from gui.core.insight import InsightView, Selector, Table, ViewOptions
from gui.core.library import CancelCheck, Library, Progress
from gui.core.messages import msg
from gui.core.model import ArticleFilter
from gui.insight.charts import (
    ChartView,
    GraphView,
    RowsModel,
    draw_entities,
    draw_issuers,
    draw_over_time,
    save_png,
    save_svg,
    value_colors,
)
from gui.shared.i18n import word
from gui.shared.labels import LabelSet
from gui.shared.plaintext import NAME_LIMIT, short
from gui.shared.tables import row_table
from gui.shared.workers import LibraryWork, Task, run_job

log = logging.getLogger("pizhu.insight")

REFRESH_AFTER_FILTER_MS = 150
REFRESH_AFTER_EDIT_MS = 800


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
        if fmt == "png":
            return save_png(self.chart, path)  # type: ignore[arg-type]
        if fmt == "svg":
            return save_svg(self.chart, path, f"pizhu Insight: {self.name}")  # type: ignore[arg-type]
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


class InsightWindow(QWidget):
    """Charts over the library that follow the main window's filters; see the module doc."""

    refreshed = Signal()  # a freshly computed view is drawn
    articlesShown = Signal(list, str)  # the ids sent to main_window.show_only, and their description
    failed = Signal(str)

    def __init__(self, library_path: Path, main_window: Any, parent: QWidget | None = None) -> None:
        if parent is None and isinstance(main_window, QWidget):
            parent = main_window  # closes with the main window
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("insight")
        self.library_path = Path(library_path)
        self.main_window = main_window
        self.view: InsightView | None = None
        self._task: Task | None = None
        self._id_task: Task | None = None
        self._pending = False
        self._dirty = True
        self._sent_ids: list[int] | None = None
        self._data_version: int | None = None
        self.setWindowTitle(self.tr("Insight — {name}").format(name=self.library_path.name))

        self.summary_label = QLabel()
        self.summary_label.setObjectName("insight_summary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        # Never wider than the window lets it be (the filter may name a long issuer).
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.time_panel = TimePanel()
        self.issuers_panel = IssuersPanel()
        self.entities_panel = EntitiesPanel(self.labels())
        self.cooccurrence_panel = CooccurrencePanel()
        self.tabs = QTabWidget()
        self.panels: dict[str, Panel] = {}
        for panel, title in (
            (self.time_panel, self.tr("Directives over time")),
            (self.issuers_panel, self.tr("Issuers")),
            (self.entities_panel, self.tr("Entities")),
            (self.cooccurrence_panel, self.tr("Who appears with whom")),
        ):
            self.tabs.addTab(panel, title)
            self.panels[panel.name] = panel
            panel.selected.connect(self.select)
            panel.optionsChanged.connect(self.refresh)

        head = QHBoxLayout()
        head.addWidget(self.summary_label, 1)
        head.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.resize(1180, 720)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self._compute)
        main_window.filter_bar.changed.connect(self._filter_changed)
        main_window.annotator.articleEdited.connect(self._edited)

    # -- what the main window offers ----------------------------------------------

    def labels(self) -> LabelSet:
        labels = getattr(self.main_window, "labels", None)
        return labels if isinstance(labels, LabelSet) else LabelSet()

    def label_color(self, code: str) -> QColor:
        return QColor(self.labels().get(code).color)

    def label_name(self, code: str) -> str:
        return self.labels().get(code).display()

    def current_filter(self) -> ArticleFilter:
        """The list's filter, less the article ids that this window itself asked the list to show."""
        flt = self.main_window.filter_bar.current_filter()
        if flt.ids is not None and self._sent_ids is not None and list(flt.ids) == self._sent_ids:
            flt = replace(flt, ids=None)
        return flt

    def options(self) -> ViewOptions:
        options = ViewOptions()
        for panel in self.panels.values():
            options = panel.options(options)
        return options

    # -- computing ---------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the view in the background (soon; at once if nothing else is asked)."""
        self._dirty = True
        if self.isVisible():
            self._debounce.start(REFRESH_AFTER_FILTER_MS)

    def _filter_changed(self) -> None:
        if self.view is not None and self.current_filter() == self.view.flt and not self._dirty:
            return  # e.g. the list now shows the articles behind a bar: the charts stay
        self.refresh()

    def _edited(self, _article_id: int) -> None:
        self._dirty = True
        if self.isVisible():
            self._debounce.start(REFRESH_AFTER_EDIT_MS)

    def _compute(self) -> None:
        if self._task is not None:
            self._pending = True
            return
        flt, options = self.current_filter(), self.options()
        library = self._main_library()
        self._data_version = library.data_version() if library is not None else None

        def work(library: Library, _progress: Progress, _cancelled: CancelCheck) -> InsightView:
            return library.insight_view(flt, options)

        self._dirty = False
        self.status_label.setText(self.tr("Computing…"))
        self._task = self._run(work, self._show_view)
        if self._task is not None:
            self._task.finished.connect(self._computed)

    def _run(self, work: LibraryWork, done: Callable[[Any], None]) -> Task | None:
        """Insight's reading on a worker thread: no progress dialog, no page check (it runs after
        every edit). None (and the reason shown) when the library file is gone: opening it would
        make an empty one."""
        if not self.library_path.exists():
            self._failed(word(LibraryError(msg("library.missing", path=self.library_path))))
            return None
        return run_job(self, self.library_path, work, done=done, failed=self._failed, verify=False)

    def _main_library(self) -> Library | None:
        library = getattr(self.main_window, "library", None)
        return library if isinstance(library, Library) else None

    def _computed(self) -> None:
        self._task = None  # deleted by the runner
        if self._pending:
            self._pending = False
            self._compute()

    def _failed(self, message: str) -> None:
        log.warning("insight failed: %s", message)
        self.status_label.setText(self.tr("Could not compute: {message}").format(message=message))
        self.failed.emit(message)

    def _show_view(self, view: InsightView) -> None:
        self.view = view
        self.status_label.setText("")
        self.summary_label.setText(self._summary(view))
        for panel in self.panels.values():
            panel.update_view(view, self)
            panel.fit_columns()
        self.refreshed.emit()

    def _summary(self, view: InsightView) -> str:
        text = self.tr("{articles} articles, {directives} directives").format(
            articles=f"{view.articles:,}", directives=f"{view.directives:,}"
        )
        parts = []
        flt = view.flt
        if flt.query:
            parts.append(self.tr("search “{q}”").format(q=short(flt.query, NAME_LIMIT)))
        if flt.status:
            parts.append(self.tr("status {s}").format(s=flt.status))
        if flt.date_from or flt.date_to:
            parts.append(f"{flt.date_from or '…'} – {flt.date_to or '…'}")
        for value in (flt.label, flt.issuer, flt.topic):
            if value:
                parts.append(short(value, NAME_LIMIT))
        if flt.ids is not None:
            parts.append(self.tr("{n} chosen articles").format(n=len(flt.ids)))
        scope = self.tr("filtered: {parts}").format(parts=", ".join(parts)) if parts else self.tr("whole library")
        return f"{text} ({scope})"

    def stack_colors(self, view: InsightView) -> dict[str, QColor]:
        if view.over_time.stack == "topic":
            return self.topic_colors(view)
        return value_colors(view.over_time.stacks, "strength")

    def topic_colors(self, view: InsightView) -> dict[str, QColor]:
        """The same colour for a topic in every chart: topics ranked by directives."""
        if view.over_time.stack == "topic":
            order = list(view.over_time.stacks)
        else:
            totals: dict[str, int] = {}
            for row in view.issuers:
                for t in row.topics:
                    totals[t.topic] = totals.get(t.topic, 0) + t.directives
            order = sorted(totals, key=lambda v: (v == "", -totals[v], v))
        for row in view.issuers:
            order.extend(t.topic for t in row.topics if t.topic not in order)
        return value_colors(order, "topic")

    # -- clicking ----------------------------------------------------------------

    def select(self, selector: Selector) -> Task | None:
        """Narrow the article list to the articles behind a bar, row, node or edge."""
        flt = self.current_filter()

        def work(library: Library, _progress: Progress, _cancelled: CancelCheck) -> list[int]:
            return library.insight_article_ids(flt, selector)

        self._id_task = self._run(work, lambda ids: self._show_only(ids, selector.description))
        return self._id_task

    def _show_only(self, ids: list[int], description: str) -> None:
        self._sent_ids = list(ids)
        self.main_window.show_only(list(ids), description)
        self.articlesShown.emit(list(ids), description)

    # -- export ------------------------------------------------------------------

    def export(self, panel: str, fmt: str, path: str | Path) -> Path:
        """Export one tab ('directives-over-time', 'issuers', 'entities', 'cooccurrence') as png, svg or csv."""
        return self.panels[panel].export(fmt, path)

    # -- window ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self._debounce.stop()
            self._compute()

    def event(self, event: QEvent) -> bool:
        # Another process (`pizhu import`, an import in the main window) may have changed the library.
        if event.type() == QEvent.Type.WindowActivate and self._data_version is not None:
            library = self._main_library()
            if library is not None and library.data_version() != self._data_version:
                self.refresh()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Light or dark theme switched: draw the charts again in the new colours.
        if event.type() == QEvent.Type.PaletteChange and self.view is not None:
            QTimer.singleShot(0, self._redraw)  # once the tabs have their new palette too
        super().changeEvent(event)

    def _redraw(self) -> None:
        if self.view is not None:
            for panel in self.panels.values():
                panel.update_view(self.view, self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._debounce.stop()
        for task in (self._task, self._id_task):
            if task is not None:
                with contextlib.suppress(RuntimeError):  # already deleted
                    task.wait(10000)
        super().closeEvent(event)
