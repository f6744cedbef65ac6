"""Tools → Intercoder Agreement…: the reliability report (`pizhu agreement`) in a window.

Per codebook variable: Krippendorff's alpha with its bootstrap 95% interval, percent agreement,
Cohen's and Fleiss' kappa, the units and coders, as a table (alpha coloured by Krippendorff's
thresholds) over a chart of alpha; per coder pair on a second tab, so the lead sees who needs
retraining; entity and directive agreement on a third when the report has any. The coders and
variables to compare are checked in two lists; each change recomputes on a worker thread (the
statistics libraries take a second to load, the bootstrap more on a big library). No codebook,
or fewer than two coders with codes, is said in the window in place of the report.
Export CSV… writes the report with the core's writer, the same file as `pizhu agreement -o`.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.core.agreement import RELIABLE, TENTATIVE, AgreementReport
from gui.core.codebook import Variable
from gui.core.errors import PizhuError
from gui.core.library import CancelCheck, Library, Progress
from gui.core.paths import location
from gui.dialogs.agreementchart import AlphaChart, Bar
from gui.dialogs.agreementtables import (
    ANNOTATION_HEADERS,
    GOOD,
    PAIR_HEADERS,
    POOR,
    SORT_ROLE,
    TENTATIVE_COLOUR,
    VARIABLE_HEADERS,
    CellModel,
    annotation_rows,
    has_annotation_figures,
    pair_rows,
    variable_label,
    variable_rows,
)
from gui.dialogs.variablelist import push_button
from gui.shared.i18n import word
from gui.shared.plaintext import NAME_LIMIT, short, tooltip
from gui.shared.tables import row_table
from gui.shared.workers import Task, run_job

RECOMPUTE_AFTER_MS = 300  # a few quick clicks in the filters start one computation


class AgreementDialog(QDialog):
    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Intercoder Agreement"))
        self.library_path = location(library.path)
        self.report: AgreementReport | None = None
        self.variables: dict[str, Variable] = {}  # the codebook's, by name
        self.task: Task | None = None
        self._pending = False
        self._debounce = QTimer(self, singleShot=True, interval=RECOMPUTE_AFTER_MS)
        self._debounce.timeout.connect(self.compute)

        self.coder_list = self._check_list("agreement_coders")
        self.variable_list = self._check_list("agreement_variables")
        filters = QVBoxLayout()
        for text, check_list in ((self.tr("C&oders"), self.coder_list), (self.tr("&Variables"), self.variable_list)):
            label = QLabel(text)
            label.setBuddy(check_list)
            filters.addWidget(label)
            filters.addWidget(check_list, 1)
        filter_box = QWidget()
        filter_box.setLayout(filters)
        filter_box.setMaximumWidth(240)

        self.variable_model = CellModel(VARIABLE_HEADERS, self)
        self.variable_table = self._table("agreement_variables_table", self.variable_model)
        self.chart = AlphaChart()
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        variables_tab = QSplitter(Qt.Orientation.Vertical)
        variables_tab.addWidget(self.variable_table)
        variables_tab.addWidget(chart_scroll)
        variables_tab.setSizes([220, 260])
        self.pair_model = CellModel(PAIR_HEADERS, self)
        self.pair_table = self._table("agreement_pairs_table", self.pair_model)
        self.annotation_model = CellModel(ANNOTATION_HEADERS, self)
        self.annotation_table = self._table("agreement_annotations_table", self.annotation_model, sortable=False)
        self.tabs = QTabWidget()
        self.tabs.addTab(variables_tab, self.tr("Variables"))
        self.tabs.addTab(self.pair_table, self.tr("Coder Pairs"))
        self.annotation_tab = self.annotation_table

        self.message = QLabel()
        self.message.setObjectName("agreement_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the core's message names a path, a coder
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.message)

        self.status = QLabel()
        self.status.setObjectName("agreement_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = push_button(self.tr("&Export CSV…"), self.export_csv)
        self.export_button.setEnabled(False)
        close_button = push_button(self.tr("Close"), self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close_button)

        body = QHBoxLayout()
        body.addWidget(filter_box)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(self._legend())
        layout.addLayout(bottom)
        self.resize(1120, 640)
        self.compute()

    # -- building ---------------------------------------------------------------------------

    def _check_list(self, name: str) -> QListWidget:
        check_list = QListWidget()
        check_list.setObjectName(name)
        check_list.itemChanged.connect(lambda _item: self._debounce.start())
        return check_list

    def _table(self, name: str, model: CellModel, sortable: bool = True) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table = row_table(name, proxy)
        table.setSortingEnabled(sortable)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the codebook's order until a click
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        return table

    def _legend(self) -> QHBoxLayout:
        """What the alpha colours say (Krippendorff 2004: 241)."""
        legend = QHBoxLayout()
        for colour, text in (
            (GOOD, self.tr("alpha ≥ {reliable:.3f}: reliable")),
            (TENTATIVE_COLOUR, self.tr("{tentative:.3f} ≤ alpha < {reliable:.3f}: tentative conclusions only")),
            (POOR, self.tr("alpha < {tentative:.3f}: not reliable")),
        ):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: rgba({colour.red()},{colour.green()},{colour.blue()},{colour.alpha()});")
            legend.addWidget(swatch)
            legend.addWidget(QLabel(text.format(reliable=RELIABLE, tentative=TENTATIVE)))
            legend.addSpacing(12)
        note = QLabel(self.tr("(Krippendorff's thresholds; the dashed lines in the chart)"))
        legend.addWidget(note)
        legend.addStretch(1)
        return legend

    # -- computing --------------------------------------------------------------------------

    def checked(self, check_list: QListWidget) -> list[str]:
        return [
            check_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(check_list.count())
            if check_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def compute(self) -> Task | None:
        """Compute the report for the checked coders and variables (all, the first time)."""
        if self.task is not None:
            self._pending = True
            return None
        coders, variables = self.checked(self.coder_list), self.checked(self.variable_list)
        if self.coder_list.count() and len(coders) < 2:
            self._show_message(self.tr("Check two or more coders to compare."))
            return None
        if self.variable_list.count() and not variables:
            self._show_message(self.tr("Check one or more variables."))
            return None
        first = self.report is None and not self.variables

        def work(library: Library, _progress: Progress, _cancelled: CancelCheck) -> tuple[Any, AgreementReport]:
            codebook = library.codebook() if first else None
            return codebook, library.agreement(variables, coders)

        self.status.setText(self.tr("Computing…"))
        self.export_button.setEnabled(False)
        self.task = run_job(self, self.library_path, work, done=self._computed, failed=self._failed)
        self.task.finished.connect(self._finished)
        return self.task

    def _finished(self) -> None:
        self.task = None  # deleted by the runner
        if self._pending:
            self._pending = False
            self.compute()

    def _computed(self, result: tuple[Any, AgreementReport]) -> None:
        codebook, report = result
        if codebook is not None:
            self.variables = {v.name: v for v in codebook.variables}
            self._fill(self.variable_list, [(v.name, variable_label(v, v.name)) for v in codebook.variables
                                            if v.type != "text"])  # fmt: skip
        if not self.coder_list.count():
            self._fill(self.coder_list, [(coder, coder) for coder in report.coders])
        self.show_report(report)

    def _fill(self, check_list: QListWidget, entries: list[tuple[str, str]]) -> None:
        check_list.blockSignals(True)
        for key, text in entries:
            item = QListWidgetItem(short(text, NAME_LIMIT))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            if text != key or len(text) > NAME_LIMIT:
                item.setToolTip(tooltip(f"{text} ({key})" if text != key else text))
            check_list.addItem(item)
        check_list.blockSignals(False)

    def _failed(self, text: str) -> None:
        self.report = None
        self._show_message(text)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        self.status.setText("")
        self.export_button.setEnabled(False)

    def show_report(self, report: AgreementReport) -> None:
        self.report = report
        self.variable_model.set_rows(variable_rows(report, self.variables))
        self.pair_model.set_rows(pair_rows(report.pairs, self.variables))
        self.chart.set_bars(
            [
                Bar(variable_label(self.variables.get(v.variable), v.variable), v.alpha, v.alpha_ci)
                for v in report.variables
            ]
        )
        showing = self.tabs.indexOf(self.annotation_tab) >= 0
        if has_annotation_figures(report):
            self.annotation_model.set_rows(annotation_rows(report))
            if not showing:
                self.tabs.addTab(self.annotation_tab, self.tr("Entities and Directives"))
        elif showing:
            self.tabs.removeTab(self.tabs.indexOf(self.annotation_tab))
        self.pages.setCurrentWidget(self.tabs)
        units = max((v.units for v in report.variables), default=0)
        self.status.setText(
            self.tr(
                "{coders} coders, up to {units} units coded by two or more; 95% intervals from 1,000 bootstrap draws"
            ).format(coders=len(report.coders), units=units)
        )
        self.export_button.setEnabled(True)

    # -- exporting and closing ------------------------------------------------------------------

    def export_csv(self) -> Path | None:
        """Write the report shown as CSV (UTF-8 with a BOM, for Excel), as `pizhu agreement -o` does."""
        if self.report is None:
            return None
        start = str(self.library_path.parent / "agreement.csv")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export Agreement"), start, self.tr("CSV (*.csv)"))
        if not chosen:
            return None
        path = Path(chosen)
        try:
            self.report.write_csv(path, library=self.library_path)
        except PizhuError as exc:
            self.status.setText(word(exc))
            return None
        self.status.setText(self.tr("Written to {path}").format(path=path))
        return path

    def _wait(self) -> None:
        self._debounce.stop()
        self._pending = False
        if self.task is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                self.task.wait(30000)

    def reject(self) -> None:
        self._wait()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._wait()
        super().closeEvent(event)
