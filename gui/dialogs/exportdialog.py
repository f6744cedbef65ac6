"""File → Export…: what, format, filters and a file; the export runs on a worker thread.

Use: `ExportDialog(library.path, window, coders=library.coders()).open()`; with named coders it
offers the layer to export (final, a coder's, all coders in long format). Pressing Export starts the export
(`start_export()` does the same from code) with a progress dialog whose Cancel stops
it, leaving no file. When it finishes, `exported` carries the core's ExportReport
and a message offers to open the folder; a failure is one message and the dialog
stays open to try again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import PizhuError
from gui.core.export import FORMATS, ExportOptions, ExportReport, default_filename
from gui.core.library import CancelCheck, Library, Progress
from gui.core.paths import ServerPath, location
from gui.core.vocabulary import ANNOTATION_STATUSES, ARTICLE_STATUSES, parse_date, parse_ids
from gui.shared.i18n import QT_TRANSLATE_NOOP, word
from gui.shared.summaries import annotation_status, article_status, export_summary, export_unit
from gui.shared.workers import Task, run_job

log = logging.getLogger("pizhu.export")

# English source texts, translated where shown (context "ExportDialog").
WHAT_TEXT = {
    "entities": QT_TRANSLATE_NOOP("ExportDialog", "Entities"),
    "directives": QT_TRANSLATE_NOOP("ExportDialog", "Directives"),
    "articles": QT_TRANSLATE_NOOP("ExportDialog", "Articles"),
}
FORMAT_TEXT = {
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (spreadsheets)"),
    "jsonl": QT_TRANSLATE_NOOP("ExportDialog", "JSONL (pizhu, scripts)"),
    "bio": QT_TRANSLATE_NOOP("ExportDialog", "BIO, a character a line (CoNLL, for training)"),
    "doccano": QT_TRANSLATE_NOOP("ExportDialog", "doccano JSONL (text and spans)"),
}
FILE_FILTERS = {
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (*.csv)"),
    "jsonl": QT_TRANSLATE_NOOP("ExportDialog", "JSON lines (*.jsonl)"),
    "bio": QT_TRANSLATE_NOOP("ExportDialog", "BIO text (*.txt *.bio)"),
}


def _tr(text: str) -> str:
    """A source text from the tables above in the interface's language."""
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    exported = Signal(object)  # the ExportReport of a finished export

    def __init__(
        self,
        library_path: Path | ServerPath,
        parent: QWidget | None = None,
        *,
        ids: Sequence[int] | None = None,
        folder: Path | None = None,
        coders: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.library_path = location(library_path)  # a file, or a server library's URL
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.done_box: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        self._confirmed_path: str | None = None  # a path the save dialog already asked about
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(520)

        self.what_box = QComboBox()
        for what, text in WHAT_TEXT.items():
            self.what_box.addItem(_tr(text), what)
        self.format_box = QComboBox()
        self.excel_check = QCheckBox(self.tr("For Excel (UTF-8 with BOM, CRLF line ends)"))
        self.excel_check.setChecked(True)
        # The layer (issue 17): offered only when the library holds named coders' work.
        self.layer_box = QComboBox()
        self.layer_box.setObjectName("export-layer")
        self.layer_box.addItem(self.tr("Final layer (adjudicated)"), "final")
        for coder in coders:
            self.layer_box.addItem(self.tr("Coder: {name}").format(name=coder), coder)
        self.layer_box.addItem(self.tr("All coders (long format, with a coder column)"), "all")
        self.layer_label = QLabel(self.tr("Layer"))

        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("any"), None)
        for status in ARTICLE_STATUSES:
            self.status_box.addItem(article_status(status), status)
        self.summaries_check = QCheckBox(self.tr("Leave out summaries of the day's headlines (新闻摘要)"))
        self.from_edit = QLineEdit()
        self.from_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.to_edit = QLineEdit()
        self.to_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.to_edit)
        self.ids_edit = QLineEdit(", ".join(map(str, ids or ())))
        self.ids_edit.setPlaceholderText(self.tr("all, or article ids: 1, 2, 3"))
        self.labels_edit = QLineEdit()
        self.labels_edit.setPlaceholderText(self.tr("all, or labels: PER, ORG"))
        self.annotation_checks = {s: QCheckBox(annotation_status(s)) for s in ANNOTATION_STATUSES}
        checks = QHBoxLayout()
        for check in self.annotation_checks.values():
            checks.addWidget(check)

        filters = QGroupBox(self.tr("Filters"))
        filter_form = QFormLayout(filters)
        filter_form.addRow(self.tr("Article status"), self.status_box)
        filter_form.addRow("", self.summaries_check)
        filter_form.addRow(self.tr("Published from"), dates)
        filter_form.addRow(self.tr("Article ids"), self.ids_edit)
        filter_form.addRow(self.tr("Entity labels"), self.labels_edit)
        filter_form.addRow(self.tr("Annotations"), checks)

        self.path_edit = QLineEdit(str((folder or Path.home()) / default_filename("entities", "csv")))
        self.path_edit.textEdited.connect(lambda _text: setattr(self, "_confirmed_path", None))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Export"), self.what_box)
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow("", self.excel_check)
        form.addRow(self.layer_label, self.layer_box)
        self._layers = bool(coders)
        self.layer_label.setVisible(self._layers)
        self.layer_box.setVisible(self._layers)
        form.addRow(self.tr("File"), where)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(filters)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self.what_box.currentIndexChanged.connect(self._what_changed)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._what_changed()

    # -- choices -----------------------------------------------------------

    def what(self) -> str:
        return self.what_box.currentData()

    def format(self) -> str:
        return self.format_box.currentData() or "csv"

    def layer(self) -> str | None:
        """The layer chosen; None (the core's default, final) when the library has no named coders."""
        return self.layer_box.currentData() if self._layers else None

    def _what_changed(self) -> None:
        previous = self.format()
        self.format_box.blockSignals(True)
        self.format_box.clear()
        for fmt in FORMATS[self.what()]:
            self.format_box.addItem(_tr(FORMAT_TEXT[fmt]), fmt)
        index = self.format_box.findData(previous)
        self.format_box.setCurrentIndex(max(index, 0))
        self.format_box.blockSignals(False)
        self._format_changed()

    def _format_changed(self) -> None:
        what, fmt = self.what(), self.format()
        self.excel_check.setEnabled(fmt == "csv")
        self.labels_edit.setEnabled(what == "entities")
        # An articles export keeps every layer; BIO has no place for a coder, so not all of them.
        self.layer_box.setEnabled(what != "articles")
        self.layer_box.setToolTip(
            self.tr("An articles export keeps every layer, each annotation with its coder")
            if what == "articles"
            else ""
        )
        model = self.layer_box.model()
        assert isinstance(model, QStandardItemModel)  # a combo box's own model
        all_item = model.item(self.layer_box.count() - 1)
        all_item.setEnabled(fmt != "bio")
        if fmt == "bio" and self.layer_box.currentData() == "all":
            self.layer_box.setCurrentIndex(0)
        for status, check in self.annotation_checks.items():
            check.setEnabled(what != "articles")  # an articles export keeps every annotation
            # Training formats leave rejected suggestions out; tables show every status.
            check.setChecked(what == "articles" or fmt not in ("bio", "doccano") or status != "rejected")
        self._suggest_filename()

    def _suggest_filename(self) -> None:
        path = Path(self.path_edit.text().strip() or default_filename("entities", "csv"))
        defaults = {default_filename(w, f) for w, formats in FORMATS.items() for f in formats}
        if path.name in defaults:  # still our suggestion: follow the choice
            self.path_edit.setText(str(path.with_name(default_filename(self.what(), self.format()))))
            self._confirmed_path = None

    def browse(self) -> None:
        fmt = self.format()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path_edit.text(),
            _tr(FILE_FILTERS.get(fmt, FILE_FILTERS["jsonl"])) + ";;" + self.tr("All files (*)"),
        )
        if chosen:
            self.path_edit.setText(chosen)
            self._confirmed_path = chosen

    def options(self) -> ExportOptions:
        """The choices as core options; raises PizhuError naming what is wrong."""
        what, fmt = self.what(), self.format()
        statuses = [s for s, check in self.annotation_checks.items() if check.isChecked()]
        if what != "articles" and not statuses:
            raise PizhuError(self.tr("choose at least one annotation status to export"))
        labels = [p.strip() for p in self.labels_edit.text().replace("，", ",").split(",") if p.strip()]
        options = ExportOptions(
            what=what,
            format=fmt,
            excel=fmt == "csv" and self.excel_check.isChecked(),
            status=self.status_box.currentData(),
            kind="article" if self.summaries_check.isChecked() else None,
            date_from=_date(self.from_edit.text(), self.tr("From")),
            date_to=_date(self.to_edit.text(), self.tr("To")),
            ids=_ids(self.ids_edit.text()),
            labels=labels if what == "entities" and labels else None,
            annotation_statuses=statuses if what != "articles" and len(statuses) < len(ANNOTATION_STATUSES) else None,
            layer=self.layer() if what != "articles" else None,
        )
        options.validate()
        return options

    # -- running -----------------------------------------------------------

    def start_export(self) -> Task | None:
        """Check the choices and start the export; None (with the reason shown) if they do not fit."""
        if self.task is not None:
            return self.task
        try:
            options = self.options()
        except PizhuError as exc:
            self.message_label.setText(word(exc))
            return None
        text = self.path_edit.text().strip()
        if not text:
            self.message_label.setText(self.tr("choose a file to export to"))
            return None
        path = Path(text).expanduser()
        if path.is_file() and text != self._confirmed_path:
            answer = QMessageBox.question(
                self, self.tr("Export"), self.tr("{name} exists already. Replace it?").format(name=path.name)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        self.message_label.setText("")

        def work(library: Library, progress: Progress, cancelled: CancelCheck) -> ExportReport:
            return library.export(options, path, progress=progress, cancelled=cancelled)

        task = run_job(
            self,
            self.library_path,
            work,
            done=self._on_done,
            failed=self._on_failed,
            title=self.tr("Export"),
            progress_text=self._progress_text,
        )
        task.finished.connect(self._on_finished)
        assert task.dialog is not None
        task.dialog.setLabelText(self.tr("Exporting {what}…").format(what=export_unit(options.what)))
        self.task, self.progress = task, task.dialog
        self.export_button.setEnabled(False)
        return task

    def _progress_text(self, done: int, total: int, what: str) -> str:
        return self.tr("Exporting {what}: {done} of {total}").format(
            what=export_unit(what), done=f"{done:,}", total=f"{total:,}"
        )

    def _on_finished(self) -> None:
        self.task = None  # deleted by the runner
        self.export_button.setEnabled(True)

    def _on_done(self, report: ExportReport) -> None:
        self.progress = None  # closed by the runner
        if report.cancelled:
            self.message_label.setText(self.tr("Export cancelled; no file was written."))
            return
        self.exported.emit(report)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export"),
            export_summary(report),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names a file
        open_button = box.addButton(self.tr("Open Folder"), QMessageBox.ButtonRole.ActionRole)
        folder = report.path.parent if report.path else self.library_path.parent
        open_button.clicked.connect(lambda: self.open_folder(folder))
        box.finished.connect(lambda _result: self.accept())
        self.done_box = box
        box.open()

    def _on_failed(self, message: str) -> None:
        self.progress = None  # closed by the runner
        log.warning("export failed: %s", message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export failed"), message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.error_box = box
        box.open()

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        if self.task is not None and self.task.isRunning():
            self.task.cancel()  # leaves no file; the dialog closes once it has stopped
            self.task.wait(10000)
        super().reject()


def _date(text: str, name: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    date = parse_date(text)
    if date is None:
        raise PizhuError(
            QCoreApplication.translate("ExportDialog", "{name} date {text!r} is not a date (use YYYY-MM-DD)").format(
                name=name, text=text
            )
        )
    return date


def _ids(text: str) -> list[int] | None:
    ids = parse_ids(text)
    if ids is None:
        raise PizhuError(
            QCoreApplication.translate("ExportDialog", "article ids {text!r}: expected numbers like 1, 2, 3").format(
                text=text.strip()
            )
        )
    return ids or None
