"""The Insight window: the library (or the article list's filter) in charts.

Use (the lead's menu action in gui/window/mainwindow.py):

    window = InsightWindow(library.path, main_window)
    window.show()

`main_window` is the MainWindow, or any object with the same three parts:
`show_only(ids, description)`, `filter_bar` (with `current_filter()` and a
`changed` signal) and `annotator` (with an `articleEdited` signal). Optional:
`labels` (a LabelSet, for label names and colours) and `library` (its
`data_version()` tells the window that another process changed the library).

Six tabs: directives over time (by day, week or month, stacked by topic or
strength, with the totals per topic), top issuers (people and meetings, or all,
split by topic), top entities of a label (articles and mentions),
co-occurrence (a ranked table of who appears with whom, and a graph), and the
codebook's codes (a crosstab of two variables, or one over time: crosstab.py), and the issuing
network (bodies that issue together, the documents they issue, documents citing documents: network.py).
Clicking a bar segment, a legend entry, a table row, a node, an edge or a cell
narrows the article list to the articles behind it (`main_window.show_only`).

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
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from gui.core.errors import LibraryError
from gui.core.insight import InsightView, Selector, ViewOptions
from gui.core.library import CancelCheck, Library, Progress
from gui.core.messages import msg
from gui.core.model import ArticleFilter
from gui.core.paths import ServerPath, location
from gui.insight.charts import value_colors
from gui.insight.crosstab import CodesPanel
from gui.insight.network import NetworkPanel
from gui.insight.panels import CooccurrencePanel, EntitiesPanel, IssuersPanel, Panel, TimePanel
from gui.shared.i18n import word
from gui.shared.labels import LabelSet
from gui.shared.plaintext import NAME_LIMIT, short
from gui.shared.workers import LibraryWork, Task, run_job

log = logging.getLogger("pizhu.insight")

REFRESH_AFTER_FILTER_MS = 150
REFRESH_AFTER_EDIT_MS = 800


class InsightWindow(QWidget):
    """Charts over the library that follow the main window's filters; see the module doc."""

    refreshed = Signal()  # a freshly computed view is drawn
    articlesShown = Signal(list, str)  # the ids sent to main_window.show_only, and their description
    failed = Signal(str)

    def __init__(self, library_path: Path | ServerPath, main_window: Any, parent: QWidget | None = None) -> None:
        if parent is None and isinstance(main_window, QWidget):
            parent = main_window  # closes with the main window
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("insight")
        self.library_path = location(library_path)
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
        self.codes_panel = CodesPanel()
        self.network_panel = NetworkPanel()
        self.tabs = QTabWidget()
        self.panels: dict[str, Panel] = {}
        for panel, title in (
            (self.time_panel, self.tr("Directives over time")),
            (self.issuers_panel, self.tr("Issuers")),
            (self.entities_panel, self.tr("Entities")),
            (self.cooccurrence_panel, self.tr("Who appears with whom")),
            (self.codes_panel, self.tr("Codes")),
            (self.network_panel, self.tr("Issuing network")),
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
        if isinstance(self.library_path, Path) and not self.library_path.exists():
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
        for value in (flt.label, flt.issuer, flt.topic, *(f"{v}={c}" for v, c in flt.code)):
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
        """Export a tab ('directives-over-time', 'issuers', 'entities', 'cooccurrence', 'codes', 'network') as png,
        svg or csv."""
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
